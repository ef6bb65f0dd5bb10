/** Source flow (Markdown) → published flow (rich text), at build time with the rest of the catalog. */
import { compileLocalizedMarkdown as md } from '../richtext/markdown.js';
import { withoutUndefined as defined } from '../catalog/without-undefined.js';
import type { Effect, Ending, GuideFlow, SourceGuideFlow } from '../catalog/guide-flow.js';

function ending(e: Ending<string> | undefined): Ending | undefined {
  return e && defined({ reason: md(e.reason), instead: md(e.instead) });
}

function effect(e: Effect<string>): Effect {
  return defined({ ...e, note: md(e.note), tip: md(e.tip), why: md(e.why), notEligible: ending(e.notEligible), notNeeded: ending(e.notNeeded) });
}

export function compileGuide(flow: SourceGuideFlow): GuideFlow {
  return defined({
    ...flow,
    intro: md(flow.intro),
    questions: flow.questions.map((q) =>
      defined({
        ...q,
        prompt: md(q.prompt),
        help: md(q.help),
        options: q.options?.map((o) => defined({ ...o, help: md(o.help), effects: o.effects?.map(effect) })),
        effects: q.effects?.map(effect),
      }),
    ),
    rules: flow.rules?.map((r) => ({ ...r, effects: r.effects.map(effect) })),
  });
}
