/**
 * Extra response headers for `onestop serve`, read from a `_headers` file at the served root in the
 * format Netlify and Cloudflare Pages use, so a folder previewed locally gets the same headers
 * (a Content-Security-Policy, say) as when it is deployed there.
 *
 * ```
 * # comment
 * /strict/*
 *   Content-Security-Policy: default-src 'self'
 * ```
 *
 * A line starting with `/` is a path pattern (`*` matches anything, `/` included); the indented
 * `Name: value` lines under it apply to every path it matches. A header set by several matching
 * rules has its values joined with `, `, as Cloudflare Pages does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const HEADERS_FILE = '_headers';

export interface HeaderRule {
  pattern: RegExp;
  headers: [name: string, value: string][];
}

/** A line of `_headers` that cannot be read, with its 1-based line number. */
export class HeadersFileError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`${HEADERS_FILE}:${line}: ${message}`);
  }
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** Headers the server itself owns: a rule setting them would corrupt the response. */
const RESERVED = new Set(['content-length', 'content-type', 'transfer-encoding', 'connection', 'keep-alive', 'upgrade']);

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trimEnd();
    if (!line.trim() || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      if (!line.startsWith('/')) throw new HeadersFileError(i + 1, `a path pattern must start with "/": ${line}`);
      const pattern = new RegExp(`^${line.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
      rules.push({ pattern, headers: [] });
      return;
    }
    const rule = rules.at(-1);
    if (!rule) throw new HeadersFileError(i + 1, 'a header comes before any path pattern');
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon).trim() : '';
    if (!TOKEN.test(name)) throw new HeadersFileError(i + 1, `expected "Name: value", found: ${line.trim()}`);
    if (RESERVED.has(name.toLowerCase())) throw new HeadersFileError(i + 1, `${name} is set by the server and cannot be changed here`);
    rule.headers.push([name.toLowerCase(), line.slice(colon + 1).trim()]);
  });
  return rules;
}

/** The headers the rules give a request path (decoded, without query). */
export function headersForPath(rules: HeaderRule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (!rule.pattern.test(path)) continue;
    for (const [name, value] of rule.headers) headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
  }
  return headers;
}

/** The rules of the root's `_headers` file, read on each call so edits apply at once; none when absent. */
export function readHeaderRules(root: string): HeaderRule[] {
  let text: string;
  try {
    text = readFileSync(join(root, HEADERS_FILE), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  return parseHeadersFile(text);
}
