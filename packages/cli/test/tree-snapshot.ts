import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';

/** Every entry below a folder with a hash of its content, to prove a command left it untouched. */
export function treeSnapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const visit = (rel: string) => {
    const full = join(dir, rel);
    const info = lstatSync(full);
    if (info.isSymbolicLink()) out[rel] = `link ${readlinkSync(full)}`;
    else if (info.isDirectory()) {
      out[rel || '.'] = 'folder';
      for (const name of readdirSync(full).sort()) visit(rel ? `${rel}/${name}` : name);
    } else out[rel] = createHash('sha256').update(readFileSync(full)).digest('hex');
  };
  visit('');
  return out;
}
