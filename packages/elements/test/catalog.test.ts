import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/onestop-provider.js';
import '../src/define/onestop-catalog.js';
import type { OnestopCatalog } from '../src/components/catalog/catalog.js';
import type { OnestopProvider } from '../src/components/provider/provider.js';
import { freshDevice, sampleSrc, until } from './helpers.js';

async function browser(src = sampleSrc(), lang = 'vi') {
  const provider = await fixture<OnestopProvider>(html`<onestop-provider src=${src} lang=${lang}><onestop-catalog url-param="c" page-size="10"></onestop-catalog></onestop-provider>`);
  const el = provider.querySelector('onestop-catalog')!;
  await until(() => el.shadowRoot!.querySelector('.results, .opened'), 8000, 'the catalog');
  return { provider, el, root: el.shadowRoot! };
}

const count = (root: ShadowRoot) => root.querySelector('#count')!.textContent!;
const names = (root: ShadowRoot) => [...root.querySelectorAll('.result h3')].map((h) => h.textContent!.trim());
const option = (root: ShadowRoot, text: string) => [...root.querySelectorAll<HTMLLabelElement>('.option')].find((l) => l.textContent!.includes(text))!;
const shownCount = (label: HTMLLabelElement) => Number(/\((\d+)\)/.exec(label.textContent!)![1]);

describe('onestop-catalog', () => {
  const start = location.href;
  beforeEach(freshDevice);
  afterEach(() => history.replaceState(null, '', start));

  it('lists life events first when nothing is typed, with key facts and paging', async () => {
    const { el, root } = await browser();
    expect(count(root)).to.match(/^4\d kết quả$/);
    expect(root.querySelector('.result')!.classList.contains('life-event')).to.equal(true);
    expect(root.querySelectorAll('.result').length).to.equal(10);
    expect(root.querySelector('.result:not(.life-event) .facts')!.textContent).to.match(/ngày|Miễn phí|₫/);
    root.querySelector<HTMLButtonElement>('.pager button:last-child')!.click();
    await el.updateComplete;
    expect(root.querySelector('.pager span')!.textContent).to.equal('Trang 2/5');
    expect(new URL(location.href).searchParams.get('c')).to.equal('page=2');
    await expect(el).to.be.accessible();
  });

  it('keeps a life event\'s step number on the first line of a name that wraps, at 320 px', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:320px"><onestop-provider src=${sampleSrc()} lang="vi"><onestop-catalog url-state="none"></onestop-catalog></onestop-provider></div>`);
    const el = wrapper.querySelector('onestop-catalog')!;
    await until(() => el.shadowRoot!.querySelector('.life-event .steps li'), 8000, 'a life event');
    const items = [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('.life-event .steps li')];
    const wrapped = items.filter((li) => li.querySelector('button')!.getBoundingClientRect().height > 2 * parseFloat(getComputedStyle(li).lineHeight));
    expect(wrapped.length, 'some procedure names wrap at 320 px').to.be.greaterThan(0);
    for (const li of items) {
      const number = li.querySelector('.number')!.getBoundingClientRect();
      const name = li.querySelector('button')!.getBoundingClientRect();
      expect(Math.abs(number.top - name.top), li.textContent!).to.be.below(4);
    }
    const first = [...el.shadowRoot!.querySelectorAll('.life-event')][0]!.querySelectorAll('.steps .number');
    expect([...first].map((n) => n.textContent)).to.deep.equal([...first].map((_, i) => `${i + 1}.`));
    expect(el.shadowRoot!.querySelector('.root')!.scrollWidth).to.be.at.most(320);
  });

  it('filters with live counts that match the results', async () => {
    const { el, root } = await browser();
    const input = root.querySelector<HTMLInputElement>('#q')!;
    input.focus();
    await sendKeys({ type: 'giay phep' });
    await el.updateComplete;
    const online = option(root, 'Trực tuyến');
    const expected = shownCount(online);
    online.querySelector('input')!.click();
    await el.updateComplete;
    expect(count(root)).to.equal(`${expected} kết quả`);
    expect(option(root, 'Trực tuyến').querySelector('input')!.checked).to.equal(true);
    const state = new URLSearchParams(new URL(location.href).searchParams.get('c')!);
    expect(state.get('q')).to.equal('giay phep');
    expect(state.get('channel')).to.equal('online');
    await expect(el).to.be.accessible();
  });

  it('restores its state from the URL on reload and follows back/forward', async () => {
    const src = sampleSrc();
    history.replaceState(null, '', `?c=${encodeURIComponent('q=ho chieu&free=1')}`);
    const first = await browser(src);
    expect(first.root.querySelector<HTMLInputElement>('#q')!.value).to.equal('ho chieu');
    expect(option(first.root, 'Miễn phí').querySelector('input')!.checked).to.equal(true);
    const before = count(first.root);
    option(first.root, 'Miễn phí').querySelector('input')!.click();
    await first.el.updateComplete;
    expect(new URLSearchParams(new URL(location.href).searchParams.get('c')!).get('free')).to.equal(null);
    history.back();
    await until(() => count(first.root) === before, 3000, 'back');
    expect(option(first.root, 'Miễn phí').querySelector('input')!.checked).to.equal(true);
    fixtureCleanup();
    const reloaded = await browser(src);
    expect(count(reloaded.root)).to.equal(before);
  });

  it('opens a procedure in place, focusing its heading, and returns focus on back', async () => {
    const { el, root } = await browser();
    const input = root.querySelector<HTMLInputElement>('#q')!;
    input.focus();
    await sendKeys({ type: 'doi bang lai xe' });
    await el.updateComplete;
    const button = root.querySelector<HTMLButtonElement>('.result:not(.life-event) button.link')!;
    const id = button.dataset.id!;
    button.click();
    await until(() => root.querySelector('onestop-procedure')?.shadowRoot?.querySelector('h2'), 8000, 'the procedure');
    const page = root.querySelector('onestop-procedure')!;
    await until(() => page.shadowRoot!.activeElement?.tagName === 'H2', 3000, 'focus on the heading');
    expect(new URLSearchParams(new URL(location.href).searchParams.get('c')!).get('open')).to.equal(id);
    await expect(el).to.be.accessible();
    root.querySelector<HTMLButtonElement>('.back')!.click();
    await until(() => root.activeElement?.getAttribute('data-id') === id, 3000, 'focus back on the result');
  });

  it('switches language live', async () => {
    const { provider, root } = await browser();
    provider.lang = 'en';
    await until(() => root.querySelector('#count')?.textContent?.endsWith('results'), 8000, 'English');
    expect(root.querySelector('legend')!.textContent).to.match(/Agency|Field|Level|How to submit|Who for/);
  });

  it('narrows to the provider agency and hides that facet', async () => {
    const all = await browser(sampleSrc(), 'en');
    const total = Number(/\d+/.exec(count(all.root))![0]);
    all.provider.remove();
    const provider = await fixture<OnestopProvider>(html`<onestop-provider src=${sampleSrc()} lang="en" agency="hcmc-dept-health"><onestop-catalog url-state="none"></onestop-catalog></onestop-provider>`);
    const el = provider.querySelector('onestop-catalog')!;
    await until(() => el.shadowRoot!.querySelector('.results'), 8000);
    const legends = [...el.shadowRoot!.querySelectorAll('legend')].map((l) => l.textContent);
    expect(legends).to.not.include('Agency');
    const narrowed = Number(/\d+/.exec(count(el.shadowRoot!))![0]);
    expect(narrowed, 'the Department of Health has procedures in the sample').to.be.greaterThan(0);
    expect(narrowed).to.be.lessThan(total);
  });

  for (const [lang, agency, said] of [
    ['en', 'hcmc-dept-justice', /^Ho Chi Minh City Department of Justice has no procedure in this catalog yet\.$/],
    ['vi', 'hcmc-dept-justice', /^Danh mục chưa có thủ tục nào của Sở Tư pháp Thành phố Hồ Chí Minh\.$/],
    ['en', 'no-such-agency', /^The catalog has no agency “no-such-agency”\.$/],
    ['vi', 'no-such-agency', /^Danh mục không có cơ quan “no-such-agency”\.$/],
  ] as const) {
    it(`says so when the provider's agency has no procedure (${agency}, ${lang})`, async () => {
      const provider = await fixture<OnestopProvider>(html`<onestop-provider src=${sampleSrc()} lang=${lang} agency=${agency}><onestop-catalog url-state="none"></onestop-catalog></onestop-provider>`);
      const el = provider.querySelector('onestop-catalog')!;
      await until(() => el.shadowRoot!.querySelector('[part~="empty"]'), 8000, 'the empty state');
      const empty = el.shadowRoot!.querySelector('[part~="empty"]')!;
      expect(empty.querySelector('p')!.textContent!.trim()).to.match(said);
      expect(empty.querySelector('a[href^="tel:"]'), 'the hotline').to.exist;
      expect(el.shadowRoot!.querySelector('.filters, .list')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  it('says when a query matches nothing, or a link\'s filters no longer do, and clears them in one press', async () => {
    const { el, root } = await browser(sampleSrc(), 'en');
    const search = root.querySelector<HTMLInputElement>('#q')!;
    search.focus();
    await sendKeys({ type: 'qwzx plorf' });
    await until(() => root.querySelector('[part~="empty"]'), 3000, 'the empty state');
    expect(root.querySelector('[part~="empty"] p')!.textContent).to.equal('No procedure matches “qwzx plorf”.');
    expect(root.querySelector('[part~="empty"] button'), 'no filter to clear').to.equal(null);
    expect(root.querySelector('.list')).to.equal(null);
    await expect(el).to.be.accessible();
    el.remove();
    // An old link names an agency that has since left the catalog: its checkbox is gone, the filter is not.
    history.replaceState(null, '', `?c=${encodeURIComponent('agency=merged-last-year&free=1')}`);
    const linked = await browser(sampleSrc(), 'en');
    await until(() => linked.root.querySelector('[part~="empty"]'), 3000, 'the empty state');
    const empty = linked.root.querySelector('[part~="empty"]')!;
    expect(empty.querySelector('p')!.textContent).to.equal('No procedure matches these filters.');
    await expect(linked.el).to.be.accessible();
    empty.querySelector('button')!.click();
    await linked.el.updateComplete;
    expect(linked.root.querySelector('[part~="empty"]')).to.equal(null);
    expect(linked.root.querySelectorAll('.result').length).to.be.greaterThan(0);
    expect(new URL(location.href).searchParams.get('c')).to.equal(null);
  });
});
