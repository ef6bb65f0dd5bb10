import { join } from 'node:path';
import { formatProblem, type CatalogProblem } from '@onestop/core';
import { printable } from './terminal-text.js';

/** Problems as `file:line:column  path  message  (hint)`, files shown relative to where the editor ran the command. */
export function formatProblems(problems: readonly CatalogProblem[], dir: string): string[] {
  return [...problems]
    .sort((a, b) => (a.file === b.file ? a.line - b.line || a.column - b.column : a.file < b.file ? -1 : 1))
    .map((p) => printable(formatProblem({ ...p, file: p.file.startsWith(dir) ? p.file : join(dir, p.file) })));
}

export function countSummary(problems: readonly CatalogProblem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  return `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
}
