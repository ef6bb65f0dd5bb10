/**
 * The seam between the catalog widgets and the guide. "Guide me" fires a cancelable
 * `onestop-guide-request`; unless a listener cancels it, the first `<onestop-guide>` on the page is
 * given the procedure and opened. The contract an `<onestop-guide>` element fulfils: a `procedure`
 * property (procedure id) and an `open` boolean property; setting `open = true` shows the guide,
 * which takes focus itself.
 */
import { emit } from './onestop-events.js';

export type GuideElement = HTMLElement & { procedure?: string; open?: boolean };

/** Asks for the guide of `procedure`; returns the guide element it opened, if any. */
export function requestGuide(from: HTMLElement, procedure: string, locale: string): GuideElement | undefined {
  if (!emit(from, 'onestop-guide-request', { procedure, locale }, true)) return undefined;
  const guide = document.querySelector<GuideElement>('onestop-guide');
  if (!guide) return undefined;
  guide.procedure = procedure;
  guide.open = true;
  return guide;
}
