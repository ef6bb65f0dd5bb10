/** Shared helpers of the element tests: the sample publication, fetch stubs and fresh stores. */
import { forgetPublications } from '../src/controllers/publication-cache.js';

let run = 0;

/** A publication URL no other test has used, so each test starts with a fresh page-wide store. */
export function sampleSrc(): string {
  return `/__onestop/sample/publication.json?run=${++run}-${Date.now()}`;
}

export interface FetchLog {
  urls: string[];
  restore(): void;
}

/**
 * Records every fetch; `answer` may replace a response (return undefined to let it through, or
 * throw to simulate a network failure).
 */
export function stubFetch(answer: (url: string) => Response | undefined | Promise<Response | undefined> = () => undefined): FetchLog {
  const original = window.fetch;
  const log: FetchLog = {
    urls: [],
    restore: () => {
      window.fetch = original;
    },
  };
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    log.urls.push(url);
    const replaced = await answer(url);
    return replaced ?? original(input, init);
  };
  return log;
}

export const offline = (): never => {
  throw new TypeError('Failed to fetch');
};

export async function freshDevice(): Promise<void> {
  await forgetPublications();
}

/** Waits until `check` holds (or fails after `ms`). */
export async function until(check: () => unknown, ms = 5000, what = 'condition'): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export function shadow(el: Element): ShadowRoot {
  return el.shadowRoot!;
}

interface AxeResults {
  violations: { id: string; help: string; nodes: { target: unknown; failureSummary?: string }[] }[];
}

/** The axe rules of WCAG 2.0–2.2, levels A and AA, run on `el`: returns each violation as one readable line. */
export async function wcagViolations(el: Element): Promise<string[]> {
  const w = window as unknown as { axe?: { run(el: Element, o: object): Promise<AxeResults> } };
  // @ts-expect-error axe-core's browser build registers window.axe and has no module types.
  if (!w.axe) await import('axe-core/axe.min.js');
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
  const results = await w.axe!.run(el, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)} ${n.failureSummary ?? v.help}`));
}
