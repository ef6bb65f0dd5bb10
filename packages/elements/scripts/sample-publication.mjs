// Serves the sample catalog's publication to element tests at /__onestop/sample/…, built in memory
// from catalog/ by core (through tsx), so tests read exactly what `onestop build` writes.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const root = fileURLToPath(new URL('../../..', import.meta.url));
// The same sample with its search in chunks (as large catalogs are built), for the chunked-search tests.
const PREFIXES = { '/__onestop/sample/': 'auto', '/__onestop/sample-chunked/': 'always' };
const files = {};

function publication(searchChunks) {
  return (files[searchChunks] ??= build(searchChunks));
}

async function build(searchChunks) {
  {
    register();
    const { compileCatalog, publish } = await import('../../core/src/build.ts');
    const { loadCatalogDir } = await import('../../core/src/node.ts');
    const loaded = loadCatalogDir(`${root}catalog`);
    if (!loaded.catalog) throw new Error('the sample catalog does not load');
    return publish(compileCatalog(loaded.catalog), undefined, { searchChunks });
  }
}

export function samplePublication() {
  return {
    name: 'onestop-sample-publication',
    // Built while the browser starts, so the first test does not wait for it.
    serverStart() {
      void publication('auto').then(() => publication('always'));
    },
    async serve(context) {
      const prefix = Object.keys(PREFIXES).find((p) => context.path.startsWith(p));
      if (!prefix) return undefined;
      const text = (await publication(PREFIXES[prefix])).get(decodeURIComponent(context.path.slice(prefix.length)));
      // Unknown files fall through to the dev server, which answers 404.
      if (text === undefined) return undefined;
      return { body: text, type: 'json' };
    },
  };
}
