// Every element in a 320 px column (a small phone, or a sidebar on a desktop page): nothing sticks
// out sideways, so the citizen never scrolls horizontally to read a line.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/onestop-provider.js';
import '../src/define/onestop-search.js';
import '../src/define/onestop-catalog.js';
import '../src/define/onestop-procedure.js';
import '../src/define/onestop-guide.js';
import { freshDevice, sampleSrc, until } from './helpers.js';

const WIDTH = 320;

async function column(lang: string, inner: (src: string) => ReturnType<typeof html>): Promise<HTMLDivElement> {
  return fixture<HTMLDivElement>(html`<div style="width:${WIDTH}px" lang=${lang}><onestop-provider src=${sampleSrc()} lang=${lang}>${inner(sampleSrc())}</onestop-provider></div>`);
}

/** Visible boxes, in every shadow root below `root`, whose right edge passes the column's. */
function sticking(out: HTMLElement): string[] {
  const edge = out.getBoundingClientRect().right + 1;
  const found: string[] = [];
  const walk = (root: ParentNode) => {
    for (const el of root.querySelectorAll<HTMLElement>('*')) {
      const box = el.getBoundingClientRect();
      if (box.width > 0 && box.right > edge) found.push(`<${el.localName} class="${el.className}"> ends at ${Math.round(box.right)}`);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(out);
  return found;
}

describe('at 320 px wide', () => {
  beforeEach(freshDevice);

  for (const lang of ['vi', 'en']) {
    it(`the search box and its open result list stay inside the column, lined up with the field (${lang})`, async () => {
      const out = await column(lang, () => html`<onestop-search></onestop-search>`);
      const el = out.querySelector('onestop-search')!;
      await until(() => el.shadowRoot!.querySelector('input'), 8000, 'the field');
      el.shadowRoot!.querySelector('input')!.focus();
      await sendKeys({ type: lang === 'vi' ? 'doi bang lai xe' : 'driving licence' });
      await until(() => el.shadowRoot!.querySelector('[role=listbox]:not([hidden]) [role=option]'), 5000, 'the results');
      expect(sticking(out)).to.deep.equal([]);
      const field = el.shadowRoot!.querySelector('input')!.getBoundingClientRect();
      const list = el.shadowRoot!.querySelector('[role=listbox]')!.getBoundingClientRect();
      expect(Math.abs(list.left - field.left), 'the list starts under the field').to.be.below(1);
      expect(Math.abs(list.right - field.right), 'the list ends under the field').to.be.below(1);
    });

    it(`the catalog folds its filters behind one button, and nothing sticks out (${lang})`, async () => {
      const out = await column(lang, () => html`<onestop-catalog url-state="none"></onestop-catalog>`);
      const el = out.querySelector('onestop-catalog')!;
      const root = el.shadowRoot!;
      await until(() => root.querySelector('.result'), 8000, 'the results');
      const toggle = root.querySelector<HTMLButtonElement>('.filters-toggle')!;
      const filters = root.querySelector<HTMLElement>('.filters')!;
      expect(toggle.offsetHeight, 'the filters button shows').to.be.greaterThan(0);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(filters.offsetHeight, 'the filters are folded').to.equal(0);
      expect(root.querySelector('.results')!.getBoundingClientRect().top - out.getBoundingClientRect().top, 'the results are near the top').to.be.below(300);
      expect(sticking(out)).to.deep.equal([]);
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(filters.offsetHeight, 'the filters unfold').to.be.greaterThan(0);
      expect(sticking(out)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it(`a long procedure page fits (${lang})`, async () => {
      const out = await column(lang, () => html`<onestop-procedure procedure="driving-license-exchange"></onestop-procedure>`);
      const el = out.querySelector('onestop-procedure')!;
      await until(() => el.shadowRoot!.querySelector('[part~="offices"]'), 8000, 'the offices');
      expect(sticking(out)).to.deep.equal([]);
    });

    it(`the guide's opening and a question fit (${lang})`, async () => {
      const out = await column(lang, () => html`<onestop-guide></onestop-guide>`);
      const el = out.querySelector('onestop-guide')!;
      await until(() => el.shadowRoot!.querySelector('.chip'), 8000, 'the opening');
      expect(sticking(out)).to.deep.equal([]);
      el.shadowRoot!.querySelector<HTMLButtonElement>('.chip')!.click();
      await until(() => el.shadowRoot!.querySelector('.current button.chip'), 8000, 'a question');
      expect(sticking(out)).to.deep.equal([]);
    });
  }

  it('the catalog keeps its filters open beside the results in a wide column', async () => {
    const out = await fixture<HTMLDivElement>(html`<div style="width:900px"><onestop-provider src=${sampleSrc()} lang="en"><onestop-catalog url-state="none"></onestop-catalog></onestop-provider></div>`);
    const root = out.querySelector('onestop-catalog')!.shadowRoot!;
    await until(() => root.querySelector('.result'), 8000, 'the results');
    expect(root.querySelector<HTMLElement>('.filters-toggle')!.offsetHeight).to.equal(0);
    const filters = root.querySelector('.filters')!.getBoundingClientRect();
    const results = root.querySelector('.results')!.getBoundingClientRect();
    expect(results.left, 'side by side').to.be.at.least(filters.right);
  });
});
