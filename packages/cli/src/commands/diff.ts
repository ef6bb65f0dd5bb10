import { diffCatalogs, formatChanges } from '@onestop/core/build';
import { readPublication } from '@onestop/core/node';
import { requirePositional, type Command } from '../command.js';

export const diff: Command = {
  name: 'diff',
  summary: 'the change log between two builds, for release notes',
  usage: 'onestop diff <old build> <new build> [--json] [--locale vi]',
  options: { json: { type: 'boolean' }, locale: { type: 'string' } },
  run(args, io) {
    const before = readPublication(requirePositional(args, 0, 'the old build folder'));
    const after = readPublication(requirePositional(args, 1, 'the new build folder'));
    const changes = diffCatalogs(before.catalog, after.catalog, { from: before.manifest.version, to: after.manifest.version });
    if (args.values.json) io.out(JSON.stringify(changes, null, 2));
    else io.out(formatChanges(changes, typeof args.values.locale === 'string' ? args.values.locale : after.manifest.defaultLocale).trimEnd());
    return 0;
  },
};
