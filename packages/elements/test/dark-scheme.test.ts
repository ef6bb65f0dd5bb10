import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/define/onestop-provider.js';
import '../src/define/onestop-catalog.js';
import '../src/define/onestop-procedure.js';
import '../src/define/onestop-search.js';
import '../src/define/onestop-guide.js';
import type { OnestopGuide } from '../src/components/guide/guide.js';
import { currentKey, freshPage, root, settled, SRC, walk } from './guide-helpers.js';
import { until, wcagViolations } from './helpers.js';

/** Each element in each dark mode: forced with `theme="dark"`, and from the system's preference. */
const modes = [
  { name: 'forced theme="dark"', theme: 'dark', system: 'light' },
  { name: 'prefers-color-scheme: dark', theme: undefined, system: 'dark' },
] as const;

const DARK_SURFACE = 'rgb(27, 28, 31)';
const background = (el: Element, selector: string) => getComputedStyle(el.shadowRoot!.querySelector(selector)!).backgroundColor;

async function clean(el: Element, what: string): Promise<void> {
  const violations = await wcagViolations(el);
  expect(violations, `${what}:\n${violations.join('\n')}`).to.deep.equal([]);
}

async function darkGuide(theme: string | undefined, attrs: { procedure?: string; lifeEvent?: string } = {}): Promise<OnestopGuide> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="vi" style="background:#fff;color:#000">
    <onestop-guide src=${SRC} theme=${theme ?? ''} procedure=${attrs.procedure ?? ''} life-event=${attrs.lifeEvent ?? ''}></onestop-guide></div>`);
  if (!theme) wrapper.querySelector('onestop-guide')!.removeAttribute('theme');
  const el = wrapper.querySelector('onestop-guide')!;
  await settled(el);
  return el;
}

const start = location.href;

describe('wcagViolations', () => {
  it('reports low contrast', async () => {
    const el = await fixture(html`<p style="color:#777;background:#888">faint</p>`);
    expect((await wcagViolations(el)).join()).to.contain('color-contrast');
  });
});

for (const mode of modes) {
  describe(`dark scheme, ${mode.name}: WCAG 2.2 A and AA`, () => {
    beforeEach(async () => {
      await freshPage();
      await emulateMedia({ colorScheme: mode.system });
    });
    afterEach(() => history.replaceState(null, '', start));
    after(() => emulateMedia({ colorScheme: 'light' }));

    it('the catalog browser: life events, results, a filter and an open procedure', async () => {
      const provider = await fixture(html`<onestop-provider src=${SRC} lang="vi"><onestop-catalog theme=${mode.theme ?? ''}></onestop-catalog></onestop-provider>`);
      const el = provider.querySelector('onestop-catalog')!;
      if (!mode.theme) el.removeAttribute('theme');
      await until(() => el.shadowRoot!.querySelector('.results'), 8000, 'the catalog');
      expect(background(el, '.root')).to.equal(DARK_SURFACE);
      await clean(el, 'catalog, life events first');
      el.shadowRoot!.querySelector<HTMLInputElement>('.option input')!.click();
      await until(() => el.shadowRoot!.querySelector('.result:not(.life-event)'), 5000, 'a filtered result');
      await clean(el, 'catalog, filtered');
      el.shadowRoot!.querySelector<HTMLElement>('.result:not(.life-event) h3 :is(a, button)')!.click();
      await until(() => el.shadowRoot!.querySelector('onestop-procedure')?.shadowRoot?.querySelector('h2'), 8000, 'the procedure in place');
      const page = el.shadowRoot!.querySelector('onestop-procedure')!;
      expect(background(page, '.root')).to.equal(DARK_SURFACE);
      await clean(el, 'catalog, procedure open');
    });

    it('the procedure page, its steps all open', async () => {
      const provider = await fixture(html`<onestop-provider src=${SRC} lang="en"><onestop-procedure procedure="birth-registration" theme=${mode.theme ?? ''}></onestop-procedure></onestop-provider>`);
      const el = provider.querySelector('onestop-procedure')!;
      if (!mode.theme) el.removeAttribute('theme');
      await until(() => el.shadowRoot!.querySelector('h2'), 8000, 'the procedure page');
      expect(background(el, '.root')).to.equal(DARK_SURFACE);
      el.shadowRoot!.querySelector<HTMLInputElement>('.checklist input')?.click();
      await clean(el, 'procedure page');
    });

    it('the search box with its suggestions open', async () => {
      const provider = await fixture(html`<onestop-provider src=${SRC} lang="vi"><onestop-search theme=${mode.theme ?? ''}></onestop-search></onestop-provider>`);
      const el = provider.querySelector('onestop-search')!;
      if (!mode.theme) el.removeAttribute('theme');
      await until(() => el.shadowRoot!.querySelector('input'), 8000, 'the search box');
      const input = el.shadowRoot!.querySelector('input')!;
      input.value = 'ho chieu';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await until(() => el.shadowRoot!.querySelector('[role=option]'), 8000, 'suggestions');
      await clean(el, 'search popup');
    });

    it('the guide: the opening, a question, and a plan', async () => {
      const opening = await darkGuide(mode.theme);
      await until(() => root(opening).querySelector('.chip'), 8000, 'the popular chips');
      expect(background(opening, '.panel')).to.equal(DARK_SURFACE);
      await clean(opening, 'guide opening');
      const el = await darkGuide(mode.theme, { procedure: 'driving-license-exchange' });
      expect(currentKey(el)).to.equal('issued-in');
      await clean(el, 'guide question');
      await walk(el, [['issued-in', 'vietnam'], ['licence-class', 'car'], ['expired', false], ['licence-form', 'pet'], ['channel', 'online']]);
      expect(currentKey(el)).to.equal('outcome');
      await clean(el, 'guide plan');
    });
  });
}
