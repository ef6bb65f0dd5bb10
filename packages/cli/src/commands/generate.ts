import { generateCatalog } from '@onestop/core/build';
import { intOption, UsageError, type Command } from '../command.js';
import { writeFiles } from '../write-files.js';
import { inspectOutFolder } from '../out-folder.js';

export const generate: Command = {
  name: 'generate',
  summary: 'write a synthetic catalog of N procedures for scale tests',
  usage: 'onestop generate --count N --out <dir> [--seed S]',
  options: { count: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' } },
  run(args, io) {
    if (args.values.count === undefined) throw new UsageError('missing --count N');
    const count = intOption(args, 'count', 0, 1, 200_000);
    const seed = intOption(args, 'seed', 1, 0, 2 ** 32 - 1);
    const out = args.values.out;
    if (typeof out !== 'string' || !out) throw new UsageError('missing --out <dir>');
    if (inspectOutFolder(out).state === 'not-empty') throw new UsageError(`${out} is not empty; choose an empty folder`);
    const files = generateCatalog({ count, seed });
    writeFiles(out, files);
    io.err(`✓ wrote ${count} procedures (seed ${seed}) to ${out}`);
    return 0;
  },
};
