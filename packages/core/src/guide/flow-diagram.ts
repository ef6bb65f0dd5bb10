/**
 * A journey as a Mermaid flowchart, so editors see every branch: each question, each option or
 * branch with its condition, and every end — the plan, a route, not eligible, not needed.
 */
import { pick } from '../catalog/localize.js';
import { richTextToPlain } from '../richtext/rich-text.js';
import type { Condition, Effect, Question } from '../catalog/guide-flow.js';
import { PLAN } from '../catalog/guide-flow.js';
import { conditionQuestions } from './conditions.js';
import type { Journey } from './journey.js';

export interface DiagramOptions {
  locale: string;
  fallback?: string;
}

export function flowDiagram(journey: Journey, options: DiagramOptions): string {
  const lines = ['flowchart TD'];
  const s = (v: Record<string, string> | undefined) => (v ? (pick(v, options.locale, options.fallback) ?? '') : '');
  const label = (text: string) => {
    const flat = text.replace(/\s+/g, ' ').trim();
    // Long labels make unreadable boxes; the full text is in the flow file.
    const short = flat.length > 160 ? `${flat.slice(0, 159)}…` : flat;
    return `"${short.replace(/"/g, '#quot;')}"`;
  };
  const node = (prefix: string, id: string) => `${prefix}${id}`.replace(/[^A-Za-z0-9_]/g, '_');
  let endings = 0;
  lines.push(`  start(["${journey.parts.length > 1 ? 'Start: ' : ''}${s(journey.name).replace(/"/g, '#quot;')}"])`);
  let entry = 'start';
  journey.parts.forEach((part, pi) => {
    const prefix = `p${pi}_`;
    const plan = `${prefix}plan`;
    const multi = journey.parts.length > 1;
    if (multi) lines.push(`  subgraph ${prefix}box[${label(s(part.procedure.name))}]`);
    const questions = part.flow.questions;
    const target = (id: string) => (id === PLAN ? plan : node(prefix, `q_${id}`));
    const ending = (e: Effect): string | undefined => {
      let text: string | undefined;
      if (e.route !== undefined) text = `→ ${e.route}`;
      else if (e.notEligible) text = `✗ ${richTextToPlain(pick(e.notEligible.reason, options.locale, options.fallback))}`;
      else if (e.notNeeded) text = `○ ${richTextToPlain(pick(e.notNeeded.reason, options.locale, options.fallback))}`;
      if (text === undefined) return undefined;
      const id = `${prefix}end${++endings}`;
      lines.push(`  ${id}[[${label(text)}]]`);
      return id;
    };
    for (const q of questions) lines.push(`  ${target(q.id)}{${label(richTextToPlain(pick(q.prompt, options.locale, options.fallback)))}}`);
    lines.push(`  ${plan}([${label(multi ? `✓ ${s(part.procedure.name)}` : '✓ Plan')}])`);
    const first = part.flow.start ?? questions[0]?.id ?? PLAN;
    lines.push(`  ${entry} --> ${target(first)}`);
    for (const q of questions) {
      const edges = new Map<string, string[]>();
      const edge = (to: string, text: string) => edges.set(to, [...(edges.get(to) ?? []), text]);
      const questionEnd = (q.effects ?? []).map(ending).find((x) => x !== undefined);
      if (questionEnd) {
        edge(questionEnd, '');
      } else if (Array.isArray(q.next)) {
        for (const [option, end] of optionEndings(q, ending)) edge(end, optionLabel(q, option, s));
        for (const b of q.next) edge(target(b.goto), b.when ? conditionText(b.when, questions, s) : 'otherwise');
      } else {
        const to = target(q.next ?? PLAN);
        const endsByOption = optionEndings(q, ending);
        const ended = new Set<string | boolean>(endsByOption.map(([o]) => o));
        for (const [option, end] of endsByOption) edge(end, optionLabel(q, option, s));
        const rest = choiceValues(q).filter((v) => !ended.has(v));
        if (rest.length) for (const v of rest) edge(to, optionLabel(q, v, s));
        else if (!endsByOption.length) edge(to, '');
      }
      for (const [to, texts] of edges) {
        const text = texts.filter(Boolean).join(' / ');
        lines.push(`  ${target(q.id)} -->${text ? `|${label(text)}|` : ''} ${to}`);
      }
    }
    (part.flow.rules ?? []).forEach((rule) => {
      const end = rule.effects.map(ending).find((x) => x !== undefined);
      if (!end) return;
      const read = conditionQuestions(rule.when);
      const last = questions.filter((q) => read.includes(q.id)).at(-1);
      lines.push(`  ${last ? target(last.id) : entry} -->|${label(rule.when ? conditionText(rule.when, questions, s) : 'always')}| ${end}`);
    });
    if (multi) lines.push('  end');
    entry = plan;
  });
  return lines.join('\n') + '\n';
}

function choiceValues(q: Question): (string | boolean)[] {
  if (q.type === 'yes-no') return [true, false];
  if (q.type === 'single' || q.type === 'multiple') return (q.options ?? []).map((o) => o.value);
  return [];
}

function optionEndings(q: Question, ending: (e: Effect) => string | undefined): [string, string][] {
  const out: [string, string][] = [];
  for (const o of q.options ?? []) {
    const end = (o.effects ?? []).map(ending).find((x) => x !== undefined);
    if (end) out.push([o.value, end]);
  }
  return out;
}

function optionLabel(q: Question, value: string | boolean, s: (v: Record<string, string> | undefined) => string): string {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return s(q.options?.find((o) => o.value === value)?.label) || value;
}

/** `issued-in = Abroad`, `expiry-date more than 12 months before submission`, `not (…)`. */
export function conditionText(c: Condition, questions: readonly Question[], s: (v: Record<string, string> | undefined) => string): string {
  const parts: string[] = [];
  if (c.all) parts.push(c.all.map((x) => conditionText(x, questions, s)).join(' and '));
  if (c.any) parts.push(`(${c.any.map((x) => conditionText(x, questions, s)).join(' or ')})`);
  if (c.not) parts.push(`not (${conditionText(c.not, questions, s)})`);
  if (c.answer !== undefined) {
    const q = questions.find((x) => x.id === c.answer);
    const value = (v: unknown) => (typeof v === 'string' && q ? optionLabel(q, v, s) : typeof v === 'boolean' ? (v ? 'yes' : 'no') : String(v));
    const elapsed = c.daysBefore !== undefined ? ['days', c.daysBefore] : c.monthsBefore !== undefined ? ['months', c.monthsBefore] : c.yearsBefore !== undefined ? ['years', c.yearsBefore] : undefined;
    const unit = elapsed ? ` ${elapsed[0]} before ${elapsed[1]}` : '';
    const ops: [keyof Condition, string][] = [['greaterThan', 'more than'], ['atLeast', 'at least'], ['lessThan', 'less than'], ['atMost', 'at most']];
    if (c.equals !== undefined) parts.push(`${c.answer} = ${elapsed ? `${String(c.equals)}${unit}` : value(c.equals)}`);
    if (c.in) parts.push(`${c.answer} in ${c.in.map(value).join(', ')}`);
    if (c.includes !== undefined) parts.push(`${c.answer} includes ${value(c.includes)}`);
    for (const [op, words] of ops) if (c[op] !== undefined) parts.push(`${c.answer} ${words} ${String(c[op])}${unit}`);
    if (c.before !== undefined) parts.push(`${c.answer} before ${c.before}`);
    if (c.after !== undefined) parts.push(`${c.answer} after ${c.after}`);
  }
  return parts.join(' and ');
}
