/**
 * @onestop/core: the domain of Onestop, for browsers and Node. Build-time tools are in `@onestop/core/build`;
 * the guide session's verbs (`startGuide`, `answer`, `back`, `current`, `edit`, `restart`, `serialize`, …) are in
 * `@onestop/core/guide`, so that this entry exports no generic names.
 */
export * from './catalog/index.js';
export * from './richtext/index.js';
export * from './search/index.js';
export * from './calendar/index.js';
export { followRoute, type FollowedRoute } from './guide/follow-route.js';
export { GuideError, type GuideErrorCode, type GuideResult } from './guide/guide-error.js';
export { YES_NO, type GuideState, type StartOptions, type GuideStep, type AskedQuestion, type Choice, type GivenAnswer } from './guide/engine.js';
export { journeyFor, type GuideTarget, type Journey, type JourneyPart } from './guide/journey.js';
export { defaultFlow, DEFAULT_QUESTIONS } from './guide/default-flow.js';
export { evaluateCondition, type Truth, type ConditionContext } from './guide/conditions.js';
export { validateAnswer } from './guide/validate-answer.js';
export { chargedByDefault, type PartDraft } from './guide/effects.js';
export type {
  GuideOutcome, PersonalPlan, GuideEnding, PlanDocument, FeeLine, FeeBreakdown, PossibleFee, PlanChannel, PlanOffice, PlanProcedure, PlanStep, PlanHelp,
} from './guide/personal-plan.js';
export type { Restored } from './guide/serialize.js';
export { formatMoney } from './guide/format-money.js';
export { planIcs, type PlanIcsOptions } from './guide/plan-ics.js';
export type { GuideProgress } from './guide/progress.js';
export { questionView, planView, endingView, channelView, stepView, answerLabel, type ViewOptions } from './guide/guide-view.js';
export { enumeratePaths, pathSignature, routeSignature, steeringQuestions, type FlowPath, type PathOptions } from './guide/flow-paths.js';
export { lintFlow, type FlowProblem, type LintContext } from './guide/lint-flow.js';
export { flowDiagram, conditionText, type DiagramOptions } from './guide/flow-diagram.js';
export { CLARIFY_QUESTION, type AskOptions, type AskResult, type AskCandidate, type ClarifyingQuestion } from './guide/ask.js';
