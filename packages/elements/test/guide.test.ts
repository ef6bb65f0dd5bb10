import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { GuideFeedbackDetail } from '../src/components/guide/guide.js';
import { enumeratePaths, type GuideFlow } from '@onestop/core';
import { answerUntilOutcome, currentKey, freshPage, guide, root, say, settled, SRC, storageKey, texts, walk, type GuideOptions } from './guide-helpers.js';

beforeEach(freshPage);

type Answers = [string, string | number | boolean | string[]][];
const DRIVING: Answers = [['issued-in', 'vietnam'], ['licence-class', 'car'], ['expired', false], ['licence-form', 'pet'], ['channel', 'online']];
const JUDICIAL: Answers = [['card', 'card-1'], ['applicant', 'self'], ['nationality', 'vietnamese'], ['provinces', false], ['groups', ['none']], ['copies', 3], ['channel', 'in-person']];
const BABY: Answers = [
  ['birth-registration.born-in', 'vietnam'], ['birth-registration.parents-nationality', 'both-vietnamese'], ['birth-registration.birth-notice', 'hospital'],
  ['birth-registration.birth-date', '2026-11-20'], ['birth-registration.parents-married', true], ['birth-registration.who-registers', 'parent'],
  ['birth-registration.extra-copies', 1], ['birth-registration.channel', 'online'],
  ['permanent-residence-registration.case', 'newborn'], ['permanent-residence-registration.linked', true],
  ['child-health-insurance.birth-registered', 'linked'],
];

async function reachPlan(o: GuideOptions, answers: Answers) {
  const el = await guide(o);
  await walk(el, answers);
  expect(currentKey(el)).to.equal('outcome');
  return el;
}

describe('onestop-guide: journeys walked by keyboard alone', () => {
  it('driving licence: one question at a time, progress, then the plan cards', async () => {
    const el = await guide({ procedure: 'driving-license-exchange' });
    expect(root(el).querySelector('[role=log]')).to.exist;
    expect(texts(el, '.current .progress')[0]).to.match(/^Question 1 of about \d+$/);
    await walk(el, DRIVING);
    expect(texts(el, '.outcome > h2')[0]).to.contain('Your plan');
    expect(texts(el, '.checklist li').length).to.be.greaterThan(0);
    expect(texts(el, '.fees tfoot td')[0]).to.match(/135[.,]000/);
    expect(texts(el, '.date .big')[0]).to.match(/^Ready on /);
    expect(texts(el, '.card h3')).to.include.members(['What to bring', 'Fees', 'Expected result', 'Where and how to submit', 'Talk to a person']);
    expect(root(el).querySelector<HTMLAnchorElement>('.help a')!.href).to.match(/^tel:\d+$/);
    // The citizen's answers are echoed as their bubbles, in order.
    expect(texts(el, '.bubble.citizen .answer')).to.deep.equal(['A Vietnamese authority', 'Car or any class with an expiry date (B1, B2, B, C1, C, D, E, F…)', 'No', 'A PET plastic card', 'Online on the National Public Service Portal (fee VND 135,000)']);
    await expect(el).to.be.accessible();
  });

  it('judicial record card: multiple choice and a number within the engine’s bounds', async () => {
    const el = await reachPlan({ procedure: 'judicial-record-card' }, JUDICIAL);
    expect(texts(el, '.fees th').some((t) => /certificate/i.test(t))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('having a baby: three procedures, "how will you submit" asked once, one merged plan', async () => {
    const el = await reachPlan({ lifeEvent: 'having-a-baby' }, BABY);
    expect(texts(el, '.section h3')).to.have.length(3);
    expect(texts(el, '.carried')).to.have.length(2);
    expect(texts(el, '.date li')).to.have.length(3);
    await expect(el).to.be.accessible();
  });

  it('a bad number gets the engine’s message in place, and the question stays', async () => {
    const el = await guide({ procedure: 'judicial-record-card' });
    await walk(el, JUDICIAL.slice(0, 5));
    await say(el, 25);
    expect(currentKey(el)).to.equal('copies');
    expect(texts(el, '.current .error')).to.deep.equal(['Please enter 20 or less.']);
    expect(root(el).querySelector('.current input')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await say(el, 3);
    expect(currentKey(el)).to.equal('channel');
  });

  it('focus moves to the first control of each new question', async () => {
    const el = await guide({ procedure: 'driving-license-exchange' });
    await say(el, 'vietnam');
    const active = root(el).activeElement as HTMLElement;
    expect(active.closest('.current')).to.exist;
    expect(active.dataset.value).to.equal('motorbike');
  });
});

describe('onestop-guide: endings', () => {
  it('"this is another procedure" continues there, keeping what still applies', async () => {
    const el = await reachPlan({ procedure: 'driving-license-exchange' }, [['issued-in', 'abroad']]);
    expect(texts(el, '.ending > h3')).to.deep.equal(['This is another procedure']);
    await expect(el).to.be.accessible();
    const button = root(el).querySelector<HTMLButtonElement>('.ending button')!;
    expect(button.textContent).to.match(/^Continue with /);
    button.click();
    await waitUntil(() => texts(el, '.outcome > h2')[0]?.startsWith('Your plan'), 'no plan after the route');
    expect(texts(el, '.bubble.guide .muted')[0]).to.match(/^Continued from Exchange a Vietnamese driving licence/);
    // Start over after a route goes back to the procedure the page asked for.
    [...root(el).querySelectorAll<HTMLButtonElement>('.tools button')].at(-1)!.click();
    await waitUntil(() => currentKey(el) === 'issued-in', 'start over did not return to the first question');
  });

  it('a route inside a life event stays in the life event and its one merged plan', async function () {
    // Four procedures answered by keyboard: longer than one procedure's journey.
    this.timeout(40_000);
    const base = new URL(SRC, location.href);
    const flow = ((await (await fetch(new URL('en/procedures/enterprise-registration.json', base))).json()) as { guide: GuideFlow<unknown> }).guide;
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
    const toRoute = enumeratePaths(flow, { today, limit: 400 }).paths.find((p) => p.route.includes('| route') && p.run.ending?.effect.route === 'investment-registration-certificate')!;
    expect(toRoute, 'a path of enterprise registration that routes to the investment certificate').to.exist;
    const el = await guide({ lifeEvent: 'starting-a-business' });
    await walk(el, toRoute.asked.map((q) => [`enterprise-registration.${q}`, toRoute.answers[q] as string | number | boolean | string[]]));
    await answerUntilOutcome(el);
    const ended = root(el).querySelector<HTMLElement>('.ended')!;
    expect(ended.querySelector('strong')!.textContent).to.match(/^Company registration/);
    const follow = ended.querySelector<HTMLButtonElement>('button')!;
    expect(follow.textContent).to.match(/^Continue with .*investment registration/i);
    const sectionsBefore = texts(el, '.section h3');
    expect(sectionsBefore[0]).to.match(/^Company registration/);
    follow.click();
    await waitUntil(() => !root(el).querySelector('.ended') || currentKey(el) !== 'outcome', 'the route was not followed');
    await settled(el);
    await answerUntilOutcome(el);
    // Still the life event: its name, its other procedures, one plan without the routing procedure.
    expect(texts(el, '.outcome > h2')[0]).to.equal('Your plan: Starting a business');
    const sections = texts(el, '.section h3');
    expect(sections.some((t) => /^Company registration/.test(t))).to.equal(false);
    expect(sections.some((t) => /investment registration/i.test(t))).to.equal(true);
    expect(sections.length).to.equal(sectionsBefore.length - 1);
    expect(root(el).querySelector('.ended')).to.equal(null);
    expect(texts(el, '.bubble.guide .muted')[0]).to.match(/^Continued from /);
    // A reload keeps the routed life event.
    const again = await guide({ lifeEvent: 'starting-a-business' });
    expect(currentKey(again)).to.equal('outcome');
    expect(texts(again, '.section h3')).to.deep.equal(sections);
    await expect(el).to.be.accessible();
  });

  it('"you do not need this" and "not eligible" say why and what to do instead', async () => {
    const notNeeded = await reachPlan({ procedure: 'construction-permit-house' }, [['work', 'interior']]);
    expect(texts(notNeeded, '.ending > h3')).to.deep.equal(['You do not need this procedure']);
    await expect(notNeeded).to.be.accessible();
    const notEligible = await reachPlan({ procedure: 'judicial-record-card', instance: 'b' }, [['card', 'card-2'], ['applicant', 'relative']]);
    expect(texts(notEligible, '.ending > h3')[0]).to.equal('You cannot use this procedure');
    expect(texts(notEligible, '.ending h4')).to.deep.equal(['What to do instead']);
  });
});

describe('onestop-guide: change, back, start over', () => {
  it('changes an earlier answer and goes on from there', async () => {
    const el = await reachPlan({ procedure: 'driving-license-exchange' }, DRIVING);
    const changeChannel = [...root(el).querySelectorAll<HTMLButtonElement>('.change')].at(-1)!;
    expect(changeChannel.getAttribute('aria-label')).to.match(/^Change your answer to: /);
    changeChannel.click();
    await settled(el);
    expect(currentKey(el)).to.equal('channel');
    expect(root(el).querySelector('.current [aria-pressed=true]')!.getAttribute('data-value')).to.equal('online');
    await say(el, 'in-person');
    expect(currentKey(el)).to.equal('outcome');
    expect(texts(el, '.fees tfoot td')[0]).to.match(/135[.,]000/);
  });

  it('goes back one question and starts over without reloading', async () => {
    const el = await guide({ procedure: 'driving-license-exchange' });
    await walk(el, DRIVING.slice(0, 2));
    root(el).querySelector<HTMLButtonElement>('.tools button')!.click();
    await settled(el);
    expect(currentKey(el)).to.equal('licence-class');
    [...root(el).querySelectorAll<HTMLButtonElement>('.tools button')].at(-1)!.click();
    await settled(el);
    expect(currentKey(el)).to.equal('issued-in');
    expect(texts(el, '.bubble.citizen')).to.deep.equal([]);
  });
});

describe('onestop-guide: state, links and languages', () => {
  it('survives a reload mid-journey', async () => {
    const first = await guide({ procedure: 'driving-license-exchange' });
    await walk(first, DRIVING.slice(0, 3));
    first.remove();
    const again = await guide({ procedure: 'driving-license-exchange' });
    expect(currentKey(again)).to.equal('licence-form');
    expect(texts(again, '.notice')[0]).to.contain('continue where you left off');
  });

  it('says nothing on reopening a journey that had no answer yet', async () => {
    const first = await guide({ procedure: 'driving-license-exchange' });
    expect(currentKey(first)).to.equal('issued-in');
    first.remove();
    const again = await guide({ procedure: 'driving-license-exchange' });
    expect(currentKey(again)).to.equal('issued-in');
    expect(texts(again, '.notice')).to.deep.equal([]);
  });

  it('restart() forgets the plan and its stored copy, and asks the first question again', async () => {
    const el = await reachPlan({ procedure: 'driving-license-exchange' }, DRIVING);
    expect(localStorage.getItem(storageKey('procedure:driving-license-exchange'))).to.not.equal(null);
    (document.activeElement as HTMLElement | null)?.blur();
    await el.restart();
    await settled(el);
    expect(currentKey(el)).to.equal('issued-in');
    expect(texts(el, '.bubble.citizen')).to.deep.equal([]);
    expect(texts(el, '.notice')).to.deep.equal([]);
    expect(root(el).querySelector('.outcome')).to.equal(null);
    // Nobody may be at the screen: the restart does not pull focus into the guide.
    expect(root(el).activeElement).to.equal(null);
    // What is stored now is the fresh start: a reload reopens it with no "welcome back".
    el.remove();
    const again = await guide({ procedure: 'driving-license-exchange' });
    expect(currentKey(again)).to.equal('issued-in');
    expect(texts(again, '.notice')).to.deep.equal([]);
  });

  it('restart() takes a guide without a target back to its opening, question box emptied', async () => {
    const el = await guide({ instance: 'hall' });
    (root(el).querySelector<HTMLButtonElement>('.chips button'))!.click();
    await waitUntil(() => currentKey(el) !== undefined, 'no journey from the chip');
    await settled(el);
    await say(el, root(el).querySelector<HTMLElement>('.current button.chip[data-value]')!.dataset.value!);
    expect(localStorage.getItem(storageKey('hall'))).to.not.equal(null);
    await el.restart();
    await settled(el);
    expect(root(el).querySelector('.current, .outcome')).to.equal(null);
    expect(texts(el, '.chips button').length).to.be.greaterThan(2);
    expect(root(el).querySelector<HTMLInputElement>('#ask')!.value).to.equal('');
    expect(root(el).querySelector('.tools')).to.equal(null);
    expect(localStorage.getItem(storageKey('hall'))).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('starts fresh with a short notice when the stored state is corrupted', async () => {
    localStorage.setItem(storageKey('procedure:driving-license-exchange'), '{"format":1,"publication":"x","link":"g1.broken.abcdef"}');
    const el = await guide({ procedure: 'driving-license-exchange' });
    expect(currentKey(el)).to.equal('issued-in');
    expect(texts(el, '.notice')[0]).to.contain('could not be read');
    localStorage.setItem(storageKey('procedure:judicial-record-card'), 'not json at all');
    const other = await guide({ procedure: 'judicial-record-card' });
    expect(currentKey(other)).to.equal('card');
  });

  it('keeps two guides on one page apart', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en">
      <onestop-guide src=${SRC} procedure="driving-license-exchange"></onestop-guide>
      <onestop-guide src=${SRC} procedure="judicial-record-card"></onestop-guide></div>`);
    const [a, b] = [...wrapper.querySelectorAll('onestop-guide')];
    await settled(a!);
    await settled(b!);
    await say(a!, 'vietnam');
    expect(currentKey(a!)).to.equal('licence-class');
    expect(currentKey(b!)).to.equal('card');
    await say(b!, 'card-1');
    expect(currentKey(a!)).to.equal('licence-class');
    expect(Object.keys(localStorage).filter((k) => k.startsWith('onestop-guide:'))).to.have.length(2);
  });

  it('share link, QR and .ics: the link reopens the same plan, the QR encodes it', async () => {
    const el = await reachPlan({ procedure: 'driving-license-exchange' }, DRIVING);
    const link = root(el).querySelector<HTMLInputElement>('.share input')!.value;
    expect(link).to.contain('#onestop-guide=g1.');
    // The QR code: decode the module matrix drawn in the SVG.
    const { default: decodeQR } = await import('qr/decode.js');
    const svg = root(el).querySelector('svg.qr')!;
    const size = Number(svg.getAttribute('data-modules'));
    const full = size + 8;
    const scale = 4;
    const dark = new Set([...svg.querySelector('path')!.getAttribute('d')!.matchAll(/M(\d+) (\d+)/g)].map((m) => `${m[1]},${m[2]}`));
    const width = full * scale;
    const pixels = new Uint8Array(width * width * 4).fill(255);
    for (let y = 0; y < width; y++) for (let x = 0; x < width; x++) {
      if (!dark.has(`${Math.floor(x / scale)},${Math.floor(y / scale)}`)) continue;
      const i = (y * width + x) * 4;
      pixels[i] = pixels[i + 1] = pixels[i + 2] = 0;
    }
    expect(decodeQR({ width, height: width, data: pixels })).to.equal(link);
    // The .ics reminder: its link appears once the calendar writer has loaded.
    await waitUntil(() => root(el).querySelector('a[download]'), 'no .ics link');
    const ics = await (await fetch(root(el).querySelector<HTMLAnchorElement>('a[download]')!.href)).text();
    const unfolded = ics.replace(/\r\n /g, '');
    const date = root(el).querySelector<HTMLElement>('.date .big')!.textContent!;
    expect(unfolded).to.match(/DTSTART;VALUE=DATE:\d{8}/);
    expect(unfolded).to.match(/SUMMARY:Result ready: Exchange a Vietnamese driving licence/);
    expect(unfolded).to.contain('URL:' + link);
    expect(date).to.match(/^Ready on /);
    // Reopening the link elsewhere (another page, nothing stored) gives the same plan.
    localStorage.clear();
    history.replaceState(null, '', new URL(link).hash);
    const reopened = await guide({ instance: 'elsewhere' });
    expect(currentKey(reopened)).to.equal('outcome');
    expect(texts(reopened, '.bubble.citizen .answer')).to.deep.equal(texts(el, '.bubble.citizen .answer'));
  });

  it('re-renders the whole transcript in the other language mid-flow', async () => {
    const el = await guide({ procedure: 'driving-license-exchange' });
    await walk(el, DRIVING.slice(0, 2));
    const before = texts(el, '.bubble.citizen .answer');
    el.parentElement!.setAttribute('lang', 'vi');
    el.setAttribute('lang', 'vi');
    await waitUntil(() => texts(el, '.bubble.citizen .answer')[0] === 'Cơ quan Việt Nam', 'the transcript did not switch to Vietnamese');
    await settled(el);
    expect(texts(el, '.bubble.citizen .answer')).to.have.length(before.length);
    expect(currentKey(el)).to.equal('expired');
    expect(texts(el, '.current .progress')[0]).to.match(/^Câu 3 trong khoảng \d+ câu$/);
    await expect(el).to.be.accessible();
    await walk(el, DRIVING.slice(2));
    // The date the way Vietnamese papers write it, not Intl's "7 tháng 12, 2026".
    expect(texts(el, '.date .big')[0]).to.match(/^Dự kiến ngày \d{1,2} tháng \d{1,2} năm \d{4}$/);
  });
});

describe('onestop-guide: the opening and free text', () => {
  it('offers popular chips and answers a clear question with the procedure', async () => {
    const el = await guide({});
    expect(texts(el, '.chips button').length).to.be.greaterThan(2);
    await expect(el).to.be.accessible();
    const input = root(el).querySelector<HTMLInputElement>('#ask')!;
    input.focus();
    await sendKeys({ type: 'criminal record certificate' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelectorAll('.bubble.citizen').length === 1, 'no answer to the question');
    const choices = texts(el, '.bubble.guide .chips button');
    expect(choices[0]).to.match(/criminal record|judicial record/i);
  });

  it('asks which one when two procedures are close, and says so when nothing fits', async () => {
    const el = await guide({});
    const ask = async (q: string) => {
      const input = root(el).querySelector<HTMLInputElement>('#ask')!;
      input.focus();
      await sendKeys({ type: q });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => texts(el, '.bubble.citizen').at(-1) === q, `no answer to "${q}"`);
    };
    await ask('driving licence');
    expect(texts(el, '.bubble.guide .chips button').length).to.be.greaterThan(1);
    expect(texts(el, '.bubble.guide').at(-1)).to.contain('Which of these do you mean?');
    await ask('qwzx plorf');
    expect(texts(el, '.bubble.guide').at(-1)).to.contain('I could not find a procedure for “qwzx plorf”');
    expect(root(el).querySelector('.bubble.guide a[href^="tel:"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('waits for the other language on a whole-file publication: English asked on a Vietnamese page finds the procedure', async () => {
    const el = await guide({ lang: 'vi' });
    const input = root(el).querySelector<HTMLInputElement>('#ask')!;
    input.focus();
    await sendKeys({ type: 'unemployment benefit' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelectorAll('.bubble.citizen').length === 1, 'no answer to the question');
    // Named in the guide's language, though the question was English.
    expect(texts(el, '.bubble.guide .chips button')[0]).to.equal('Hưởng trợ cấp thất nghiệp');
  });
});

describe('onestop-guide: feedback and the launcher', () => {
  it('fires onestop-feedback, and says so clearly when the endpoint fails', async () => {
    const el = await reachPlan({ procedure: 'driving-license-exchange', feedbackEndpoint: '/no-such-feedback-endpoint' }, DRIVING);
    let detail: GuideFeedbackDetail | undefined;
    el.addEventListener('onestop-feedback', (e) => (detail = (e as CustomEvent<GuideFeedbackDetail>).detail));
    root(el).querySelector<HTMLButtonElement>('.feedback button')!.click();
    await waitUntil(() => texts(el, '.feedback [role=status]').length === 1, 'no feedback message');
    expect(detail).to.include({ helpful: true, locale: 'en' });
    expect(detail!.target).to.deep.equal({ kind: 'procedure', id: 'driving-license-exchange' });
    expect(texts(el, '.feedback [role=status]')[0]).to.match(/could not be sent \(HTTP 404\)/);
  });

  it('opens from a floating button and remembers that it was open', async () => {
    const el = await guide({ mode: 'launcher', procedure: 'driving-license-exchange' });
    const launcher = root(el).querySelector<HTMLButtonElement>('.launcher')!;
    expect(launcher.getAttribute('aria-expanded')).to.equal('false');
    expect(root(el).querySelector('.panel')).to.equal(null);
    launcher.click();
    await el.updateComplete;
    await settled(el);
    expect(root(el).querySelector('.panel')).to.exist;
    await expect(el).to.be.accessible();
    el.remove();
    const again = await guide({ mode: 'launcher', procedure: 'driving-license-exchange' });
    expect(root(again).querySelector('.launcher')!.getAttribute('aria-expanded')).to.equal('true');
  });
});

describe('onestop-guide: the launcher by keyboard', () => {
  it('Escape closes the open panel and puts focus back on the launcher button', async () => {
    const el = await guide({ mode: 'launcher', procedure: 'driving-license-exchange' });
    const launcher = () => root(el).querySelector<HTMLButtonElement>('.launcher')!;
    launcher().focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await settled(el);
    expect(launcher().getAttribute('aria-expanded')).to.equal('true');
    root(el).querySelector<HTMLElement>('.panel button, .panel input')!.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.activeElement === launcher(), 'focus did not return to the launcher');
    expect(root(el).querySelector('.panel')).to.equal(null);
    expect(launcher().getAttribute('aria-expanded')).to.equal('false');
  });
});

describe('onestop-guide: with the catalog widgets', () => {
  it('"Guide me" on a procedure page opens the guide, and both share the checklist ticks', async () => {
    await import('../src/define/onestop-procedure.js');
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en">
      <onestop-procedure src=${SRC} procedure="driving-license-exchange"></onestop-procedure>
      <onestop-guide src=${SRC} mode="launcher"></onestop-guide></div>`);
    const page = wrapper.querySelector('onestop-procedure')!;
    const el = wrapper.querySelector('onestop-guide')!;
    await waitUntil(() => page.shadowRoot?.querySelector('button.primary'), 'no "Guide me" button');
    page.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
    await waitUntil(() => el.open && root(el).querySelector('.current'), 'the guide did not open on the procedure');
    await settled(el);
    expect(currentKey(el)).to.equal('issued-in');
    await walk(el, DRIVING);
    const box = root(el).querySelector<HTMLInputElement>('.checklist input')!;
    box.click();
    await el.updateComplete;
    const stored = Object.entries(localStorage).find(([k]) => k.startsWith('onestop-checklist:') && k.endsWith(':driving-license-exchange'));
    expect(stored, 'the tick is stored under the procedure page’s key').to.exist;
    expect(JSON.parse(stored![1])[0]).to.match(/^[a-z0-9-]+\/[a-z0-9-]+$/);
  });

  it('loads only the journey’s files, never catalog.json (bytes printed for the docs)', async () => {
    const journeys: [GuideOptions, Answers][] = [[{ procedure: 'driving-license-exchange' }, DRIVING], [{ lifeEvent: 'having-a-baby', instance: 'baby' }, BABY]];
    for (const [o, answers] of journeys) {
      await freshPage();
      // The resource timing buffer holds 250 entries and drops later ones once full.
      performance.clearResourceTimings();
      await reachPlan(o, answers);
      const files = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((r) => r.name.includes('/__onestop/sample/'));
      const names = files.map((r) => new URL(r.name).pathname.replace('/__onestop/sample/', ''));
      expect(names.some((n) => n.includes('catalog.json') || n.includes('search.json'))).to.equal(false);
      expect(names.some((n) => n.includes('index.json'))).to.equal(false);
      const bytes = files.reduce((n, r) => n + r.encodedBodySize, 0);
      console.log(`guide bytes ${o.procedure ?? o.lifeEvent}: ${bytes} in ${names.length} files (${names.join(', ')})`);
      expect(bytes).to.be.greaterThan(0);
    }
  });
});
