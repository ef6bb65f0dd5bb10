import { loadCatalogDir } from '@onestop/core/node';
import type { Command } from '../command.js';
import { requirePositional } from '../command.js';
import { countSummary, formatProblems } from '../print-problems.js';

export const validate: Command = {
  name: 'validate',
  summary: 'check a catalog folder: schema, references, translations, dates, fees',
  usage: 'onestop validate <dir> [--strict]',
  options: { strict: { type: 'boolean' } },
  run(args, io) {
    const dir = requirePositional(args, 0, 'the catalog folder');
    const { problems, catalog } = loadCatalogDir(dir);
    for (const line of formatProblems(problems, dir)) io.err(line);
    const errors = problems.filter((p) => p.severity === 'error').length;
    const failed = errors > 0 || (args.values.strict === true && problems.length > 0);
    const count = catalog ? ` in ${catalog.procedures.length} procedures` : '';
    io.err(`${failed ? '✗' : '✓'} ${countSummary(problems)}${count}${args.values.strict ? ' (strict)' : ''}`);
    return failed ? 1 : 0;
  },
};
