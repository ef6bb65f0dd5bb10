/** Driving <onestop-guide> the way a citizen does: by keyboard, reading what is on screen. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/onestop-guide.js';
import type { OnestopGuide } from '../src/components/guide/guide.js';

import { entryUrl } from '../src/controllers/catalog-store.js';
import { freshDevice, sampleSrc } from './helpers.js';

/** The sample publication under a URL of its own per test, so every test starts with a fresh store. */
export let SRC = sampleSrc();

export async function freshPage(): Promise<void> {
  SRC = sampleSrc();
  localStorage.clear();
  history.replaceState(null, '', location.pathname + location.search);
  await freshDevice();
}

/** Where a guide keeps its conversation: per publication and per guide on the page. */
export const storageKey = (target: string) => `onestop-guide:${entryUrl(SRC)}:${target}`;

export interface GuideOptions {
  procedure?: string;
  lifeEvent?: string;
  lang?: string;
  instance?: string;
  mode?: 'inline' | 'launcher';
  feedbackEndpoint?: string;
}

export async function guide(o: GuideOptions = {}): Promise<OnestopGuide> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${o.lang ?? 'en'}>
    <onestop-guide src=${SRC} procedure=${o.procedure ?? ''} life-event=${o.lifeEvent ?? ''} instance=${o.instance ?? ''}
      mode=${o.mode ?? 'inline'} feedback-endpoint=${o.feedbackEndpoint ?? ''}></onestop-guide></div>`);
  const el = wrapper.querySelector('onestop-guide')!;
  await settled(el);
  return el;
}

export const root = (el: OnestopGuide) => el.shadowRoot!;

/** Waits until the guide shows a question, an outcome or the opening, with nothing loading. */
export async function settled(el: OnestopGuide): Promise<void> {
  await waitUntil(() => {
    const r = el.shadowRoot;
    if (!r) return false;
    if (r.querySelector('.launcher[aria-expanded=false]')) return true;
    return r.querySelector('[aria-busy="true"], .loading') === null && !!r.querySelector('.current, .outcome, form.ask, .notice.error');
  }, 'the guide did not settle', { timeout: 8000 });
  await el.updateComplete;
}

export function currentKey(el: OnestopGuide): string | undefined {
  return root(el).querySelector<HTMLElement>('.current')?.dataset.key ?? (root(el).querySelector('.outcome') ? 'outcome' : undefined);
}

/** Presses Tab until the focused control is the one wanted, then Enter; fails after 40 presses. */
export async function tabTo(el: OnestopGuide, matches: (e: HTMLElement) => boolean, what: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    const active = root(el).activeElement as HTMLElement | null;
    if (active && matches(active)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`could not reach ${what} with Tab`);
}

/** Answers the current question by keyboard: a chip by value, a number or a date by typing. */
export async function say(el: OnestopGuide, value: string | number | boolean | string[]): Promise<void> {
  const before = currentKey(el);
  const type = root(el).querySelector('.current input[type=number]') ? 'number' : root(el).querySelector('.current input[type=date]') ? 'date' : root(el).querySelector('.current input[type=checkbox]') ? 'multiple' : 'chips';
  if (type === 'chips') {
    await tabTo(el, (e) => e.closest('.current') !== null && e.dataset.value === String(value), `the chip ${String(value)}`);
    await sendKeys({ press: 'Enter' });
  } else if (type === 'multiple') {
    for (const v of value as string[]) {
      await tabTo(el, (e) => e.closest('.current') !== null && e.dataset.value === v, `the option ${v}`);
      await sendKeys({ press: 'Space' });
    }
    await tabTo(el, (e) => e.closest('.current') !== null && e.getAttribute('type') === 'submit', 'Continue');
    await sendKeys({ press: 'Enter' });
  } else {
    await tabTo(el, (e) => e.closest('.current') !== null && e.tagName === 'INPUT', 'the field');
    if (type === 'date') {
      // Chromium's date field takes the digits in the order of its locale (en-US: month, day, year).
      const [y, m, d] = String(value).split('-');
      await sendKeys({ type: `${m}${d}${y}` });
    } else await sendKeys({ type: String(value) });
    await sendKeys({ press: 'Enter' });
  }
  await waitUntil(() => currentKey(el) !== before || root(el).querySelector('.current .error'), `no answer to ${before}`, { timeout: 8000 });
  await settled(el);
}

export async function walk(el: OnestopGuide, answers: [string, string | number | boolean | string[]][]): Promise<void> {
  for (const [key, value] of answers) {
    expect(currentKey(el), `asked ${currentKey(el)} instead of ${key}`).to.equal(key);
    await say(el, value);
  }
}

export const texts = (el: OnestopGuide, selector: string) => [...root(el).querySelectorAll<HTMLElement>(selector)].map((e) => e.textContent!.replace(/\s+/g, ' ').trim());

/** Answers whatever is asked with the first value offered (the first chip, the lowest number, the earliest date) until the outcome. */
export async function answerUntilOutcome(el: OnestopGuide, max = 30): Promise<void> {
  for (let i = 0; i < max && currentKey(el) !== 'outcome'; i++) {
    const current = root(el).querySelector('.current')!;
    const chip = current.querySelector<HTMLElement>('button.chip[data-value]');
    const box = current.querySelector<HTMLInputElement>('input[type=checkbox]');
    const number = current.querySelector<HTMLInputElement>('input[type=number]');
    const date = current.querySelector<HTMLInputElement>('input[type=date]');
    if (chip) await say(el, chip.dataset.value === 'true' ? true : chip.dataset.value === 'false' ? false : chip.dataset.value!);
    else if (box) await say(el, [box.dataset.value!]);
    else if (number) await say(el, Number(number.min || 1));
    else if (date) await say(el, date.min || date.max || new Date().toISOString().slice(0, 10));
    else throw new Error(`cannot answer ${currentKey(el)}`);
  }
  expect(currentKey(el)).to.equal('outcome');
}
