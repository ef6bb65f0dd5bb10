/**
 * The benchmark page's script, bundled for the browser by search-bench.ts. It downloads the
 * engines' files like a site would and measures them with the same code as in Node.
 */
import type { EngineName } from './engines.js';
import { measureEngine, type EngineResult, type LabelledQuery } from './measure.js';

interface BenchWindow {
  gc?: () => void;
  runBench(size: number, engine: EngineName, file: string): Promise<EngineResult>;
}

const page = globalThis as unknown as BenchWindow;
const memory = () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN;

page.runBench = async (size, engine, file) => {
  const get = async (path: string) => (await fetch(path)).text();
  const queries = JSON.parse(await get('queries.json')) as { queries: LabelledQuery[] };
  const downloads = { vi: await get(`${size}/${file}-vi.json`), en: await get(`${size}/${file}-en.json`) };
  return measureEngine(engine, downloads, queries.queries, { gc: () => page.gc?.(), heapUsed: memory });
};
