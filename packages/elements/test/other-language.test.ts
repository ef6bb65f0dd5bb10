/**
 * A query typed in the publication's other language (English on a Vietnamese page, Vietnamese on
 * an English one) is answered from that language, whole-file and chunked: the box says which
 * language matched, in the page's language, names the results as the citizen typed them, opens
 * the procedure in the page's language, and never loads the other language for an ordinary query.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/onestop-provider.js';
import '../src/define/onestop-search.js';
import '../src/define/onestop-catalog.js';
import type { OnestopProvider } from '../src/components/provider/provider.js';
import type { OnestopSearch } from '../src/components/search/search.js';
import { freshDevice, offline, stubFetch, until, wcagViolations } from './helpers.js';

let run = 0;
const PUBLICATIONS = { whole: '/__onestop/sample/', chunked: '/__onestop/sample-chunked/' } as const;
type Kind = keyof typeof PUBLICATIONS;
const src = (kind: Kind) => `${PUBLICATIONS[kind]}publication.json?run=other-${++run}-${Date.now()}`;
const options = (el: OnestopSearch) => [...el.shadowRoot!.querySelectorAll('[role=option]')];
const status = (el: OnestopSearch) => el.shadowRoot!.querySelector('[role=status]')!.textContent!.trim();
/** The paths fetched under a publication, e.g. `en/search.json`. */
const paths = (urls: string[], kind: Kind) => urls.map((u) => new URL(u).pathname).filter((p) => p.startsWith(PUBLICATIONS[kind])).map((p) => p.slice(PUBLICATIONS[kind].length));

async function searchBox(kind: Kind, lang: string) {
  const provider = await fixture<OnestopProvider>(html`<onestop-provider src=${src(kind)} lang=${lang}><onestop-search href-template="/thu-tuc/{id}"></onestop-search></onestop-provider>`);
  const el = provider.querySelector('onestop-search')!;
  await until(() => el.shadowRoot!.querySelector('input'), 8000, 'the search box');
  const input = el.shadowRoot!.querySelector('input')!;
  input.focus();
  return { el, input };
}

describe('a query in the other language', () => {
  before(async function () {
    // The test server builds the chunked sample on its first request.
    this.timeout(60_000);
    await fetch('/__onestop/sample-chunked/publication.json');
  });
  beforeEach(freshDevice);

  for (const kind of ['whole', 'chunked'] as const) {
    describe(`${kind} search`, () => {
      it('answers English typed into the Vietnamese box from English, says so, and opens the Vietnamese page', async () => {
        const log = stubFetch();
        try {
          const { el } = await searchBox(kind, 'vi');
          await sendKeys({ type: 'judicial record' });
          await until(() => /Judicial record certificate/.test(options(el)[0]?.textContent ?? ''), 8000, 'the English results');
          const note = el.shadowRoot!.querySelector('[part=note]')!;
          expect(note.textContent!.trim()).to.equal('Kết quả theo tiếng Anh');
          expect(status(el)).to.match(/^\d+ kết quả\. Kết quả theo tiếng Anh$/);
          // Named as the citizen typed, marked as English for screen readers.
          expect(options(el)[0]!.querySelector('.name')!.getAttribute('lang')).to.equal('en');
          expect(await wcagViolations(el)).to.deep.equal([]);
          await expect(el).to.be.accessible();
          const chosen = oneEvent(el, 'onestop-select');
          el.addEventListener('onestop-select', (e) => e.preventDefault(), { once: true });
          (options(el)[0] as HTMLElement).click();
          expect((await chosen).detail).to.deep.equal({ id: 'judicial-record-card', kind: 'procedure', href: '/thu-tuc/judicial-record-card' });
          const fetched = paths(log.urls, kind);
          expect(fetched).to.include(kind === 'whole' ? 'en/search.json' : 'en/search-chunks.json');
        } finally {
          log.restore();
        }
      });

      it('finds "driving licence renewal" on the Vietnamese page', async () => {
        const { el } = await searchBox(kind, 'vi');
        await sendKeys({ type: 'driving licence renewal' });
        await until(() => /driving licence/i.test(options(el)[0]?.textContent ?? ''), 8000, 'the English results');
        expect(options(el)[0]!.textContent).to.contain('Exchange a Vietnamese driving licence');
        expect(el.shadowRoot!.querySelector('[part=note]')!.textContent!.trim()).to.equal('Kết quả theo tiếng Anh');
      });

      it('answers Vietnamese typed into the English box from Vietnamese, and says so in English', async () => {
        const { el } = await searchBox(kind, 'en');
        await sendKeys({ type: 'đăng ký kết hôn' });
        await until(() => options(el)[0]?.textContent?.includes('Đăng ký kết hôn'), 8000, 'the Vietnamese results');
        expect(el.shadowRoot!.querySelector('[part=note]')!.textContent!.trim()).to.equal('Results in Vietnamese');
        expect(status(el)).to.match(/^\d+ results?\. Results in Vietnamese$/);
        expect(options(el)[0]!.querySelector('.name')!.getAttribute('lang')).to.equal('vi');
        // No "did you mean" of the English index for a Vietnamese query.
        expect(el.shadowRoot!.querySelector('.did-you-mean')).to.equal(null);
        await expect(el).to.be.accessible();
      });

      it('never loads the other language for a query its own language reads', async () => {
        for (const [lang, query, expected, other] of [
          ['vi', 'dang ky ket hon', 'Đăng ký kết hôn', 'en/'],
          ['en', 'passport renewal', 'passport', 'vi/'],
        ] as const) {
          const log = stubFetch();
          try {
            const { el } = await searchBox(kind, lang);
            await sendKeys({ type: query });
            await until(() => options(el)[0]?.textContent?.toLowerCase().includes(expected.toLowerCase()), 8000, `the results for ${query}`);
            expect(el.shadowRoot!.querySelector('[part=note]')).to.equal(null);
            expect(options(el)[0]!.querySelector('.name')!.hasAttribute('lang')).to.equal(false);
            const fetched = paths(log.urls, kind);
            expect(fetched.some((p) => p.startsWith(lang))).to.equal(true);
            expect(fetched.filter((p) => p.startsWith(other))).to.deep.equal([]);
          } finally {
            log.restore();
          }
        }
      });
    });
  }

  it('shows the error with "Try again" when the other language cannot be fetched and its own finds nothing, and keeps good hits of its own', async () => {
    let failing = true;
    const log = stubFetch((url) => (failing && new URL(url).pathname === `${PUBLICATIONS.whole}en/search.json` ? offline() : undefined));
    try {
      const { el, input } = await searchBox('whole', 'vi');
      // Pasted in one go: each keystroke's query would otherwise ask for the other language again.
      const paste = (text: string) => {
        input.value = text;
        input.dispatchEvent(new Event('input'));
      };
      // Mostly English, but the Vietnamese words find passports: the citizen sees those, not an error.
      paste('passport ho chieu renewal');
      await until(() => options(el).length > 0 && !/Đang tìm/.test(status(el)), 8000, 'the Vietnamese results');
      expect(el.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
      expect(options(el)[0]!.textContent!.toLowerCase()).to.contain('hộ chiếu');
      expect(el.shadowRoot!.querySelector('[part=note]')).to.equal(null);
      paste('unemployment benefit');
      await until(() => el.shadowRoot!.querySelector('[role=alert]'), 8000, 'the error');
      expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('không kết nối được');
      expect(el.shadowRoot!.querySelector<HTMLElement>('[role=listbox]')!.hidden).to.equal(true);
      await expect(el).to.be.accessible();
      failing = false;
      el.shadowRoot!.querySelector<HTMLButtonElement>('[role=alert] button')!.click();
      await until(() => /Unemployment benefit/.test(options(el)[0]?.textContent ?? ''), 8000, 'the English results after retry');
      expect(el.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part=note]')!.textContent!.trim()).to.equal('Kết quả theo tiếng Anh');
      // Asked by each query that wanted it (the second one could not do without it) and by "Try again".
      expect(paths(log.urls, 'whole').filter((p) => p === 'en/search.json').length).to.equal(3);
    } finally {
      log.restore();
    }
  });

  it('names the catalog browser\'s results in the language that matched and opens the page in the page\'s language', async () => {
    const provider = await fixture<OnestopProvider>(html`<onestop-provider src=${src('whole')} lang="vi"><onestop-catalog url-state="none"></onestop-catalog></onestop-provider>`);
    const el = provider.querySelector('onestop-catalog')!;
    await until(() => el.shadowRoot!.querySelector('#q'), 8000, 'the catalog');
    el.shadowRoot!.querySelector<HTMLInputElement>('#q')!.focus();
    await sendKeys({ type: 'judicial record' });
    await until(() => el.shadowRoot!.querySelector('#count')!.textContent!.includes('tiếng Anh'), 8000, 'the English results');
    expect(el.shadowRoot!.querySelector('#count')!.textContent).to.match(/^\d+ kết quả\. Kết quả theo tiếng Anh$/);
    const first = el.shadowRoot!.querySelector('.result h3')!;
    expect(first.getAttribute('lang')).to.equal('en');
    expect(first.textContent).to.contain('Judicial record certificate');
    await expect(el).to.be.accessible();
    first.querySelector('button')!.click();
    await until(() => el.shadowRoot!.querySelector('onestop-procedure')?.shadowRoot?.querySelector('h2'), 8000, 'the procedure page');
    expect(el.shadowRoot!.querySelector('onestop-procedure')!.shadowRoot!.querySelector('h2')!.textContent).to.match(/Lý lịch tư pháp|lý lịch tư pháp/);
  });
});
