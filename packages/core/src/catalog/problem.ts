/** A problem found in the editors' source: where it is, what is wrong, and how to fix it. */
export interface CatalogProblem {
  /** Stable machine-readable code, e.g. `unknown-agency`. */
  code: string;
  severity: 'error' | 'warning';
  /** Path of the file relative to the catalog folder, with `/` separators. */
  file: string;
  /** 1-based; 0 when the problem concerns the whole file or folder. */
  line: number;
  column: number;
  /** Field path inside the file, e.g. `fees[0].amount`; empty for the whole file. */
  path: string;
  message: string;
  hint?: string;
}

/** Thrown when the catalog cannot be used at all; carries every problem found. */
export class CatalogError extends Error {
  readonly problems: CatalogProblem[];
  constructor(problems: CatalogProblem[]) {
    const errors = problems.filter((p) => p.severity === 'error');
    super(`${errors.length} error(s) in the catalog: ${errors.slice(0, 3).map(formatProblem).join('; ')}`);
    this.name = 'CatalogError';
    this.problems = problems;
  }
}

/** `file:line:column  path  message  (hint)`, the form editors' tools and terminals understand. */
export function formatProblem(p: CatalogProblem): string {
  const where = p.line > 0 ? `${p.file}:${p.line}:${p.column}` : p.file;
  const parts = [where];
  if (p.path) parts.push(p.path);
  parts.push(`${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`);
  return parts.join('  ') + (p.hint ? `  (${p.hint})` : '');
}

/** Field path segments → `fees[0].amount`. */
export function formatPath(segments: readonly (string | number)[]): string {
  let out = '';
  for (const s of segments) out += typeof s === 'number' ? `[${s}]` : out ? `.${s}` : s;
  return out;
}
