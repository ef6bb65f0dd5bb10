import { compileCatalog, diffCatalogs, publicationVersion, publish } from '@onestop/core/build';
import { loadCatalogDir, readPublication } from '@onestop/core/node';
import { requirePositional, UsageError, type Command } from '../command.js';
import { countSummary, formatProblems } from '../print-problems.js';
import { inspectOutFolder } from '../out-folder.js';
import { writePublication } from '../write-publication.js';

export const build: Command = {
  name: 'build',
  summary: 'publish a catalog as static files for any web server or CDN',
  usage: 'onestop build <dir> --out <dir> [--previous <earlier build dir>] [--search-chunks auto|always|never]',
  options: { out: { type: 'string' }, previous: { type: 'string' }, 'search-chunks': { type: 'string' } },
  run(args, io) {
    const dir = requirePositional(args, 0, 'the catalog folder');
    const out = args.values.out;
    if (typeof out !== 'string' || !out) throw new UsageError('missing --out <dir>');
    // Refuse an --out that is a file before the (slower) checking of the catalog.
    inspectOutFolder(out);
    const searchChunks = args.values['search-chunks'] ?? 'auto';
    if (searchChunks !== 'auto' && searchChunks !== 'always' && searchChunks !== 'never') throw new UsageError(`--search-chunks must be auto, always or never, not "${String(searchChunks)}"`);
    const previous = typeof args.values.previous === 'string' ? readPublication(args.values.previous) : undefined;
    const loaded = loadCatalogDir(dir);
    for (const line of formatProblems(loaded.problems, dir)) io.err(line);
    if (!loaded.catalog || loaded.problems.some((p) => p.severity === 'error')) {
      io.err(`✗ not built: ${countSummary(loaded.problems)}`);
      return 1;
    }
    const catalog = compileCatalog(loaded.catalog);
    const changes = previous && diffCatalogs(previous.catalog, catalog, { from: previous.manifest.version, to: publicationVersion(catalog) });
    const files = publish(catalog, changes, { searchChunks });
    const written = writePublication(out, files, catalog.info.id);
    for (const line of written.recovered) io.err(`onestop build: ${line}`);
    const manifest = JSON.parse(files.get('manifest.json')!);
    const kept = written.kept.length ? `; kept ${written.kept.length} other entr${written.kept.length === 1 ? 'y' : 'ies'} of the folder (${written.kept.slice(0, 5).join(', ')}${written.kept.length > 5 ? ', …' : ''})` : '';
    io.err(`✓ built ${manifest.counts.procedures} procedures in ${manifest.locales.join(', ')} → ${out} (${files.size} files, ${(written.bytes / 1024).toFixed(0)} KiB, version ${manifest.version})${kept}`);
    return 0;
  },
};
