/** Source flow (Markdown) → published flow (rich text), at build time with the rest of the catalog. */
import type { Localized } from '../catalog/model.js';
import { compileMarkdown } from '../richtext/markdown.js';
import type { RichText } from '../richtext/rich-text.js';
import type { Effect, Ending, GuideFlow, SourceGuideFlow } from './flow.js';

const md = (text: Localized<string>): Localized<RichText> => Object.fromEntries(Object.entries(text).map(([locale, s]) => [locale, compileMarkdown(s)]));
const mdOpt = (text: Localized<string> | undefined) => (text ? md(text) : undefined);

function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function ending(e: Ending<string> | undefined): Ending | undefined {
  return e && defined({ reason: md(e.reason), instead: mdOpt(e.instead) });
}

function effect(e: Effect<string>): Effect {
  return defined({ ...e, note: mdOpt(e.note), tip: mdOpt(e.tip), why: mdOpt(e.why), notEligible: ending(e.notEligible), notNeeded: ending(e.notNeeded) });
}

export function compileGuide(flow: SourceGuideFlow): GuideFlow {
  return defined({
    ...flow,
    intro: mdOpt(flow.intro),
    questions: flow.questions.map((q) =>
      defined({
        ...q,
        prompt: md(q.prompt),
        help: mdOpt(q.help),
        options: q.options?.map((o) => defined({ ...o, help: mdOpt(o.help), effects: o.effects?.map(effect) })),
        effects: q.effects?.map(effect),
      }),
    ),
    rules: flow.rules?.map((r) => ({ ...r, effects: r.effects.map(effect) })),
  });
}
