/** The conversation: the transcript of answered questions and the question being asked. */
import { html, nothing, type TemplateResult } from 'lit';
import { answerLabel, richTextToPlain, type AnswerValue, type AskedQuestion, type GivenAnswer, type GuideError, type GuideProgress, type Localized, type RichText } from '@onestop/core';
import { fill, type GuideTexts } from '../../locales/guide/index.js';

export interface ConversationContext {
  t: GuideTexts;
  locale: string;
  fallback: string;
  /** Procedure names by id, for "same answer as for …" and the journey's sections. */
  procedureName(id: string): string;
  answerError: GuideError | undefined;
  progress: GuideProgress | undefined;
  previous: AnswerValue | undefined;
  onAnswer(key: string, value: unknown): void;
  onEdit(key: string): void;
}

export const text = (v: Localized<string> | undefined, c: { locale: string; fallback: string }): string => (v ? v[c.locale] ?? v[c.fallback] ?? Object.values(v)[0] ?? '' : '');
export const rich = (v: Localized<RichText> | undefined, c: { locale: string; fallback: string }): RichText | undefined => (v ? v[c.locale] ?? v[c.fallback] ?? Object.values(v)[0] : undefined);

/** A date answer or bound in the citizen's language, e.g. "1 tháng 12 năm 2026", "1 December 2026". */
export function formatDate(iso: string, locale: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  // Intl writes "1 tháng 12, 2026"; papers and officials write the year with "năm".
  if (locale === 'vi') return `${d.getUTCDate()} tháng ${d.getUTCMonth() + 1} năm ${d.getUTCFullYear()}`;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
}

export function answerText(q: AskedQuestion, value: AnswerValue, c: ConversationContext): string {
  if (q.type === 'date' && typeof value === 'string') return formatDate(value, c.locale);
  return answerLabel(q, value, { locale: c.locale, fallback: c.fallback });
}

/** One answered question: the guide's bubble, the citizen's answer and "change". */
export function answeredTurn(a: GivenAnswer, c: ConversationContext): TemplateResult {
  const prompt = rich(a.question.prompt, c);
  const carried = a.carriedFrom ? c.procedureName(a.carriedFrom.split('.')[0]!) : undefined;
  return html`<li class="turn">
    <div class="bubble guide"><span class="sr-only">${c.t.guideSaid}: </span><onestop-rich-text inline .content=${prompt}></onestop-rich-text></div>
    <div class="bubble citizen">
      <span class="sr-only">${c.t.youSaid}: </span><span class="answer">${answerText(a.question, a.value, c)}</span>
      ${carried ? html`<span class="carried">${fill(c.t.carried, { procedure: carried })}</span>` : nothing}
      <button type="button" class="link change" @click=${() => c.onEdit(a.key)} aria-label=${fill(c.t.changeAnswer, { question: plain(prompt) })}>${c.t.change}</button>
    </div>
  </li>`;
}

/** The question being asked, with controls that fit its type and the engine's bounds. */
export function questionTurn(q: AskedQuestion, c: ConversationContext): TemplateResult {
  const promptId = `q-${q.key}`;
  const error = c.answerError && c.answerError.path === q.key ? errorText(c.answerError, q, c) : undefined;
  const errorId = `e-${q.key}`;
  return html`<li class="turn current" data-key=${q.key}>
    <div class="bubble guide question">
      ${c.progress ? html`<p class="progress">${fill(c.t.progress, { n: c.progress.number, total: c.progress.about })}</p>` : nothing}
      <div id=${promptId} class="prompt"><onestop-rich-text .content=${rich(q.prompt, c)}></onestop-rich-text></div>
      ${q.help ? html`<div class="help"><onestop-rich-text .content=${rich(q.help, c)}></onestop-rich-text></div>` : nothing}
    </div>
    <form class="controls" novalidate @submit=${(e: Event) => submit(e, q, c)} aria-labelledby=${promptId}>
      ${controls(q, c, promptId, error ? errorId : undefined)}
      ${error ? html`<p id=${errorId} class="error" role="alert">${error}</p>` : nothing}
    </form>
  </li>`;
}

function controls(q: AskedQuestion, c: ConversationContext, promptId: string, errorId: string | undefined): TemplateResult {
  const invalid = errorId ? 'true' : 'false';
  switch (q.type) {
    case 'single':
    case 'yes-no':
      return html`<div class="chips" role="group" aria-labelledby=${promptId} aria-describedby=${errorId ?? nothing}>
        ${(q.choices ?? []).map((choice) => html`<button type="button" class="chip" data-value=${String(choice.value)} aria-pressed=${c.previous === choice.value ? 'true' : 'false'}
            @click=${() => c.onAnswer(q.key, choice.value)}>${text(choice.label, c)}</button>`)}
      </div>`;
    case 'multiple': {
      const chosen = Array.isArray(c.previous) ? c.previous : [];
      return html`<fieldset class="chips" aria-describedby=${errorId ?? nothing}>
          <legend class="sr-only">${plain(rich(q.prompt, c))}</legend>
          ${(q.choices ?? []).map((choice) => html`<label class="chip check"><input type="checkbox" name="choice" data-value=${String(choice.value)} value=${String(choice.value)} .checked=${chosen.includes(String(choice.value))}
            aria-invalid=${invalid} />${text(choice.label, c)}</label>`)}
        </fieldset>
        <button type="submit" class="primary">${c.t.send}</button>`;
    }
    case 'number':
      return html`<div class="field">
          <label for="n-${q.key}">${c.t.numberLabel}${q.min !== undefined && q.max !== undefined ? html` <span class="bounds">(${fill(c.t.between, { min: q.min, max: q.max })})</span>` : nothing}</label>
          <span class="with-unit"><input id="n-${q.key}" name="value" type="number" inputmode=${q.integer ? 'numeric' : 'decimal'} min=${q.min ?? nothing} max=${q.max ?? nothing}
            step=${q.integer ? '1' : 'any'} .value=${typeof c.previous === 'number' ? String(c.previous) : ''} aria-invalid=${invalid} aria-describedby=${errorId ?? nothing} />
          ${q.unit ? html`<span class="unit">${text(q.unit, c)}</span>` : nothing}</span>
        </div>
        <button type="submit" class="primary">${c.t.send}</button>`;
    case 'date':
      return html`<div class="field">
          <label for="d-${q.key}">${c.t.numberLabel}${q.earliest && q.latest ? html` <span class="bounds">(${fill(c.t.dateBetween, { earliest: formatDate(q.earliest, c.locale), latest: formatDate(q.latest, c.locale) })})</span>` : nothing}</label>
          <input id="d-${q.key}" name="value" type="date" min=${q.earliest ?? nothing} max=${q.latest ?? nothing} .value=${typeof c.previous === 'string' ? c.previous : ''}
            aria-invalid=${invalid} aria-describedby=${errorId ?? nothing} />
        </div>
        <button type="submit" class="primary">${c.t.send}</button>`;
  }
}

function submit(e: Event, q: AskedQuestion, c: ConversationContext): void {
  e.preventDefault();
  const form = e.currentTarget as HTMLFormElement;
  if (q.type === 'multiple') {
    c.onAnswer(q.key, [...form.querySelectorAll<HTMLInputElement>('input[name=choice]:checked')].map((i) => i.value));
  } else if (q.type === 'number') {
    const raw = form.querySelector<HTMLInputElement>('input[name=value]')!.value.trim();
    c.onAnswer(q.key, raw === '' ? '' : Number(raw));
  } else if (q.type === 'date') {
    c.onAnswer(q.key, form.querySelector<HTMLInputElement>('input[name=value]')!.value);
  }
}

function errorText(error: GuideError, q: AskedQuestion, c: ConversationContext): string {
  const template = c.t.errors[error.code] ?? (error.code === 'wrong-type' && (q.type === 'number' || q.type === 'date') ? c.t.errors[q.type === 'number' ? 'not-whole' : 'malformed-date'] : c.t.errors.other)!;
  const option = q.choices?.find((o) => o.exclusive);
  return fill(template, {
    min: q.min ?? '', max: q.max ?? '',
    earliest: q.earliest ? formatDate(q.earliest, c.locale) : '', latest: q.latest ? formatDate(q.latest, c.locale) : '',
    option: option ? text(option.label, c) : '',
  });
}

/** Rich text as one line, for labels. */
export function plain(content: RichText | undefined): string {
  return richTextToPlain(content).replace(/\s+/g, ' ').trim();
}
