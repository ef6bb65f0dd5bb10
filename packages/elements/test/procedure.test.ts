import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resultDate } from '@onestop/core';
import '../src/define/onestop-provider.js';
import '../src/define/onestop-procedure.js';
import type { OnestopProcedure } from '../src/components/procedure/procedure.js';
import type { OnestopProvider } from '../src/components/provider/provider.js';
import { storeFor } from '../src/controllers/catalog-store.js';
import { freshDevice, offline, sampleSrc, stubFetch, until } from './helpers.js';

async function page(procedure = 'driving-license-exchange', lang = 'vi', submittedAt = '2026-12-30T10:00', src = sampleSrc()) {
  const provider = await fixture<OnestopProvider>(
    html`<onestop-provider src=${src} lang=${lang}><onestop-procedure procedure=${procedure} submitted-at=${submittedAt}></onestop-procedure></onestop-provider>`,
  );
  const el = provider.querySelector('onestop-procedure')!;
  await until(() => el.shadowRoot!.querySelector('h2'), 8000, 'the procedure page');
  return { provider, el, root: el.shadowRoot! };
}

describe('onestop-procedure', () => {
  beforeEach(async () => {
    await freshDevice();
    localStorage.clear();
  });

  it('shows the facts at a glance and each channel with its own fee and time', async () => {
    const { el, root } = await page();
    expect(root.querySelector('h2')!.textContent).to.equal('Đổi giấy phép lái xe do ngành Giao thông vận tải cấp');
    const facts = root.querySelector('.facts')!.textContent!;
    expect(facts).to.contain('₫');
    expect(facts).to.contain('ngày làm việc');
    const channels = [...root.querySelectorAll('.channel')];
    expect(channels.length).to.be.greaterThan(1);
    for (const c of channels) expect(c.textContent).to.contain('Phí, lệ phí');
    // Dates as Vietnamese papers write them, not Intl's "29 thg 11, 2026".
    expect([...root.querySelectorAll('.meta')].map((m) => m.textContent!.trim()).filter((m) => m.startsWith('Cập nhật'))).to.match(/^Cập nhật ngày \d{2}\/\d{2}\/\d{4}$/);
    await expect(el).to.be.accessible();
  });

  it('says in words that the police now handle driving licences, in both languages', async () => {
    const { el, root } = await page();
    expect(root.querySelector('.agency-change')!.textContent).to.contain('công an');
    el.closest('onestop-provider')!.setAttribute('lang', 'en');
    await until(() => root.querySelector('.agency-change')?.textContent?.includes('police'), 8000, 'the English notice');
    const other = await page('birth-registration');
    expect(other.root.querySelector('.agency-change')).to.equal(null);
    // Birth registration is done the same day: never "0 ngày làm việc".
    const facts = other.root.querySelector('.facts')!.textContent!;
    expect(facts).to.contain('Trong ngày');
    expect(facts).not.to.match(/\b0 ngày/);
    await expect(el).to.be.accessible();
  });

  it('keeps the ticked documents across a reload', async () => {
    const src = sampleSrc();
    const first = await page(undefined, 'vi', undefined, src);
    const boxes = () => [...first.root.querySelectorAll<HTMLInputElement>('.checklist input[type=checkbox]')];
    boxes()[0]!.click();
    boxes()[1]!.click();
    await first.el.updateComplete;
    expect(first.root.querySelector('.progress')!.textContent).to.match(/Đã chuẩn bị 2\//);
    const again = await page(undefined, 'vi', undefined, src);
    const ticked = [...again.root.querySelectorAll<HTMLInputElement>('.checklist input[type=checkbox]')].map((b) => b.checked);
    expect(ticked.slice(0, 3)).to.deep.equal([true, true, false]);
  });

  it('computes the expected result date with core\'s working-day calendar and cut-off', async () => {
    const { el, root } = await page('driving-license-exchange', 'en', '2026-12-30T16:45');
    const store = storeFor(el.closest('onestop-provider')!.src);
    const [procedure, directory] = await Promise.all([store.procedure('en', 'driving-license-exchange'), store.directory('en')]);
    const due = resultDate(directory.calendars, '2026-12-30T16:45', procedure.processingTime);
    const expected = new Intl.DateTimeFormat('en', { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${due.date}T00:00:00Z`));
    expect(root.querySelector('.due')!.textContent).to.contain(expected);
    const input = root.querySelector<HTMLInputElement>('#submitted')!;
    input.value = '2027-02-05T09:00';
    input.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const later = resultDate(directory.calendars, '2027-02-05T09:00', procedure.processingTime);
    expect(root.querySelector('.due')!.textContent).to.contain(new Intl.DateTimeFormat('en', { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${later.date}T00:00:00Z`)));
  });

  it('says so, without throwing, for a day outside the catalog calendars', async () => {
    const { root } = await page('driving-license-exchange', 'en', '2031-03-02T09:00');
    expect(root.querySelector('.result-date')!.textContent).to.contain('cannot be worked out');
  });

  it('opens every step with "show all"', async () => {
    const { el, root } = await page();
    const button = root.querySelector<HTMLButtonElement>('.steps-head button')!;
    expect([...root.querySelectorAll('details')].some((d) => d.open)).to.equal(false);
    button.click();
    await el.updateComplete;
    expect([...root.querySelectorAll('details')].every((d) => d.open)).to.equal(true);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
  });

  it('shows the office with hours, a tel: hotline, and fires feedback and guide requests', async () => {
    const { el, root } = await page();
    expect(root.querySelector('.offices')!.textContent).to.match(/Đang (mở|đóng) cửa/);
    expect(root.querySelector('footer a[href^="tel:"]')).to.not.equal(null);
    const feedback = oneEvent(el, 'onestop-feedback');
    root.querySelector<HTMLButtonElement>('.feedback button')!.click();
    expect((await feedback).detail).to.include({ procedure: 'driving-license-exchange', helpful: true, locale: 'vi' });
    await el.updateComplete;
    expect(root.querySelector('footer')!.textContent).to.contain('Cảm ơn');
    const guide = oneEvent(el, 'onestop-guide-request');
    root.querySelector<HTMLButtonElement>('.actions button.primary')!.click();
    expect((await guide).detail).to.deep.equal({ procedure: 'driving-license-exchange', locale: 'vi' });
  });

  it('switches language live, open procedure included', async () => {
    const { provider, root } = await page();
    provider.lang = 'en';
    await until(() => root.querySelector('h2')?.textContent?.startsWith('Exchange') || root.querySelector('h2')?.textContent?.includes('driving'), 8000, 'English');
    expect(root.querySelector('.checklist h3')!.textContent).to.equal('Documents to bring');
  });

  it('shows a friendly error with the hotline for an unknown procedure, and for a broken file', async () => {
    const provider = await fixture<OnestopProvider>(html`<onestop-provider src=${sampleSrc()} lang="en"><onestop-procedure procedure="no-such-thing"></onestop-procedure></onestop-provider>`);
    const el = provider.querySelector('onestop-procedure')!;
    await until(() => el.shadowRoot!.querySelector('[role=alert]'), 8000);
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('not in the catalog');
    await expect(el).to.be.accessible();
    const log = stubFetch((url) => (url.includes('/procedures/') ? new Response('{"id":"driving-license-exchange"') : url.includes('directory.json') ? offline() : undefined));
    try {
      const broken = await fixture<OnestopProvider>(html`<onestop-provider src=${sampleSrc()} lang="en"><onestop-procedure procedure="driving-license-exchange"></onestop-procedure></onestop-provider>`);
      const p = broken.querySelector('onestop-procedure')!;
      await until(() => p.shadowRoot!.querySelector('[role=alert]'), 8000);
      expect(p.shadowRoot!.querySelector('[role=alert] button')).to.not.equal(null);
      expect(p.shadowRoot!.querySelector('[role=alert] a[href="tel:1022"]')).to.not.equal(null);
    } finally {
      log.restore();
    }
  });

  it('renders a hostile procedure as inert text', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const realFetch = window.fetch;
    const log = stubFetch(async (url) => {
      if (!url.includes('/procedures/driving-license-exchange')) return undefined;
      const real = await (await realFetch(url)).json();
      real.name = { en: hostile };
      real.channels[0].url = 'javascript:alert(1)';
      real.legalBasis[0].url = 'javascript:alert(1)';
      return new Response(JSON.stringify(real));
    });
    try {
      const { el, root } = await page('driving-license-exchange', 'en');
      expect(root.querySelector('h2')!.textContent).to.equal(hostile);
      expect(root.querySelector('img, script')).to.equal(null);
      expect([...root.querySelectorAll('a')].some((a) => a.getAttribute('href')!.startsWith('javascript'))).to.equal(false);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
      await expect(el).to.be.accessible();
    } finally {
      log.restore();
    }
  });

  it('lists what changed since the version the citizen last saw', async () => {
    const realFetch = window.fetch;
    const entry = await (await realFetch('/__onestop/sample/publication.json')).json();
    localStorage.setItem(`onestop-seen:${entry.catalogId}:driving-license-exchange`, 'older-version');
    const changes = {
      from: 'older-version',
      to: entry.version,
      procedures: { added: [], removed: [], changed: [{ id: 'driving-license-exchange', name: {}, changes: [{ path: 'fees[standard].amount', before: 100000, after: 135000 }] }] },
      agencies: { added: [], removed: [], changed: [] },
      lifeEvents: { added: [], removed: [], changed: [] },
    };
    const log = stubFetch((url) =>
      url.includes('publication.json') ? new Response(JSON.stringify({ ...entry, changes: 'changes.json' })) : url.includes('changes.json') ? new Response(JSON.stringify(changes)) : undefined,
    );
    try {
      const { el, root } = await page('driving-license-exchange', 'en');
      expect(root.querySelector('.changed')!.textContent).to.contain('Changed since your last visit').and.to.contain('Fee');
      await expect(el).to.be.accessible();
      expect(localStorage.getItem(`onestop-seen:${entry.catalogId}:driving-license-exchange`)).to.equal(entry.version);
    } finally {
      log.restore();
    }
  });
});
