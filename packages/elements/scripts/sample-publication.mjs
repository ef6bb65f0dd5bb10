// Serves the sample catalog's publication to element tests at /__onestop/sample/…, built in memory
// from catalog/ by core (through tsx), so tests read exactly what `onestop build` writes.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const PREFIX = '/__onestop/sample/';
let files;

function publication() {
  return (files ??= build());
}

async function build() {
  {
    register();
    const { compileCatalog, publish } = await import('../../core/src/build.ts');
    const { loadCatalogDir } = await import('../../core/src/node.ts');
    const loaded = loadCatalogDir(`${root}catalog`);
    if (!loaded.catalog) throw new Error('the sample catalog does not load');
    return publish(compileCatalog(loaded.catalog));
  }
}

export function samplePublication() {
  return {
    name: 'onestop-sample-publication',
    // Built while the browser starts, so the first test does not wait for it.
    serverStart() {
      void publication();
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      const text = (await publication()).get(decodeURIComponent(context.path.slice(PREFIX.length)));
      // Unknown files fall through to the dev server, which answers 404.
      if (text === undefined) return undefined;
      return { body: text, type: 'json' };
    },
  };
}
