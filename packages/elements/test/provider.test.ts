import { expect, fixture, html as testHtml, oneEvent } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import '../src/define/onestop-provider.js';
import { CatalogController } from '../src/controllers/catalog-controller.js';
import { LatestLoad } from '../src/controllers/latest-load.js';
import { forgetStores } from '../src/controllers/catalog-store.js';
import { requestGuide } from '../src/events/guide-request.js';
import type { OnestopProvider } from '../src/components/provider/provider.js';
import { freshDevice, offline, sampleSrc, stubFetch, until } from './helpers.js';

/** A minimal consumer: shows the locale, the first life event's name and a translated label. */
class ProbeElement extends LitElement {
  static override properties = { src: {} };
  src?: string;
  catalog = new CatalogController(this);
  names = new LatestLoad<string>(this);
  override render() {
    const { state } = this.catalog;
    if (!this.catalog.connected) return html`<p id="out">unconnected</p>`;
    if (state.status === 'error') return html`<p id="out">error:${state.error?.code}</p>`;
    if (state.status === 'loading') return html`<p id="out">loading</p>`;
    const locale = this.catalog.locale;
    this.names.load(this.catalog.key, async () => (await this.catalog.store!.search(locale)).text('birth-registration')?.name ?? '?');
    return html`<p id="out">${locale}|${this.names.value ?? '…'}|${this.catalog.t('search.label')}</p>`;
  }
}
customElements.define('onestop-test-probe', ProbeElement);

const out = (el: Element) => el.shadowRoot!.querySelector('#out')!.textContent!;

describe('onestop-provider', () => {
  beforeEach(freshDevice);

  it('loads the publication once and shares it, firing onestop-ready', async () => {
    const log = stubFetch();
    try {
      const src = sampleSrc();
      const el = await fixture<OnestopProvider>(testHtml`<onestop-provider src=${src} lang="vi"><onestop-test-probe></onestop-test-probe><onestop-test-probe></onestop-test-probe></onestop-provider>`);
      const ready = await oneEvent(el, 'onestop-ready');
      expect(ready.detail.locales).to.deep.equal(['vi', 'en']);
      const probes = [...el.querySelectorAll('onestop-test-probe')];
      for (const p of probes) await until(() => out(p).startsWith('vi|Đăng ký khai sinh'), 5000, 'the Vietnamese name');
      expect(out(probes[0]!)).to.equal('vi|Đăng ký khai sinh|Tìm thủ tục');
      expect(log.urls.filter((u) => u.includes('publication.json'))).to.have.length(1);
      expect(log.urls.filter((u) => u.includes('vi/search.json'))).to.have.length(1);
      expect(log.urls.some((u) => u.includes('catalog.json') || u.includes('manifest.json'))).to.equal(false);
    } finally {
      log.restore();
    }
  });

  it('re-renders in the new language when lang changes, the latest request winning', async () => {
    const el = await fixture<OnestopProvider>(testHtml`<onestop-provider src=${sampleSrc()} lang="vi"><onestop-test-probe></onestop-test-probe></onestop-provider>`);
    const probe = el.querySelector('onestop-test-probe')!;
    await until(() => out(probe).startsWith('vi|Đăng ký'));
    el.lang = 'en';
    await el.updateComplete;
    el.lang = 'vi';
    await el.updateComplete;
    el.lang = 'en';
    await until(() => out(probe) === 'en|Birth registration|Search procedures', 5000, 'English');
    await new Promise((r) => setTimeout(r, 200));
    expect(out(probe)).to.equal('en|Birth registration|Search procedures');
  });

  it('connects a consumer upgraded before its provider', async () => {
    const host = await fixture<HTMLDivElement>(testHtml`<div><onestop-late-provider src=${sampleSrc()} lang="en"><onestop-test-probe></onestop-test-probe></onestop-late-provider></div>`);
    const probe = host.querySelector('onestop-test-probe')!;
    await (probe as ProbeElement).updateComplete;
    expect(out(probe)).to.equal('unconnected');
    const { OnestopProvider } = await import('../src/components/provider/provider.js');
    customElements.define('onestop-late-provider', class extends OnestopProvider {});
    await until(() => out(probe) === 'en|Birth registration|Search procedures', 5000, 'the late provider');
  });

  it('without a provider, shares one page-wide store per src', async () => {
    const log = stubFetch();
    try {
      const src = sampleSrc();
      const host = await fixture<HTMLDivElement>(testHtml`<div lang="en"><onestop-test-probe src=${src}></onestop-test-probe><onestop-test-probe src=${src}></onestop-test-probe></div>`);
      for (const p of host.querySelectorAll('onestop-test-probe')) await until(() => out(p).startsWith('en|Birth registration'));
      expect(log.urls.filter((u) => u.includes('publication.json'))).to.have.length(1);
      expect(log.urls.filter((u) => u.includes('en/search.json'))).to.have.length(1);
    } finally {
      log.restore();
    }
  });

  it('keeps two providers with different publications apart', async () => {
    const host = await fixture<HTMLDivElement>(testHtml`<div>
      <onestop-provider id="a" src=${sampleSrc()} lang="vi"><onestop-test-probe></onestop-test-probe></onestop-provider>
      <onestop-provider id="b" src=${sampleSrc()} lang="en"><onestop-test-probe></onestop-test-probe></onestop-provider>
    </div>`);
    await until(() => out(host.querySelector('#a onestop-test-probe')!).startsWith('vi|Đăng ký'));
    await until(() => out(host.querySelector('#b onestop-test-probe')!).startsWith('en|Birth'));
  });

  it('fires onestop-error for an unreachable, malformed or newer-schema publication', async () => {
    const cases: [string, () => Response][] = [
      ['unreachable', offline],
      ['malformed', () => new Response('{"format":"something else"')],
      ['schema', () => new Response(JSON.stringify({ format: 'onestop-entry', schemaVersion: 99, version: 'x', locales: ['vi'], defaultLocale: 'vi', files: {} }))],
    ];
    for (const [code, answer] of cases) {
      const log = stubFetch((url) => (url.includes('publication.json') ? answer() : undefined));
      try {
        const el = await fixture<OnestopProvider>(testHtml`<onestop-provider src=${sampleSrc()}><onestop-test-probe></onestop-test-probe></onestop-provider>`);
        const error = await oneEvent(el, 'onestop-error');
        expect(error.detail.code).to.equal(code);
        await until(() => out(el.querySelector('onestop-test-probe')!) === `error:${code}`);
      } finally {
        log.restore();
      }
    }
  });

  it('uses the device copy offline and says so', async () => {
    const src = sampleSrc();
    const first = await fixture<OnestopProvider>(testHtml`<onestop-provider src=${src} lang="vi"><onestop-test-probe></onestop-test-probe></onestop-provider>`);
    await until(() => out(first.querySelector('onestop-test-probe')!).startsWith('vi|Đăng ký'));
    const log = stubFetch(offline);
    try {
      // A new page load with the network gone.
      forgetStores();
      const again = await fixture<OnestopProvider>(testHtml`<onestop-provider src=${src} lang="vi"><onestop-test-probe></onestop-test-probe></onestop-provider>`);
      const ready = await oneEvent(again, 'onestop-ready');
      expect(ready.detail.version).to.be.a('string');
      await until(() => out(again.querySelector('onestop-test-probe')!).startsWith('vi|Đăng ký'), 5000, 'the cached catalog');
      expect((again.querySelector('onestop-test-probe') as ProbeElement).catalog.state.offline).to.equal(true);
    } finally {
      log.restore();
    }
  });

  it('opens an <onestop-guide> on the page for "Guide me" unless the request is cancelled', async () => {
    const host = await fixture<HTMLDivElement>(testHtml`<div><button id="from">x</button><onestop-guide></onestop-guide></div>`);
    const from = host.querySelector('#from') as HTMLElement;
    const guide = requestGuide(from, 'birth-registration', 'vi');
    expect(guide?.procedure).to.equal('birth-registration');
    expect(guide?.open).to.equal(true);
    const cancel = (e: Event) => e.preventDefault();
    host.addEventListener('onestop-guide-request', cancel);
    (guide as { open?: boolean }).open = false;
    expect(requestGuide(from, 'passport', 'vi')).to.equal(undefined);
    expect(guide?.open).to.equal(false);
  });
});
