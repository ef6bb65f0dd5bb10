import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/onestop-provider.js';
import '../src/define/onestop-catalog.js';
import { forgetStores } from '../src/controllers/catalog-store.js';
import { freshDevice, sampleSrc, stubFetch, until, wcagViolations, type FetchLog } from './helpers.js';

const realFetch = window.fetch.bind(window);

/** Serves the sample publication as `version`, its publication.json held until `gate` opens. */
function publish(version: string, gate?: Promise<void>): FetchLog {
  return stubFetch(async (url) => {
    if (!url.includes('publication.json')) return undefined;
    await gate;
    const entry = (await (await realFetch(url)).json()) as Record<string, unknown>;
    return new Response(JSON.stringify({ ...entry, version }), { headers: { 'content-type': 'application/json' } });
  });
}

async function catalogPage(src: string) {
  const provider = await fixture(html`<onestop-provider src=${src} lang="en"><onestop-catalog url-state="none"></onestop-catalog></onestop-provider>`);
  const el = provider.querySelector('onestop-catalog')!;
  await until(() => el.shadowRoot!.querySelector('.result'), 8000, 'the results');
  return el;
}

const notices = (el: Element) => [...el.shadowRoot!.querySelectorAll('[role=status] .notice')].map((n) => n.textContent!.trim());
const names = (el: Element) => [...el.shadowRoot!.querySelectorAll('.result h3')].map((h) => h.textContent!.trim());

describe('a newer publication swapped in the background', () => {
  beforeEach(freshDevice);

  it('shows the device copy at once, then the newer version fetched in the background, and announces it', async function () {
    this.timeout(40_000);
    const src = sampleSrc();
    const first = publish('A');
    let before: string[];
    try {
      const el = await catalogPage(src);
      before = names(el);
      expect(notices(el).some((n) => n.includes('updated'))).to.equal(false);
    } finally {
      first.restore();
    }
    // The next visit: version B is published, and the network is slow.
    forgetStores();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const second = publish('B', gate);
    try {
      const el = await catalogPage(src);
      // The device's copy answers before the network does.
      expect(names(el)).to.deep.equal(before);
      expect(second.urls.some((u) => u.includes('v=A'))).to.equal(true);
      expect(notices(el)).to.not.include('The catalog has been updated.');
      release();
      await until(() => notices(el).includes('The catalog has been updated.'), 8000, 'the update notice');
      // The results now come from version B's files, in a polite live region's announcement.
      await until(() => second.urls.some((u) => u.includes('index.json') && u.includes('v=B')), 8000, 'version B files');
      await until(() => names(el).length > 0, 8000, 'results from version B');
      expect(names(el)).to.deep.equal(before);
      expect(el.shadowRoot!.querySelector('.notice')!.closest('[role=status]')).to.exist;
      expect(await wcagViolations(el)).to.deep.equal([]);
    } finally {
      second.restore();
    }
  });
});
