/**
 * Table-driven tests for a sample flow: each row is a citizen's answers and what they should see.
 * A coverage test checks that the rows take every route of the flow, choose every option and
 * fire every rule, so a new branch cannot go untested.
 */
import { describe, expect, it } from 'vitest';
import {
  enumeratePaths, planView, endingView, routeSignature, type AnswerValue, type Catalog, type GuideFlow, type GuideOutcome,
} from '../../src/index.js';
import { answerAll, current, startGuide } from '../../src/guide/index.js';
import { sampleCatalog } from '../helpers.js';

export const TODAY = '2026-12-28';
export const SUBMITTED = '2026-12-30T10:00';

export interface Expect {
  kind: GuideOutcome['kind'];
  /** Document ids in checklist order. */
  documents?: string[];
  total?: number;
  /** Fee ids with what is paid for each. */
  fees?: [string, number][];
  mayApply?: string[];
  channel?: string;
  /** Working days (or the unit's count) the procedure takes on this path. */
  days?: number;
  expectedDate?: string;
  /** Text the citizen reads in the notes, tips, reason or "instead" (English). */
  says?: (string | RegExp)[];
  routeTo?: string;
}

export interface Row {
  name: string;
  answers: Record<string, AnswerValue>;
  expect: Expect;
}

export function flowTable(procedureId: string, rows: Row[]): void {
  const catalog: Catalog = sampleCatalog();
  const run = (answers: Record<string, AnswerValue>) => {
    const r = answerAll(startGuide(catalog, procedureId, { today: TODAY, submittedAt: SUBMITTED }), answers);
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return current(r.value);
  };

  describe(`${procedureId}: what the citizen is told`, () => {
    it.each(rows)('$name', ({ answers, expect: want }) => {
      const step = run(answers);
      expect(step.status, step.status === 'question' ? `stopped at question ${step.question.key}` : '').toBe('outcome');
      if (step.status !== 'outcome') return;
      const o = step.outcome;
      expect(o.kind).toBe(want.kind);
      const text: string[] = [];
      if (o.kind === 'plan') {
        const view = planView(o, { locale: 'en', text: 'plain' });
        if (want.documents) expect(view.documents.map((d) => d.id)).toEqual(want.documents);
        if (want.total !== undefined) expect(view.fees.total).toBe(want.total);
        if (want.fees) expect(view.fees.items.map((f) => [f.id, f.total])).toEqual(want.fees);
        if (want.mayApply) expect(view.fees.mayApply.map((f) => f.id)).toEqual(want.mayApply);
        if (want.channel) expect(view.channel.id).toBe(want.channel);
        if (want.days !== undefined) expect(view.procedures[0]!.processingTime.value).toBe(want.days);
        if (want.expectedDate) expect(view.expectedDate).toBe(want.expectedDate);
        text.push(
          ...view.notes.map(String), ...view.tips.map(String), ...view.documents.map((d) => String(d.why ?? '')),
          ...view.fees.items.map((f) => String(f.why ?? '')), ...view.procedures.map((p) => String(p.processingTime.why ?? '')),
        );
        // Every plan is complete: a total and a date that is counted.
        expect(view.fees.total).toBeGreaterThanOrEqual(0);
        expect(view.expectedDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      } else {
        const view = endingView(o, { locale: 'en', text: 'plain' });
        if (want.routeTo) expect(view.routeTo?.id).toBe(want.routeTo);
        text.push(String(view.reason ?? ''), String(view.instead ?? ''));
        expect(view.reason).toBeTruthy();
      }
      for (const s of want.says ?? []) expect(text.join('\n')).toMatch(s);
    });

    it('the rows take every route, choose every option and fire every rule', () => {
      const flow = catalog.procedures.find((p) => p.id === procedureId)!.guide as GuideFlow;
      const routes = new Set(enumeratePaths(flow, { today: TODAY, submission: SUBMITTED.slice(0, 10) }).paths.map((p) => p.route));
      const covered = new Set<string>();
      const options = new Set<string>();
      const rules = new Set<string>();
      for (const row of rows) {
        const step = run(row.answers);
        if (step.status !== 'outcome') continue;
        const o = step.outcome;
        const asked = step.answered.map((a) => a.key);
        covered.add(o.kind === 'plan' ? routeSignature(asked, 'plan') : routeSignature(asked, o.kind, o.at));
        for (const a of step.answered) for (const v of Array.isArray(a.value) ? a.value : [a.value]) options.add(`${a.key}=${String(v)}`);
        for (const t of o.trace) if (t.startsWith('rules[')) rules.add(t);
      }
      expect([...routes].filter((r) => !covered.has(r)), 'routes without a row').toEqual([]);
      const allOptions = flow.questions.flatMap((q) =>
        q.type === 'yes-no' ? [`${q.id}=true`, `${q.id}=false`] : (q.options ?? []).map((o) => `${q.id}=${o.value}`),
      );
      expect(allOptions.filter((o) => !options.has(o)), 'options never chosen').toEqual([]);
      expect((flow.rules ?? []).map((_, i) => `rules[${i}]`).filter((r) => !rules.has(r)), 'rules never applied').toEqual([]);
    });
  });
}
