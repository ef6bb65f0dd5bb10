import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Writes path → text files under a folder, creating sub-folders; returns the bytes written. */
export function writeFiles(out: string, files: Map<string, string>): number {
  let bytes = 0;
  for (const [path, text] of files) {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}
