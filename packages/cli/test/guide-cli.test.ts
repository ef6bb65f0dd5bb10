import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isWorkingDay } from '@onestop/core';
import { loadAnyCatalog } from '@onestop/core/node';
import { cli, cliProcess, SAMPLE } from './run-cli.js';

const DATE = ['--date', '2026-12-30T10:00', '--today', '2026-12-28'];

interface QuestionJson {
  status: 'question';
  question: { id: string; type: string; options?: { value: string | boolean; label: string }[]; min?: number; max?: number; latest?: string };
}

/** What a script answers to each question: the first option, the smallest number, a recent date. */
function firstAnswer(q: QuestionJson['question']): unknown {
  if (q.type === 'multiple') return [q.options![q.options!.length - 1]!.value];
  if (q.options) return q.options[0]!.value;
  if (q.type === 'number') return q.min ?? 0;
  return '2026-11-15';
}

describe('onestop guide --json, walked by a script', () => {
  it('reaches the plan for driving-license-exchange by repeated --answers', async () => {
    const answers: Record<string, unknown> = {};
    let out: { status: string; question?: QuestionJson['question']; outcome?: Record<string, unknown> } | undefined;
    for (let i = 0; i < 20; i++) {
      const r = await cli(['guide', 'catalog', 'driving-license-exchange', '--json', '--answers', JSON.stringify(answers), ...DATE]);
      expect(r.code, r.stderr).toBe(0);
      out = JSON.parse(r.stdout);
      expect(Object.keys(out!)).toEqual(['status', out!.status]);
      if (out!.status === 'outcome') break;
      const q = out!.question!;
      expect(q).toMatchObject({ id: expect.any(String), type: expect.any(String) });
      answers[q.id] = firstAnswer(q);
    }
    expect(out!.status).toBe('outcome');
    // The same last call through the real executable, as an editor runs it.
    const final = cliProcess(['guide', 'catalog', 'driving-license-exchange', '--json', '--answers', JSON.stringify(answers), ...DATE]);
    expect(final.code, final.stderr).toBe(0);
    const { outcome } = JSON.parse(final.stdout) as { outcome: { kind: string; documents: { id: string; name: string; quantity: number }[]; fees: { total: number; currency: string; items: unknown[] }; expectedDate: string; steps: unknown[]; channel: { id: string } } };
    expect(outcome.kind).toBe('plan');
    expect(outcome.documents.length).toBeGreaterThan(0);
    expect(outcome.documents[0]).toMatchObject({ id: expect.any(String), name: expect.any(String), quantity: 1 });
    expect(outcome.fees).toMatchObject({ total: expect.any(Number), currency: 'VND' });
    expect(outcome.fees.total).toBeGreaterThan(0);
    expect(outcome.expectedDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(isWorkingDay(loadAnyCatalog(SAMPLE).catalog.calendars, outcome.expectedDate)).toBe(true);
    expect(outcome.steps.length).toBeGreaterThan(0);
    expect(outcome.channel.id).toBe(answers.channel);
    // Up to 21 full catalog loads in a row: more than the default 30 s on a machine shared by many jobs.
  }, 120_000);

  it('prints the question with its options and labels in the chosen language', async () => {
    const r = await cli(['guide', 'catalog', 'driving-license-exchange', '--json', '--locale', 'en', ...DATE]);
    expect(JSON.parse(r.stdout)).toEqual({
      status: 'question',
      question: {
        id: 'issued-in',
        type: 'single',
        procedure: 'driving-license-exchange',
        prompt: 'Who issued your driving licence?',
        help: 'A Vietnamese licence says SOCIALIST REPUBLIC OF VIETNAM on the front.',
        options: [{ value: 'vietnam', label: 'A Vietnamese authority' }, { value: 'abroad', label: 'A foreign authority' }],
      },
    });
  });

  it('a bad answer exits 1 with the validation message', async () => {
    const r = await cli(['guide', 'catalog', 'driving-license-exchange', '--answers', '{"issued-in":"mars"}']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('onestop guide: issued-in: "mars" is not an option of "issued-in" (choose one of: vietnam, abroad)');
    const json = await cli(['guide', 'catalog', 'driving-license-exchange', '--json', '--answers', '{"issued-in":"vietnam","licence-class":"car","expired":"maybe"}']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toEqual({ status: 'error', error: { code: 'wrong-type', question: 'expired', message: 'the answer to "expired" should be yes or no, not "maybe"', hint: 'answer with true (yes) or false (no)' } });
  });

  it('an unknown id exits 1 and suggests one', async () => {
    const r = await cli(['guide', 'catalog', 'driving-licence-exchange']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('there is no procedure or life event "driving-licence-exchange"');
  });

  it('wrong usage exits 2 with the usage line', async () => {
    const notJson = await cli(['guide', 'catalog', 'judicial-record-card', '--answers', '{card: 1}']);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toContain('--answers is not JSON');
    const badDate = await cli(['guide', 'catalog', 'judicial-record-card', '--date', '30/12/2026']);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain('--date: "30/12/2026" is not a date and time');
    expect((await cli(['guide', 'catalog'])).stderr).toContain('Usage: onestop guide');
  });

  it('without --json prints a readable plan', async () => {
    const r = await cli(['guide', 'catalog', 'judicial-record-card', '--locale', 'vi', ...DATE, '--answers', JSON.stringify({ card: 'card-1', applicant: 'self', nationality: 'vietnamese', provinces: false, groups: ['student'], copies: 3, channel: 'in-person' })]);
    expect(r.code).toBe(0);
    for (const text of ['Kế hoạch của bạn', 'Giấy tờ cần mang:', '1. Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp', 'Tổng cộng: 105.000\u00a0₫', 'Ngày dự kiến có kết quả: 2027-01-14', 'Căn cứ pháp lý:', 'Cần hỗ trợ:', '1022']) {
      expect(r.stdout).toContain(text);
    }
  });

  it('says what to do when the procedure is not for this citizen', async () => {
    const r = await cli(['guide', 'catalog', 'judicial-record-card', '--locale', 'en', '--answers', '{"card":"card-2","applicant":"authorised"}']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('You cannot use this procedure');
    expect(r.stdout).toContain('Instead:');
  });

  it('walks a life event with prefixed question ids', async () => {
    const r = await cli(['guide', 'catalog', 'having-a-baby', '--json']);
    expect(JSON.parse(r.stdout).question.id).toBe('birth-registration.born-in');
  });
});

describe('onestop graph', () => {
  it('prints a Mermaid flowchart', async () => {
    const r = await cli(['graph', 'catalog', 'judicial-record-card', '--locale', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('flowchart TD');
    expect(r.stdout).toContain('p0_q_card{"Which certificate do you need?"}');
  });

  it('an unknown id exits 1', async () => {
    expect((await cli(['graph', 'catalog', 'nope'])).code).toBe(1);
  });
});

describe('onestop validate lints flows', () => {
  let dir: string;
  beforeAll(() => {
    dir = join(mkdtempSync(join(tmpdir(), 'onestop-guide-')), 'catalog');
    cpSync(SAMPLE, dir, { recursive: true });
    const file = join(dir, 'guides', 'judicial-record-card.yaml');
    const flow = readFileSync(file, 'utf8')
      .replace('    next: nationality\n', '    next: nationalty\n')
      .replace('          - discountFee: standard\n', '          - discountFee: standart\n');
    writeFileSync(file, flow);
  });
  afterAll(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

  it('reports each problem at file:line:column and exits 1', async () => {
    const r = await cli(['validate', dir]);
    expect(r.code).toBe(1);
    const lines = r.stderr.split('\n').filter((l) => l.includes('guides/judicial-record-card.yaml'));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/guides\/judicial-record-card\.yaml:\d+:\d+ {2}questions\[1\]\.next {2}there is no question "nationalty" {2}\(use one of: card, applicant, nationality, provinces, groups, copies, channel, plan\)$/);
    expect(lines[1]).toMatch(/guides\/judicial-record-card\.yaml:\d+:\d+ {2}questions\[4\]\.options\[0\]\.effects\[0\]\.discountFee {2}the procedure has no fee "standart"/);
  });
});
