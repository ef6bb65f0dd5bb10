import { flowDiagram, journeyFor, GuideError } from '@onestop/core';
import { loadAnyCatalog } from '@onestop/core/node';
import { requirePositional, type Command } from '../command.js';

export const graph: Command = {
  name: 'graph',
  summary: 'print a guided flow as a Mermaid flowchart with every branch',
  usage: 'onestop graph <dir> <procedure-or-life-event-id> [--locale vi]',
  options: { locale: { type: 'string' } },
  run(args, io) {
    const dir = requirePositional(args, 0, 'the catalog or build folder');
    const id = requirePositional(args, 1, 'the procedure or life-event id');
    const { catalog } = loadAnyCatalog(dir);
    const locale = typeof args.values.locale === 'string' ? args.values.locale : catalog.info.defaultLocale;
    try {
      io.out(flowDiagram(journeyFor(catalog, id), { locale, fallback: catalog.info.defaultLocale }).trimEnd());
    } catch (e) {
      if (!(e instanceof GuideError)) throw e;
      io.err(`onestop graph: ${e.message} (${e.hint})`);
      return 1;
    }
    return 0;
  },
};
