import { expect, waitUntil } from '@open-wc/testing';
import { forgetStores } from '../src/controllers/catalog-store.js';
import { currentKey, freshPage, guide, root, settled, texts, walk } from './guide-helpers.js';
import { stubFetch, type FetchLog } from './helpers.js';

/**
 * A citizen mid-journey comes back: the device's copy of the publication (version A) opens at
 * once, and a newer one (version B) arrives from the network while they are answering.
 */
const FIRST = [['issued-in', 'vietnam'], ['licence-class', 'car']] as [string, string][];

/** Serves the sample as version `version`; `procedure` may rewrite the driving-licence file of that version. */
function publish(version: string, options: { gate?: Promise<void>; procedure?: (p: Record<string, unknown>) => void } = {}): FetchLog {
  return stubFetch(async (url) => {
    if (url.includes('publication.json')) {
      await options.gate;
      const entry = (await (await realFetch(url)).json()) as Record<string, unknown>;
      return new Response(JSON.stringify({ ...entry, version }), { headers: { 'content-type': 'application/json' } });
    }
    if (options.procedure && url.includes('/procedures/driving-license-exchange.json') && url.includes(`v=${version}`)) {
      const procedure = (await (await realFetch(url)).json()) as Record<string, unknown>;
      options.procedure(procedure);
      return new Response(JSON.stringify(procedure), { headers: { 'content-type': 'application/json' } });
    }
    return undefined;
  });
}
const realFetch = window.fetch.bind(window);

async function midJourneyThenUpdate(procedure?: (p: Record<string, unknown>) => void) {
  const first = publish('A');
  try {
    const el = await guide({ procedure: 'driving-license-exchange' });
    await walk(el, FIRST);
    expect(currentKey(el)).to.equal('expired');
  } finally {
    first.restore();
  }
  // A new page load: the device's copy (A) first, version B held back until the test lets it through.
  forgetStores();
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const second = publish('B', { gate, ...(procedure ? { procedure } : {}) });
  try {
    const el = await guide({ procedure: 'driving-license-exchange' });
    expect(currentKey(el), 'resumed from the device copy').to.equal('expired');
    expect(texts(el, '.notice')[0]).to.equal('Welcome back — we continue where you left off.');
    release();
    await waitUntil(() => !texts(el, '.notice')[0]?.startsWith('Welcome back'), 'the newer publication was not announced', { timeout: 8000 });
    await settled(el);
    return el;
  } finally {
    second.restore();
  }
}

describe('onestop-guide: the catalog is updated during a journey', () => {
  beforeEach(freshPage);

  it('keeps every answer and says nothing changed for the citizen when their procedure is the same', async () => {
    const el = await midJourneyThenUpdate();
    expect(texts(el, '.notice')[0]).to.equal('The catalog was updated since you started; nothing changed for your questions, so we go on.');
    expect(currentKey(el)).to.equal('expired');
    expect(texts(el, '.bubble.citizen .answer')).to.have.length(2);
    expect(root(el).querySelector('.notice.error')).to.equal(null);
  });

  it('explains that the procedure changed, keeps the answers that still fit and offers to start over', async () => {
    // Version B no longer offers the licence class the citizen chose.
    const el = await midJourneyThenUpdate((p) => {
      const guideFlow = p.guide as { questions: { id: string; options?: { value: string }[] }[] };
      const question = guideFlow.questions.find((q) => q.id === 'licence-class')!;
      question.options = question.options!.filter((o) => o.value !== 'car');
    });
    const notice = texts(el, '.notice')[0]!;
    expect(notice).to.contain('This procedure changed since you started.');
    expect(notice).to.contain('Answers that no longer apply and will be asked again: 1.');
    // "vietnam" still fits; the licence class is asked again.
    expect(currentKey(el)).to.equal('licence-class');
    expect(texts(el, '.bubble.citizen .answer')).to.have.length(1);
    const startOver = root(el).querySelector<HTMLButtonElement>('.notice button')!;
    expect(startOver.textContent!.trim()).to.equal('Start over');
    startOver.click();
    await waitUntil(() => currentKey(el) === 'issued-in', 'start over did not go back to the first question');
    expect(root(el).querySelector('.notice')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('goes on in the routed procedure after a route, through a reload and a newer publication', async () => {
    const first = publish('A');
    let routedTo: string;
    try {
      const el = await guide({ procedure: 'driving-license-exchange' });
      await walk(el, [['issued-in', 'abroad']]);
      root(el).querySelector<HTMLButtonElement>('.ending button')!.click();
      await waitUntil(() => texts(el, '.bubble.guide .muted')[0]?.startsWith('Continued from'), 'the route was not followed');
      await settled(el);
      routedTo = texts(el, '.bubble.guide strong')[0]!;
    } finally {
      first.restore();
    }
    forgetStores();
    const second = publish('B');
    try {
      const el = await guide({ procedure: 'driving-license-exchange' });
      await waitUntil(() => texts(el, '.notice')[0]?.startsWith('The catalog was updated'), 'the newer publication was not announced', { timeout: 8000 });
      await settled(el);
      expect(texts(el, '.bubble.guide strong')[0]).to.equal(routedTo);
      expect(texts(el, '.bubble.guide .muted')[0]).to.match(/^Continued from /);
    } finally {
      second.restore();
    }
  });
});
