/**
 * Reading the editors' source files: bytes → YAML documents with positions, so every problem can
 * name `file:line:column`. Pure: the CLI hands in the bytes it read from disk.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { SourceFileKind } from './source-schema.js';
import { formatPath, type CatalogProblem } from '../catalog/problem.js';

export interface SourceFile {
  /** Path relative to the catalog folder, `/`-separated, e.g. `procedures/birth-registration.yaml`. */
  path: string;
  bytes: Uint8Array;
  /** The file's real size when only its first bytes were read. */
  size?: number;
  /** Why the file (or folder, for a path ending in `/`) could not be read at all. */
  problem?: { code: string; message: string; hint: string };
}

/** Largest source file accepted; real procedure files are a few kilobytes. */
export const MAX_SOURCE_FILE_BYTES = 1024 * 1024;

export type PathSegment = string | number;

export interface ParsedSourceFile {
  path: string;
  kind: SourceFileKind | 'guide';
  data: unknown;
  doc: Document;
  lines: LineCounter;
}

/** Which kind of source file a path holds; `undefined` for files the catalog does not use. */
export function sourceFileKind(path: string): ParsedSourceFile['kind'] | undefined {
  if (!/\.ya?ml$/i.test(path)) return undefined;
  const parts = path.split('/');
  const name = parts[parts.length - 1]!.replace(/\.ya?ml$/i, '');
  if (parts.length === 1) {
    if (name === 'catalog') return 'catalog';
    if (name === 'fields') return 'fields';
    if (name === 'synonyms') return 'synonyms';
    return undefined;
  }
  if (parts.length !== 2) return undefined;
  switch (parts[0]) {
    case 'procedures':
      return 'procedure';
    case 'agencies':
      return 'agency';
    case 'life-events':
      return 'lifeEvent';
    case 'calendars':
      return 'calendar';
    case 'guides':
      return 'guide';
    default:
      return undefined;
  }
}

/** The file name without folder and extension: the id a file must declare. */
export function fileStem(path: string): string {
  return path.split('/').pop()!.replace(/\.ya?ml$/i, '');
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes and parses one file; returns `undefined` (with problems) when it cannot be read. */
export function parseSourceFile(file: SourceFile, problems: CatalogProblem[]): ParsedSourceFile | undefined {
  const kind = sourceFileKind(file.path);
  const whole = (code: string, message: string, hint: string): undefined => {
    problems.push({ code, severity: 'error', file: file.path, line: 1, column: 1, path: '', message, hint });
    return undefined;
  };
  if (file.problem) {
    // A folder has no lines to point at.
    const line = file.path.endsWith('/') ? 0 : 1;
    problems.push({ code: file.problem.code, severity: 'error', file: file.path, line, column: line, path: '', message: file.problem.message, hint: file.problem.hint });
    return undefined;
  }
  if (!kind) return undefined;
  const size = Math.max(file.size ?? 0, file.bytes.length);
  if (size > MAX_SOURCE_FILE_BYTES) {
    return whole('file-too-large', `the file is ${sizeText(size)}; the limit is ${MAX_SOURCE_FILE_BYTES / 1024} KiB`, 'a procedure file is a few kilobytes: check that this is the right file, or split it');
  }
  if (file.bytes.includes(0)) {
    return whole('binary-file', 'the file is binary, not text', 'save it as plain UTF-8 text (YAML)');
  }
  let text: string;
  try {
    text = utf8.decode(file.bytes);
  } catch {
    return whole('invalid-utf8', 'the file is not valid UTF-8 text', 'save it with UTF-8 encoding (in most editors: "Save with encoding → UTF-8")');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim() || /^(\s*#.*\n?)*\s*$/.test(text)) {
    return whole('empty-file', 'the file is empty', 'write the fields of this file, or delete it');
  }
  const lines = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, keepSourceTokens: true });
  } catch (e) {
    if (e instanceof RangeError) return whole('too-deep', 'the fields are nested too deeply to read', 'a catalog file needs a few levels: check for [ and { that are never closed');
    throw e;
  }
  if (doc.errors.some((e) => /call stack/i.test(e.message))) {
    return whole('too-deep', 'the fields are nested too deeply to read', 'a catalog file needs a few levels: check for [ and { that are never closed');
  }
  if (doc.errors.length) {
    for (const err of doc.errors.slice(0, 5)) {
      const pos = lines.linePos(err.pos[0]);
      problems.push({
        code: 'yaml-syntax',
        severity: 'error',
        file: file.path,
        line: pos.line,
        column: pos.col,
        path: '',
        message: `YAML syntax: ${firstLine(err.message)}`,
        hint: yamlHint(err.code),
      });
    }
    return undefined;
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    if (e instanceof RangeError) return whole('too-deep', 'the fields are nested too deeply to read', 'a catalog file needs a few levels: check for [ and { that are never closed');
    return whole('yaml-syntax', `YAML could not be read: ${firstLine(String((e as Error).message))}`, 'remove anchors and aliases (& and *) from the file');
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return whole('not-a-mapping', 'the file must hold fields written "name: value", one per line', 'start the file with "id: …"');
  }
  return { path: file.path, kind, data, doc, lines };
}

function sizeText(bytes: number): string {
  return bytes >= 10 * 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(0)} MiB` : `${Math.round(bytes / 1024)} KiB`;
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.trim();
}

function yamlHint(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'a field is written twice in the same place: keep one';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return 'check the indentation: nested fields use two more spaces than their parent, never tabs';
    case 'TAB_AS_INDENT':
      return 'indent with spaces, not tabs';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'a value that contains ": " must be put in quotes';
    default:
      return 'put values that contain ":", "#", or start with a special character in double quotes';
  }
}

/** Position of the value (or of the key, for `key: true`) at a field path, or of the nearest parent. */
export function locate(file: ParsedSourceFile, path: readonly PathSegment[], key = false): { line: number; column: number } {
  let node: unknown = file.doc.contents;
  let best: Node | undefined = node as Node;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      if (key && i === path.length - 1 && isScalar(pair.key)) {
        best = pair.key;
        break;
      }
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      node = node.items[seg];
    } else break;
    if (node && typeof node === 'object' && 'range' in (node as object)) best = node as Node;
    else break;
  }
  const offset = best?.range?.[0] ?? 0;
  const pos = file.lines.linePos(offset);
  return { line: pos.line, column: pos.col };
}

/** The exact source text of a scalar, e.g. to see that `amount: 200.000` was written with a separator. */
export function sourceText(file: ParsedSourceFile, path: readonly PathSegment[]): string | undefined {
  const node = file.doc.getIn(path as PathSegment[], true);
  if (isScalar(node) && node.srcToken && 'source' in node.srcToken) return String(node.srcToken.source);
  return undefined;
}

/** Creates problems located in one file. */
export function problemAt(
  file: ParsedSourceFile,
  path: readonly PathSegment[],
  severity: CatalogProblem['severity'],
  code: string,
  message: string,
  hint?: string,
  atKey = false,
): CatalogProblem {
  const pos = locate(file, path, atKey);
  return { code, severity, file: file.path, line: pos.line, column: pos.column, path: formatPath(path), message, ...(hint ? { hint } : {}) };
}
