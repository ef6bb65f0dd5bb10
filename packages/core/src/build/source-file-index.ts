/**
 * Finds a source file by kind and id with a map rather than a scan of every file: the checks look
 * up the file of each item, and a national catalog has 100,000 procedure files.
 */
import { fileStem, type ParsedSourceFile } from './source-files.js';

type Kind = ParsedSourceFile['kind'];

export interface SourceFileIndex {
  /** The first file of this kind whose data declares the id. */
  declaring(kind: Kind, id: string): ParsedSourceFile | undefined;
  /** The first file of this kind both named after the id and declaring it. */
  namedAndDeclaring(kind: Kind, id: string): ParsedSourceFile | undefined;
}

export function indexSourceFiles(files: readonly ParsedSourceFile[]): SourceFileIndex {
  const declaring = new Map<string, ParsedSourceFile>();
  const both = new Map<string, ParsedSourceFile>();
  const first = (map: Map<string, ParsedSourceFile>, key: string, file: ParsedSourceFile) => {
    if (!map.has(key)) map.set(key, file);
  };
  for (const file of files) {
    const stem = fileStem(file.path);
    const id = (file.data as { id?: unknown } | null | undefined)?.id;
    if (typeof id === 'string') first(declaring, `${file.kind}/${id}`, file);
    if (id === stem) first(both, `${file.kind}/${stem}`, file);
  }
  return {
    declaring: (kind, id) => declaring.get(`${kind}/${id}`),
    namedAndDeclaring: (kind, id) => both.get(`${kind}/${id}`),
  };
}
