import { describe, expect, it } from 'vitest';
import { type GuideState } from '../../src/index.js';
import { answerAll, current, deserialize, edit, serialize, startGuide } from '../../src/guide/index.js';
import { fingerprint } from '../../src/guide/fingerprint.js';
import { FILES, fixtureCatalog, TODAY } from './fixture.js';

const catalog = fixtureCatalog();
const start = (target = 'permit') => startGuide(catalog, target, { today: TODAY, submittedAt: '2026-12-30T10:00' });
const given = (answers: Record<string, unknown>, target = 'permit'): GuideState => {
  const r = answerAll(start(target), answers);
  if (!r.ok) throw r.error;
  return r.value;
};
const RECENT = { origin: 'here', expiry: '2027-06-01', groups: ['student', 'merit'], copies: 3, channel: 'online' };

describe('a guide in a link', () => {
  it('is short and URL-safe, and reopens at the same step', () => {
    const state = given(RECENT);
    const link = serialize(state);
    expect(link).toMatch(/^g1\.[A-Za-z0-9_-]+\.[0-9a-z]{6}$/);
    expect(link.length).toBeLessThan(300);
    expect(encodeURIComponent(link)).toBe(link);
    const r = deserialize(catalog, link, { today: TODAY });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.changed).toBeUndefined();
    expect(r.value.dropped).toEqual([]);
    expect(current(r.value.state)).toEqual(current(state));
  });

  it('keeps a half-answered guide, a life-event journey and an edit in progress', () => {
    for (const state of [given({ origin: 'here' }), given({ 'permit.origin': 'abroad', 'other-permit.applicant': 'individual' }, 'big-day')]) {
      const r = deserialize(catalog, serialize(state), { today: TODAY });
      expect(r.ok && current(r.value.state)).toEqual(current(state));
    }
    const editing = edit(given(RECENT), 'groups');
    if (!editing.ok) throw editing.error;
    const r = deserialize(catalog, serialize(editing.value), { today: TODAY });
    expect(r.ok && current(r.value.state)).toEqual(current(editing.value));
  });

  it('carries only the answers on the path', () => {
    const changed = answerAll(given({ origin: 'here', expiry: '2026-01-01', reason: true }), {});
    if (!changed.ok) throw changed.error;
    const state = { ...changed.value, answers: { ...changed.value.answers, expiry: '2027-06-01' } };
    const r = deserialize(catalog, serialize(state), { today: TODAY });
    expect(r.ok && Object.keys(r.value.state.answers)).toEqual(['origin', 'expiry']);
  });

  it('says when the procedure changed since the link was made', () => {
    const link = serialize(given(RECENT));
    const edited = fixtureCatalog({ 'procedures/permit.yaml': FILES['procedures/permit.yaml']!.replace('amount: 200000', 'amount: 250000') });
    const r = deserialize(edited, link, { today: TODAY });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.changed).toEqual({ from: expect.any(String), to: expect.any(String) });
    expect(r.value.changed!.from).not.toBe(r.value.changed!.to);
    const step = current(r.value.state);
    expect(step.status === 'outcome' && step.outcome.kind === 'plan' && step.outcome.fees.items[0]!.amount).toBe(250000);
  });

  it('drops answers that no longer fit after an option was removed', () => {
    const link = serialize(given(RECENT));
    const guide = FILES['guides/permit.yaml']!.replace(/      - value: merit\n[\s\S]*?(?=      - value: none)/, '');
    const edited = fixtureCatalog({ 'guides/permit.yaml': guide });
    const r = deserialize(edited, link, { today: TODAY });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.changed).toBeDefined();
    expect(r.value.dropped).toEqual(['groups', 'copies', 'channel']);
    const step = current(r.value.state);
    expect(step.status === 'question' && step.question.key).toBe('groups');
  });

  it.each([
    ['an empty string', ''],
    ['plain text', 'hello world'],
    ['another kind of link', 'https://example.com/?g=1'],
    ['a cut-off link', 'CUT'],
    ['a changed character', 'FLIP'],
    ['a missing check', 'NOCHECK'],
    ['a valid check over garbage', 'GARBAGE'],
    ['a huge string', 'x'.repeat(100_000)],
  ])('rejects %s with a clear error, never a crash', (_what, input) => {
    const link = serialize(given(RECENT));
    const body = link.split('.')[1]!;
    const text =
      input === 'CUT' ? link.slice(0, link.length - 9) :
      input === 'FLIP' ? link.replace(body, body.slice(0, 10) + (body[10] === 'A' ? 'B' : 'A') + body.slice(11)) :
      input === 'NOCHECK' ? `g1.${body}` :
      input === 'GARBAGE' ? garbageWithValidCheck() :
      input;
    const r = deserialize(catalog, text, { today: TODAY });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('malformed-link');
    expect(r.error.message).toMatch(/^this guide link is damaged/);
    expect(r.error.hint).toBe('copy the whole link again, or start the guide again');
  });

  it('rejects a link of another catalog', () => {
    const other = fixtureCatalog({ 'catalog.yaml': FILES['catalog.yaml']!.replace('id: test-catalog', 'id: another-catalog') });
    const r = deserialize(catalog, serialize(startGuide(other, 'permit', { today: TODAY })), { today: TODAY });
    expect(!r.ok && r.error).toMatchObject({ code: 'foreign-link', message: 'this guide link belongs to another catalog ("another-catalog")' });
  });

  it('rejects a link to a procedure the catalog no longer has', () => {
    const link = serialize(start('stamp'));
    const smaller = fixtureCatalog({ 'procedures/stamp.yaml': null, 'life-events/big-day.yaml': FILES['life-events/big-day.yaml']!.replace(', stamp]', ']') });
    const r = deserialize(smaller, link, { today: TODAY });
    expect(!r.ok && r.error.code).toBe('unknown-target');
  });
});

/** A well-formed link with a matching check whose content is not a guide (a foreign tool's string). */
function garbageWithValidCheck(): string {
  const body = btoa(JSON.stringify({ c: 'test-catalog', v: 1, t: 42, a: 'x' })).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return `g1.${body}.${fingerprint(body).slice(0, 6)}`;
}
