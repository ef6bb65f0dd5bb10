import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatProblem, type CatalogProblem } from '../../src/index.js';
import { FILES, fixtureProblems, PERMIT_GUIDE } from './fixture.js';

/** Problems of the fixture with the permit guide edited. */
const lint = (find: string | RegExp, replace: string) => {
  const guide = PERMIT_GUIDE.replace(find, replace);
  if (guide === PERMIT_GUIDE) throw new Error(`edit did not apply: ${String(find)}`);
  return fixtureProblems({ 'guides/permit.yaml': guide });
};
const lineOf = (text: string) => PERMIT_GUIDE.split('\n').findIndex((l) => l.includes(text)) + 1;
const only = (problems: CatalogProblem[], code: string) => {
  const found = problems.filter((p) => p.code === code);
  expect(found, `expected "${code}", got: ${problems.map(formatProblem).join(' | ')}`).toHaveLength(1);
  return found[0]!;
};

describe('onestop validate lints flows at file:line:column', () => {
  it('a valid flow has no problems', () => {
    expect(fixtureProblems()).toEqual([]);
  });

  it('a goto to no question', () => {
    const p = only(lint('    next: channel\n', '    next: chanel\n'), 'unknown-question');
    expect(formatProblem(p)).toBe(`guides/permit.yaml:${lineOf('next: channel')}:11  questions[4].next  there is no question "chanel"  (use one of: origin, expiry, reason, groups, copies, channel, plan)`);
  });

  it('a question no path reaches', () => {
    const p = only(lint('        goto: reason\n', '        goto: groups\n'), 'unreachable-question');
    expect(p).toMatchObject({ severity: 'warning', file: 'guides/permit.yaml', line: lineOf('- id: reason') , path: 'questions[2].id', message: 'no path leads to the question "reason"' });
  });

  it('a loop back to an earlier question', () => {
    const p = only(lint('    next: channel\n', '    next: origin\n'), 'cycle');
    expect(p.message).toBe('the questions origin → expiry → reason → groups → copies → origin form a loop');
    expect(p.line).toBe(lineOf('next: channel'));
  });

  it('a path that ends without an outcome', () => {
    const p = only(lint('      - goto: groups\n', '      - when: { answer: expiry, monthsBefore: submission, lessThan: 1 }\n        goto: groups\n'), 'no-outcome');
    expect(p.severity).toBe('error');
    expect(p.path).toBe('questions[1].next');
    expect(p.message).toMatch(/^with the answers origin = "here", expiry = "\d{4}-\d{2}-\d{2}", none of the branches applies, so this path has no outcome$/);
  });

  it('a condition on an unknown question', () => {
    const p = only(lint('      - when: { answer: expiry, monthsBefore', '      - when: { answer: expires, monthsBefore'), 'unknown-question');
    expect(p).toMatchObject({ path: 'questions[1].next[0].when.answer', line: lineOf('- when: { answer: expiry, monthsBefore') });
  });

  it('a condition on an unknown option, and yes/no compared with text', () => {
    expect(only(lint('        - { answer: reason, equals: false }', '        - { answer: reason, equals: "no" }'), 'wrong-type').message).toBe('a yes/no question is compared with true or false, not "no"');
    const guide = PERMIT_GUIDE.replace('rules:\n', 'rules:\n  - when: { answer: origin, equals: elsewhere }\n    effects: [{ tip: { vi: Mẹo, en: Tip } }]\n');
    expect(only(fixtureProblems({ 'guides/permit.yaml': guide }), 'unknown-option').message).toBe('"elsewhere" is not an option of "origin"');
  });

  it('a comparison that does not fit the question type', () => {
    const p = only(lint('{ answer: expiry, monthsBefore: submission, greaterThan: 3 }\n        goto', '{ answer: origin, greaterThan: 3 }\n        goto'), 'wrong-operator');
    expect(p.message).toBe('"greaterThan" compares numbers, but "origin" is single');
  });

  it('branching on a question asked later', () => {
    const p = only(lint('      - when: { answer: expiry, monthsBefore: submission, greaterThan: 3 }\n        goto: reason', '      - when: { answer: copies, atLeast: 3 }\n        goto: reason'), 'not-yet-answered');
    expect(p.severity).toBe('warning');
  });

  it.each([
    ['a document', '          - require: merit\n', '          - require: merits\n', 'unknown-document', 'the procedure has no document or document group "merits"'],
    ['a fee', '          - discountFee: standard\n', '          - discountFee: standart\n', 'unknown-fee', 'the procedure has no fee "standart"'],
    ['a channel', '        effects: [{ channel: in-person }]', '        effects: [{ channel: counter }]', 'unknown-channel', 'the procedure has no channel "counter"'],
    ['a procedure to route to', '          - route: other-permit\n', '          - route: other-permits\n', 'unknown-procedure', 'there is no procedure "other-permits"'],
    ['its own procedure', '          - route: other-permit\n', '          - route: permit\n', 'self-route', 'a flow cannot route to its own procedure'],
  ])('an effect on an unknown %s', (_what, find, replace, code, message) => {
    const p = only(lint(find, replace), code);
    expect(p).toMatchObject({ severity: 'error', file: 'guides/permit.yaml', message });
    expect(p.line).toBe(lineOf(find.trim().split('\n')[0]!));
  });

  it('an effect that does two things', () => {
    const p = only(lint('          - require: merit\n', '          - require: merit\n            tip: { vi: Mang bản gốc., en: Bring the original. }\n'), 'effect-actions');
    expect(p.message).toBe('one effect does require and tip');
  });

  it('missing translations, like every other text of the catalog', () => {
    const problems = lint('    prompt: { vi: Bạn cần mấy bản?, en: How many copies do you need? }', '    prompt: { vi: Bạn cần mấy bản? }');
    const p = only(problems, 'missing-translation');
    expect(formatProblem(p)).toBe(`guides/permit.yaml:${lineOf('Bạn cần mấy bản?')}:13  questions[4].prompt  warning: no en text  (add "en: …" next to the other languages)`);
  });

  it('schema errors: a misspelt field, a wrong question type', () => {
    expect(only(lint('    integer: true', '    integr: true'), 'unknown-field')).toMatchObject({ message: 'unknown field "integr"', hint: 'did you mean "integer"?' });
    expect(only(lint('    type: yes-no', '    type: boolean'), 'not-allowed-value').hint).toBe('use one of: single, multiple, yes-no, number, date');
  });

  it('a guide file for a procedure that does not exist', () => {
    const p = only(fixtureProblems({ 'guides/permitt.yaml': PERMIT_GUIDE }), 'unknown-procedure');
    expect(p.file).toBe('guides/permitt.yaml');
  });
});

describe('the example in docs/guide.md', () => {
  it('is a valid flow', () => {
    const docs = readFileSync(fileURLToPath(new URL('../../../../docs/guide.md', import.meta.url)), 'utf8');
    const example = /```yaml\n(# catalog\/guides\/permit-exchange\.yaml[\s\S]*?)```/.exec(docs)![1]!;
    const problems = fixtureProblems({
      'procedures/permit-exchange.yaml': FILES['procedures/permit.yaml']!.replace('id: permit\n', 'id: permit-exchange\n').replace('- id: form\n', '- id: application-form\n'),
      'procedures/foreign-permit-exchange.yaml': FILES['procedures/other-permit.yaml']!.replace('id: other-permit\n', 'id: foreign-permit-exchange\n'),
      'guides/permit-exchange.yaml': example,
    });
    expect(problems.map(formatProblem)).toEqual([]);
  });
});
