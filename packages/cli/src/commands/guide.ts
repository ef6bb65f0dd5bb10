import { GuideError, stepView, todayInVietnam } from '@onestop/core';
import { answerAll, current, startGuide } from '@onestop/core/guide';
import { loadAnyCatalog } from '@onestop/core/node';
import { requirePositional, UsageError, type Command } from '../command.js';
import { guideText } from '../guide-text.js';

export const guide: Command = {
  name: 'guide',
  summary: 'walk a procedure or life event as a citizen would: the next question, or the personal plan',
  usage: "onestop guide <dir> <procedure-or-life-event-id> [--answers '<json>'] [--date 2026-12-30T10:00] [--today 2026-12-01] [--locale vi] [--json]",
  options: { answers: { type: 'string' }, date: { type: 'string' }, today: { type: 'string' }, locale: { type: 'string' }, json: { type: 'boolean' } },
  run(args, io) {
    const dir = requirePositional(args, 0, 'the catalog or build folder');
    const id = requirePositional(args, 1, 'the procedure or life-event id');
    const answers = parseAnswers(args.values.answers);
    const { catalog } = loadAnyCatalog(dir);
    const locale = typeof args.values.locale === 'string' ? args.values.locale : catalog.info.defaultLocale;
    const submittedAt = typeof args.values.date === 'string' ? args.values.date : undefined;
    const today = typeof args.values.today === 'string' ? args.values.today : todayInVietnam();
    const fail = (error: GuideError | { code: string; message: string; hint: string; path?: string }) => {
      io.err(`onestop guide: ${error.path ? `${error.path}: ` : ''}${error.message} (${error.hint})`);
      if (args.values.json) io.out(JSON.stringify({ status: 'error', error: { code: error.code, question: error.path, message: error.message, hint: error.hint } }));
      return 1;
    };
    let state;
    try {
      state = startGuide(catalog, id, { today, ...(submittedAt ? { submittedAt } : {}) });
    } catch (e) {
      if (e instanceof GuideError) return fail(e);
      if (e instanceof Error && 'code' in e && (e as { code: unknown }).code === 'malformed-date-time') throw new UsageError(`--date: ${e.message}; write YYYY-MM-DDTHH:MM, e.g. 2026-12-30T10:00`);
      throw e;
    }
    const result = answerAll(state, answers);
    if (!result.ok) return fail(result.error);
    const view = stepView(current(result.value), { locale, fallback: catalog.info.defaultLocale, text: 'plain' });
    // The JSON form is exactly { status, question } or { status, outcome }: scripts walk it.
    const json = view.status === 'question' ? { status: view.status, question: view.question } : { status: view.status, outcome: view.outcome };
    io.out(args.values.json ? JSON.stringify(json, null, 2) : guideText(view, locale));
    return 0;
  },
};

function parseAnswers(raw: string | boolean | undefined): Record<string, unknown> {
  if (raw === undefined) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(String(raw));
  } catch {
    throw new UsageError(`--answers is not JSON: write --answers '{"question-id": "option"}'`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new UsageError(`--answers must be a JSON object of question ids and answers, e.g. '{"issued-in": "vietnam"}'`);
  return parsed as Record<string, unknown>;
}
