import { createSearch, type CatalogSearch, type SearchHit } from '@onestop/core';
import { intOption, requirePositional, UsageError, type Command, type CommandIO } from '../command.js';
import { loadReadableCatalog } from '../published-catalog.js';
import { printable } from '../terminal-text.js';

export const search: Command = {
  name: 'search',
  summary: 'search the procedures of a catalog or build as a citizen would',
  usage: 'onestop search <dir> "<query>" [--locale vi] [--limit 10] [--json] | onestop search <dir> --stdin [--locale vi] [--limit 10]',
  options: { locale: { type: 'string' }, limit: { type: 'string' }, json: { type: 'boolean' }, stdin: { type: 'boolean' } },
  async run(args, io) {
    const dir = requirePositional(args, 0, 'the catalog or build folder');
    const fromStdin = args.values.stdin === true;
    const query = args.positionals[1];
    if (fromStdin && query !== undefined) throw new UsageError('give either a query or --stdin, not both');
    if (!fromStdin && query === undefined) throw new UsageError('missing the query (or --stdin to read one query per line)');
    const limit = intOption(args, 'limit', 10, 1, 1000);
    const { catalog } = loadReadableCatalog(dir);
    const locale = typeof args.values.locale === 'string' ? args.values.locale : catalog.info.defaultLocale;
    if (!catalog.info.locales.includes(locale)) throw new UsageError(`--locale must be one of ${catalog.info.locales.join(', ')}, not "${locale}"`);
    const engine = createSearch(catalog, { locale });

    if (fromStdin) {
      // One JSON array per input line, in order, so a script can pair answers with its queries.
      for await (const line of io.stdin()) io.out(JSON.stringify(engine.search(line, { limit }).hits.map((h) => row(engine, h))));
      return 0;
    }
    const result = engine.search(query!, { limit });
    if (args.values.json) {
      io.out(JSON.stringify(result.hits.map((h) => row(engine, h)), null, 2));
      return 0;
    }
    printHits(engine, query!, result.hits, result.total, result.tookMs, io);
    return 0;
  },
};

/** What a script gets per hit: the id and score, and the name with its match ranges. */
function row(engine: CatalogSearch, hit: SearchHit) {
  return { id: hit.id, kind: hit.kind, score: hit.score, name: engine.text(hit.id)?.name ?? '', highlights: hit.highlights };
}

function printHits(engine: CatalogSearch, query: string, hits: SearchHit[], total: number, tookMs: number, io: CommandIO): void {
  const width = Math.max(0, ...hits.map((h) => h.id.length));
  hits.forEach((hit, i) => {
    const name = engine.text(hit.id)?.name ?? '';
    io.out(printable(`${String(i + 1).padStart(2)}. ${hit.id.padEnd(width)}  ${hit.score.toFixed(2).padStart(7)}  ${name}`));
  });
  if (!hits.length) {
    const { didYouMean } = engine.suggest(query);
    io.err(didYouMean ? printable(`no results — did you mean "${didYouMean}"?`) : 'no results');
    return;
  }
  io.err(`${hits.length} of ${total} results in ${tookMs.toFixed(1)} ms`);
}
