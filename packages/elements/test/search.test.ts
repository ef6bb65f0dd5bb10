import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/onestop-provider.js';
import '../src/define/onestop-search.js';
import type { OnestopSearch } from '../src/components/search/search.js';
import type { OnestopProvider } from '../src/components/provider/provider.js';
import { toSearchData } from '@onestop/core/search';
import type { LocaleIndex } from '@onestop/core';
import { freshDevice, offline, sampleSrc, stubFetch, until } from './helpers.js';

const realFetch = window.fetch.bind(window);

async function searchBox(lang = 'vi', extra = '') {
  const provider = await fixture<OnestopProvider>(html`<onestop-provider src=${sampleSrc()} lang=${lang}><onestop-search href-template=${extra}></onestop-search></onestop-provider>`);
  const el = provider.querySelector('onestop-search')!;
  await until(() => el.shadowRoot!.querySelector('input'), 8000, 'the search box');
  return { provider, el, input: el.shadowRoot!.querySelector('input')! };
}

const options = (el: OnestopSearch) => [...el.shadowRoot!.querySelectorAll('[role=option]')];
const status = (el: OnestopSearch) => el.shadowRoot!.querySelector('[role=status]')!.textContent!.trim();

describe('onestop-search', () => {
  beforeEach(freshDevice);

  it('shows a loading skeleton, then a labelled combobox', async () => {
    const provider = await fixture<OnestopProvider>(html`<onestop-provider src=${sampleSrc()}><onestop-search></onestop-search></onestop-provider>`);
    const el = provider.querySelector('onestop-search')!;
    expect(el.shadowRoot!.querySelector('.skeleton')).to.not.equal(null);
    await expect(el).to.be.accessible();
    await until(() => el.shadowRoot!.querySelector('input'), 8000);
    const input = el.shadowRoot!.querySelector('input')!;
    expect(input.getAttribute('role')).to.equal('combobox');
    expect(el.shadowRoot!.querySelector('label')!.textContent).to.equal('Tìm thủ tục');
    await expect(el).to.be.accessible();
  });

  it('finds without diacritics, marks the match, announces the count, and is operated by keyboard', async () => {
    const { el, input } = await searchBox();
    input.focus();
    await sendKeys({ type: 'doi bang lai' });
    await el.updateComplete;
    const opts = options(el);
    expect(opts.length).to.be.greaterThan(0);
    expect(opts[0]!.textContent).to.contain('Đổi giấy phép lái xe');
    expect(opts[0]!.querySelector('mark')).to.not.equal(null);
    expect(status(el)).to.match(/\d+ kết quả/);
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal(opts[0]!.id);
    expect(opts[0]!.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal(options(el).at(-1)!.id);
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal(options(el).at(-1)!.id);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const selected = oneEvent(el, 'onestop-select');
    const searched = oneEvent(el, 'onestop-search');
    await sendKeys({ press: 'Enter' });
    const { detail } = await selected;
    expect(detail).to.deep.equal({ id: 'driving-license-exchange', kind: 'procedure' });
    expect((await searched).detail).to.include({ query: 'doi bang lai', locale: 'vi' });
    expect(input.getAttribute('aria-expanded')).to.equal('false');
  });

  it('understands Telex residue', async () => {
    const { el, input } = await searchBox();
    input.focus();
    await sendKeys({ type: 'ddawng kys khai sinh' });
    await el.updateComplete;
    expect(options(el)[0]!.textContent).to.contain('khai sinh');
  });

  it('closes on Escape, and clears on a second Escape', async () => {
    const { el, input } = await searchBox();
    input.focus();
    await sendKeys({ type: 'ho chieu' });
    await el.updateComplete;
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input.value).to.equal('');
  });

  it('helps when nothing matches: did you mean, popular life events, the hotline; reports the zero result', async () => {
    const { el, input } = await searchBox();
    input.focus();
    const searched = oneEvent(el, 'onestop-search');
    await sendKeys({ type: 'zzqxw' });
    // Nothing in Vietnamese: the box asks English first ("Đang tìm…"), then says nothing matches.
    await until(() => el.shadowRoot!.querySelector('.empty'), 8000, 'the no-result message');
    const empty = el.shadowRoot!.querySelector('.empty')!;
    expect(empty.textContent).to.contain('Không có thủ tục nào khớp');
    expect(empty.querySelector('a[href^="tel:"]')).to.not.equal(null);
    expect(options(el).length).to.be.greaterThan(0);
    expect(el.shadowRoot!.querySelector('[role=listbox]')!.getAttribute('aria-label')).to.equal('Được tìm nhiều');
    expect((await searched).detail.total).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('offers "did you mean" for a misspelt query and searches it when chosen', async () => {
    const { el, input } = await searchBox();
    input.focus();
    await sendKeys({ type: 'ho chieuu' });
    await el.updateComplete;
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('.did-you-mean button')!;
    expect(button.textContent).to.equal('hộ chiếu');
    expect(options(el).length).to.be.greaterThan(0);
    button.click();
    await el.updateComplete;
    expect(input.value).to.equal(button.textContent);
  });

  it('puts the id into href-template and lets a listener cancel the navigation', async () => {
    const { el, input } = await searchBox('en', '/thu-tuc/{id}');
    input.focus();
    await sendKeys({ type: 'passport' });
    await el.updateComplete;
    el.addEventListener('onestop-select', (e) => e.preventDefault(), { once: true });
    const selected = oneEvent(el, 'onestop-select');
    options(el)[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    const { detail } = await selected;
    expect(detail.href).to.equal(`/thu-tuc/${detail.id}`);
    expect(location.pathname).to.not.contain('/thu-tuc/');
  });

  it('navigates to the expanded href-template, the id URL-encoded', async () => {
    // A publication whose passport id needs encoding: the search data is rebuilt from its index.
    const hostileId = 'passport issuance/é?x=1#y';
    const start = location.href;
    const log = stubFetch(async (url) => {
      if (!url.includes('/en/search.json')) return undefined;
      const index = (await (await realFetch(url.replace('/en/search.json', '/en/index.json'))).json()) as LocaleIndex;
      const passport = index.procedures.find((p) => p.id.includes('passport'))!;
      passport.id = hostileId;
      return new Response(JSON.stringify(toSearchData(index, 'en')), { headers: { 'content-type': 'application/json' } });
    });
    try {
      const { el, input } = await searchBox('en', '#/thu-tuc/{id}');
      input.focus();
      await sendKeys({ type: 'passport issuance' });
      await until(() => options(el).length > 0, 8000, 'results');
      const selected = oneEvent(el, 'onestop-select');
      options(el)[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      const { detail } = await selected;
      expect(detail.href).to.equal(`#/thu-tuc/${encodeURIComponent(detail.id)}`);
      await until(() => location.hash !== '', 2000, 'the navigation');
      expect(location.hash).to.equal(`#/thu-tuc/${encodeURIComponent(detail.id)}`);
      expect(detail.id).to.equal(hostileId);
      expect(location.hash).to.equal('#/thu-tuc/passport%20issuance%2F%C3%A9%3Fx%3D1%23y');
    } finally {
      log.restore();
      history.replaceState(null, '', start);
    }
  });

  it('never navigates to a template that is not http(s)', async () => {
    const start = location.href;
    const { el, input } = await searchBox('en', 'javascript:window.__navigated={id}');
    input.focus();
    await sendKeys({ type: 'passport' });
    await until(() => options(el).length > 0, 8000, 'results');
    const selected = oneEvent(el, 'onestop-select');
    options(el)[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    const { detail } = await selected;
    await new Promise((r) => setTimeout(r, 100));
    expect(detail.href).to.equal(undefined);
    expect((window as { __navigated?: unknown }).__navigated).to.equal(undefined);
    expect(location.href).to.equal(start);
  });

  it('switches language live', async () => {
    const { provider, el, input } = await searchBox('vi');
    input.focus();
    await sendKeys({ type: 'passport' });
    provider.lang = 'en';
    await until(() => el.shadowRoot!.querySelector('label')?.textContent === 'Search procedures', 8000);
    await until(() => el.shadowRoot!.querySelector('input'), 8000);
    expect(el.shadowRoot!.querySelector('[part=hint]')!.textContent).to.contain('driving licence');
    expect(el.shadowRoot!.querySelector('input')!.getAttribute('aria-describedby')).to.equal(el.shadowRoot!.querySelector('[part=hint]')!.id);
  });

  it('shows a translated error with retry and recovers', async () => {
    let fail = true;
    const log = stubFetch((url) => (fail && url.includes('search.json') ? offline() : undefined));
    try {
      const provider = await fixture<OnestopProvider>(html`<onestop-provider src=${sampleSrc()} lang="en"><onestop-search></onestop-search></onestop-provider>`);
      const el = provider.querySelector('onestop-search')!;
      await until(() => el.shadowRoot!.querySelector('[role=alert]'), 8000, 'the error');
      expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('cannot be reached');
      await expect(el).to.be.accessible();
      fail = false;
      el.shadowRoot!.querySelector<HTMLButtonElement>('[role=alert] button')!.click();
      await until(() => el.shadowRoot!.querySelector('input'), 8000, 'the box after retry');
    } finally {
      log.restore();
    }
  });

  it('works without a provider from its own src, narrowed to nothing else', async () => {
    const el = await fixture<OnestopSearch>(html`<onestop-search src=${sampleSrc()} lang="en"></onestop-search>`);
    await until(() => el.shadowRoot!.querySelector('input'), 8000);
    expect(el.shadowRoot!.querySelector('label')!.textContent).to.equal('Search procedures');
  });

  it('narrows results to the provider agency', async () => {
    const provider = await fixture<OnestopProvider>(html`<onestop-provider src=${sampleSrc()} lang="vi" agency="dept-justice"><onestop-search></onestop-search></onestop-provider>`);
    const el = provider.querySelector('onestop-search')!;
    await until(() => el.shadowRoot!.querySelector('input'), 8000);
    el.shadowRoot!.querySelector('input')!.focus();
    await sendKeys({ type: 'doi bang lai' });
    await el.updateComplete;
    expect(options(el).map((o) => o.textContent).join(' ')).to.not.contain('Đổi giấy phép lái xe');
  });
});
