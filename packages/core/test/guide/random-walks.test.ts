/**
 * Property test: whatever valid answers a citizen gives, in whatever order they go back and change
 * them, every procedure and life event of the sample catalog reaches an outcome, and the link to
 * it reopens at the same place. Seeded, so a failure can be replayed.
 */
import { describe, expect, it } from 'vitest';
import {
  addDays, isIsoDate, type AnswerValue, type AskedQuestion, type GuideState,
} from '../../src/index.js';
import { answer, back, current, deserialize, edit, serialize, startGuide } from '../../src/guide/index.js';
import { sampleCatalog } from '../helpers.js';
import { seededRandom } from '../../src/build/generate.js';

const TODAY = '2026-12-28';

const random = seededRandom;

function validAnswer(q: AskedQuestion, rnd: () => number): AnswerValue {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  switch (q.type) {
    case 'single':
    case 'yes-no':
      return pick(q.choices!).value;
    case 'multiple': {
      const exclusive = q.choices!.filter((c) => c.exclusive);
      if (exclusive.length && rnd() < 0.3) return [String(pick(exclusive).value)];
      const plain = q.choices!.filter((c) => !c.exclusive).map((c) => String(c.value));
      const chosen = plain.filter(() => rnd() < 0.5);
      return chosen.length ? chosen : [pick(plain)];
    }
    case 'number': {
      const min = q.min ?? 0;
      const max = q.max ?? min + 100;
      const n = min + rnd() * (max - min);
      return q.integer ? Math.round(n) : Math.round(n * 10) / 10;
    }
    case 'date': {
      const earliest = q.earliest ?? '2000-01-01';
      const latest = q.latest ?? addDays(TODAY, 700);
      const span = Math.round((Date.parse(latest) - Date.parse(earliest)) / 86_400_000);
      return addDays(earliest, Math.floor(rnd() * (span + 1)));
    }
  }
}

function invalidAnswer(q: AskedQuestion, rnd: () => number): unknown {
  const bad: Record<AskedQuestion['type'], unknown[]> = {
    single: ['not-an-option', 3, null, ['x']],
    'yes-no': ['yes', 1, null],
    multiple: [[], ['not-an-option'], 'x'],
    number: ['12', Number.NaN, (q.max ?? 1e9) + 1, (q.min ?? -1e9) - 1],
    date: ['2026-02-30', '30/12/2026', 20261230],
  };
  const list = bad[q.type];
  return list[Math.floor(rnd() * list.length)];
}

describe('random walks through every sample procedure and life event', () => {
  const catalog = sampleCatalog();
  const targets = [...catalog.procedures.map((p) => p.id), ...catalog.lifeEvents.map((e) => e.id)];

  it.each(targets)('%s always reaches an outcome', (target) => {
    for (let walk = 0; walk < 25; walk++) {
      const rnd = random(walk * 7919 + target.length);
      let state: GuideState = startGuide(catalog, target, { today: TODAY, submittedAt: '2026-12-30T10:00' });
      let steps = 0;
      for (;;) {
        const step = current(state);
        if (step.status === 'outcome') {
          const o = step.outcome;
          if (o.kind === 'plan') {
            expect(o.fees.total).toBeGreaterThanOrEqual(0);
            expect(o.expectedDate === undefined || isIsoDate(o.expectedDate)).toBe(true);
          } else {
            expect(o.reason ?? o.routeTo).toBeDefined();
          }
          // The link reopens at the very same outcome.
          const restored = deserialize(catalog, serialize(state), { today: TODAY });
          expect(restored.ok && current(restored.value.state)).toEqual(step);
          break;
        }
        steps++;
        expect(steps, `walk ${walk} of ${target} did not end`).toBeLessThan(300);
        const roll = rnd();
        // Early on, wander: bad answers are refused, back and edit move around.
        if (steps < 40 && roll < 0.1) {
          const refused = answer(state, step.question.key, invalidAnswer(step.question, rnd));
          expect(refused.ok).toBe(false);
        } else if (steps < 40 && roll < 0.2) {
          state = back(state);
        } else if (steps < 40 && roll < 0.25 && step.answered.length) {
          const target = step.answered[Math.floor(rnd() * step.answered.length)]!;
          const r = edit(state, target.key);
          expect(r.ok).toBe(true);
          if (r.ok) state = r.value;
        } else {
          const r = answer(state, step.question.key, validAnswer(step.question, rnd));
          expect(r.ok, r.ok ? '' : `${r.error.code}: ${r.error.message}`).toBe(true);
          if (r.ok) state = r.value;
        }
      }
    }
  });
});
