/** @onestop/core/guide: the guide engine, with the session verbs (`answer`, `back`, `current`, …) that the package root leaves out. */
export * from '../catalog/guide-flow.js';
export { followRoute, type FollowedRoute } from './follow-route.js';
export { GuideError, type GuideErrorCode, type GuideResult } from './guide-error.js';
export {
  startGuide, current, answer, answerAll, back, edit, restart, setSubmission, YES_NO,
  type GuideState, type StartOptions, type GuideStep, type AskedQuestion, type Choice, type GivenAnswer,
} from './engine.js';
export { journeyFor, type GuideTarget, type Journey, type JourneyPart } from './journey.js';
export { defaultFlow, DEFAULT_QUESTIONS } from './default-flow.js';
export { evaluateCondition, holds, type Truth, type ConditionContext } from './conditions.js';
export { validateAnswer } from './validate-answer.js';
export { chargedByDefault, type PartDraft } from './effects.js';
export type {
  GuideOutcome, PersonalPlan, GuideEnding, PlanDocument, FeeLine, FeeBreakdown, PossibleFee, PlanChannel, PlanOffice, PlanProcedure, PlanStep, PlanHelp,
} from './personal-plan.js';
export { serialize, deserialize, type Restored } from './serialize.js';
export { formatMoney } from './format-money.js';
export { planIcs, type PlanIcsOptions } from './plan-ics.js';
export { progress, type GuideProgress } from './progress.js';
export { questionView, planView, endingView, channelView, stepView, answerLabel, type ViewOptions } from './guide-view.js';
export { enumeratePaths, pathSignature, routeSignature, steeringQuestions, type FlowPath, type PathOptions } from './flow-paths.js';
export { lintFlow, type FlowProblem, type LintContext } from './lint-flow.js';
export { flowDiagram, conditionText, type DiagramOptions } from './flow-diagram.js';
export { ask, CLARIFY_QUESTION, type AskOptions, type AskResult, type AskCandidate, type ClarifyingQuestion } from './ask.js';
