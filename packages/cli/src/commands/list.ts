import { pick } from '@onestop/core';
import { requirePositional, type Command } from '../command.js';
import { loadReadableCatalog } from '../published-catalog.js';
import { printable } from '../terminal-text.js';

export const list: Command = {
  name: 'list',
  summary: 'list the procedures of a catalog or build',
  usage: 'onestop list <dir> [--json] [--locale vi]',
  options: { json: { type: 'boolean' }, locale: { type: 'string' } },
  run(args, io) {
    const { catalog } = loadReadableCatalog(requirePositional(args, 0, 'the catalog or build folder'));
    const rows = catalog.procedures.map((p) => ({
      id: p.id,
      code: p.code ?? null,
      name: p.name,
      field: p.field,
      agencies: [...new Set([p.competentAgency, ...p.receivingAgencies])],
      channels: p.channels.map((c) => c.type),
    }));
    if (args.values.json) {
      io.out(JSON.stringify(rows, null, 2));
      return 0;
    }
    const locale = typeof args.values.locale === 'string' ? args.values.locale : catalog.info.defaultLocale;
    for (const r of rows) io.out(printable(`${r.id.padEnd(40)} ${(r.code ?? '').padEnd(9)} ${pick(r.name, locale, catalog.info.defaultLocale) ?? ''}`));
    io.err(`${rows.length} procedures`);
    return 0;
  },
};
