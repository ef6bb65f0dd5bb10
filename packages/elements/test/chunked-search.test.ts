/**
 * A publication whose search is in chunks (how large catalogs are built): the widgets load the
 * head and only the chunks a query needs, answer as with the whole search.json, and show their
 * normal error state, with retry, when a chunk cannot be fetched.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/onestop-provider.js';
import '../src/define/onestop-search.js';
import '../src/define/onestop-catalog.js';
import type { OnestopProvider } from '../src/components/provider/provider.js';
import type { OnestopSearch } from '../src/components/search/search.js';
import { freshDevice, offline, stubFetch, until } from './helpers.js';

let run = 0;
const chunkedSrc = () => `/__onestop/sample-chunked/publication.json?run=${++run}-${Date.now()}`;
const options = (el: OnestopSearch) => [...el.shadowRoot!.querySelectorAll('[role=option]')];
const status = (el: OnestopSearch) => el.shadowRoot!.querySelector('[role=status]')!.textContent!.trim();

async function searchBox(src: string, lang = 'vi') {
  const provider = await fixture<OnestopProvider>(html`<onestop-provider src=${src} lang=${lang}><onestop-search></onestop-search></onestop-provider>`);
  const el = provider.querySelector('onestop-search')!;
  await until(() => el.shadowRoot!.querySelector('input'), 8000, 'the search box');
  return { el, input: el.shadowRoot!.querySelector('input')! };
}

describe('a chunked search publication', () => {
  before(async function () {
    // The test server builds the chunked sample on its first request.
    this.timeout(60_000);
    await fetch('/__onestop/sample-chunked/publication.json');
  });
  beforeEach(freshDevice);

  it('searches with the head and the chunks the query needs, never the whole search.json', async () => {
    const log = stubFetch();
    try {
      const { el, input } = await searchBox(chunkedSrc());
      input.focus();
      const searched = oneEvent(el, 'onestop-search');
      await sendKeys({ type: 'doi bang lai' });
      // While a query's chunks load, the box keeps its last answer and says it is searching.
      await until(() => options(el)[0]?.textContent?.includes('Đổi giấy phép lái xe') && /\d+ kết quả/.test(status(el)), 8000, 'results');
      expect(options(el)[0]!.querySelector('mark')).to.not.equal(null);
      expect(status(el)).to.match(/\d+ kết quả/);
      expect((await searched).detail).to.include({ query: 'doi bang lai', locale: 'vi' });
      await expect(el).to.be.accessible();
      const paths = log.urls.map((u) => new URL(u).pathname.replace('/__onestop/sample-chunked/', ''));
      expect(paths).to.include('vi/search-chunks.json');
      expect(paths.some((p) => /^vi\/search\/[0-9a-f]{16}\/p\d+\.json$/.test(p))).to.equal(true);
      expect(paths.some((p) => /^vi\/search\/[0-9a-f]{16}\/d\d+\.json$/.test(p))).to.equal(true);
      expect(paths).to.not.include('vi/search.json');
      // A search box shows no facets: it never loads them (10 KiB at 10,000 procedures).
      expect(paths.some((p) => p.endsWith('/facets.json'))).to.equal(false);
    } finally {
      log.restore();
    }
  });

  for (const widget of ['onestop-search', 'onestop-catalog'] as const) {
    it(`${widget}: reports a query whose chunks arrive slowly exactly once, with its answer, and marks the list busy meanwhile`, async () => {
      // Posting chunks take longer than the pause after typing that makes a query settled.
      const log = stubFetch(async (url) => {
        if (/\/search\/[0-9a-f]+\/p\d+\.json/.test(url)) await new Promise((r) => setTimeout(r, 1500));
        return undefined;
      });
      try {
        const provider = await fixture<OnestopProvider>(
          widget === 'onestop-search'
            ? html`<onestop-provider src=${chunkedSrc()} lang="vi"><onestop-search></onestop-search></onestop-provider>`
            : html`<onestop-provider src=${chunkedSrc()} lang="vi"><onestop-catalog url-state="none"></onestop-catalog></onestop-provider>`,
        );
        const el = provider.querySelector(widget)!;
        const field = () => el.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]');
        await until(() => field() && (widget === 'onestop-search' || el.shadowRoot!.querySelector('.result')), 15_000, 'the widget');
        const reports: { query: string; total: number }[] = [];
        el.addEventListener('onestop-search', (e) => reports.push((e as CustomEvent).detail));
        const input = field()!;
        input.focus();
        input.value = 'ho chieu';
        input.dispatchEvent(new Event('input'));
        const list = () => el.shadowRoot!.querySelector(widget === 'onestop-search' ? '[role=listbox]' : '.list');
        await until(() => list()?.getAttribute('aria-busy') === 'true', 8000, 'the busy list');
        await until(() => reports.length > 0, 15_000, 'the report');
        expect(list()!.getAttribute('aria-busy')).to.equal('false');
        const shown = Number((widget === 'onestop-search' ? status(el as OnestopSearch) : el.shadowRoot!.querySelector('#count')!.textContent!).match(/\d+/)![0]);
        expect(reports).to.deep.equal([{ query: 'ho chieu', total: shown, locale: 'vi' }]);
        expect(shown).to.be.greaterThan(0);
        // Later renders (more parts arriving, a re-render) never report it again.
        await new Promise((r) => setTimeout(r, 1000));
        el.requestUpdate();
        await el.updateComplete;
        expect(reports.length).to.equal(1);
      } finally {
        log.restore();
      }
    });
  }

  it('says when nothing matches and offers the popular ones, as with the whole file', async () => {
    const { el, input } = await searchBox(chunkedSrc(), 'en');
    input.focus();
    await sendKeys({ type: 'qwzxv plorb' });
    await until(() => el.shadowRoot!.querySelector('.empty'), 8000, 'the no-result message');
    expect(el.shadowRoot!.querySelector('.empty')!.textContent).to.contain('qwzxv plorb');
    // The popular list is a query of its own: its document fragments may arrive a moment later.
    await until(() => options(el).length > 0, 8000, 'the popular procedures');
  });

  it('shows the error with retry in the search box whose chunk failed, while the other widgets keep working', async () => {
    const failed: string[] = [];
    const log = stubFetch((url) => {
      // The first posting chunk asked for fails once, as a dropped connection would.
      if (!failed.length && /\/search\/[0-9a-f]+\/p\d+\.json/.test(url)) {
        failed.push(new URL(url).pathname);
        return offline();
      }
      return undefined;
    });
    try {
      const provider = await fixture<OnestopProvider>(html`<onestop-provider src=${chunkedSrc()} lang="vi"
        ><onestop-search></onestop-search><onestop-catalog url-state="none"></onestop-catalog
      ></onestop-provider>`);
      const el = provider.querySelector('onestop-search')!;
      const catalog = provider.querySelector('onestop-catalog')!;
      await until(() => el.shadowRoot!.querySelector('input') && catalog.shadowRoot!.querySelector('.result'), 8000, 'both widgets');
      // Chunks another test loaded may still be on the device, and a device copy is used offline.
      await freshDevice();
      const input = el.shadowRoot!.querySelector('input')!;
      input.focus();
      // Pasted in one go: typed letter by letter, the next keystroke's query would fetch the chunk again by itself.
      input.value = 'ho chieu';
      input.dispatchEvent(new Event('input'));
      await until(() => el.shadowRoot!.querySelector('[role=alert]'), 8000, 'the error');
      expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('không kết nối được');
      await expect(el).to.be.accessible();
      // The catalog browser on the same publication is not in error.
      expect(catalog.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
      expect(catalog.shadowRoot!.querySelectorAll('.result').length).to.be.greaterThan(0);
      el.shadowRoot!.querySelector<HTMLButtonElement>('[role=alert] button')!.click();
      await until(() => options(el)[0]?.textContent?.toLowerCase().includes('hộ chiếu'), 8000, 'results after retry');
      expect(el.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
      // The retry fetched the failed chunk again.
      expect(log.urls.filter((u) => new URL(u).pathname === failed[0]).length).to.equal(2);
    } finally {
      log.restore();
    }
  });

  it('reads a publication without a search head whole, even when its search file is named like chunks', async () => {
    const base = `${location.origin}/__onestop/sample/`;
    const entry = await (await fetch(`${base}publication.json`)).json();
    const searchJson = await (await fetch(`${base}vi/search.json`)).text();
    entry.files.vi.search = 'vi/search-chunks/search.json';
    const log = stubFetch((url) => {
      const path = new URL(url).pathname;
      if (path === '/renamed/publication.json') return new Response(JSON.stringify(entry), { headers: { 'content-type': 'application/json' } });
      if (path === '/renamed/vi/search-chunks/search.json') return new Response(searchJson, { headers: { 'content-type': 'application/json' } });
      return undefined;
    });
    try {
      const { el, input } = await searchBox(`/renamed/publication.json?run=${++run}`);
      input.focus();
      await sendKeys({ type: 'ho chieu' });
      await until(() => options(el)[0]?.textContent?.toLowerCase().includes('hộ chiếu'), 8000, 'results');
      const paths = log.urls.map((u) => new URL(u).pathname);
      expect(paths).to.include('/renamed/vi/search-chunks/search.json');
      expect(paths.some((p) => /search\/[0-9a-f]+\//.test(p) || p.endsWith('search-chunks.json'))).to.equal(false);
    } finally {
      log.restore();
    }
  });

  it('filters and counts facets in the catalog browser', async () => {
    const log = stubFetch();
    const provider = await fixture<OnestopProvider>(html`<onestop-provider src=${chunkedSrc()} lang="en"><onestop-catalog></onestop-catalog></onestop-provider>`);
    const el = provider.querySelector('onestop-catalog')!;
    await until(() => el.shadowRoot!.querySelector('#q'), 8000, 'the catalog');
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#q')!;
    input.focus();
    await sendKeys({ type: 'driving licence' });
    await until(() => /[1-9]\d* results?/.test(el.shadowRoot!.querySelector('#count')!.textContent!), 8000, 'the results');
    expect(el.shadowRoot!.querySelector('.list')!.textContent).to.contain('driving');
    expect(el.shadowRoot!.querySelectorAll('input[type=checkbox]').length).to.be.greaterThan(0);
    log.restore();
    // The catalog browser counts facets, so it does load them.
    expect(log.urls.some((u) => new URL(u).pathname.endsWith('/facets.json'))).to.equal(true);
  });
});
