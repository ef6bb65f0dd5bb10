/** Every event an Onestop element fires: bubbling, composed, typed in HTMLElementEventMap. */
import type { GuideTarget, HitKind } from '@onestop/core';

export interface OnestopReadyDetail {
  version: string;
  locales: string[];
  /** True when the publication came from the device's copy because the network failed. */
  offline: boolean;
}
export interface OnestopErrorDetail {
  code: 'unreachable' | 'malformed' | 'schema' | 'not-found';
  message: string;
}
export interface OnestopSelectDetail {
  id: string;
  kind: HitKind;
  /** The page the selection navigates to, when the element has an `href-template`. */
  href?: string;
}
export interface OnestopSearchDetail {
  query: string;
  total: number;
  locale: string;
}
/** "Was this page helpful?" on a procedure page. */
export interface ProcedureFeedbackDetail {
  procedure: string;
  helpful: boolean;
  locale: string;
  version: string;
}
/** "Was this helpful?" under a guide's plan: what the journey was about and its share link. */
export interface GuideFeedbackDetail {
  helpful: boolean;
  target: GuideTarget;
  link: string;
  locale: string;
}
/** Either kind of feedback: `'procedure' in detail` tells a procedure page's from a guide's. */
export type OnestopFeedbackDetail = ProcedureFeedbackDetail | GuideFeedbackDetail;
/** "Guide me": cancel it to open your own guide; otherwise an `<onestop-guide>` on the page opens. */
export interface OnestopGuideRequestDetail {
  procedure: string;
  locale: string;
}

export interface OnestopEventMap {
  'onestop-ready': CustomEvent<OnestopReadyDetail>;
  'onestop-error': CustomEvent<OnestopErrorDetail>;
  'onestop-select': CustomEvent<OnestopSelectDetail>;
  'onestop-search': CustomEvent<OnestopSearchDetail>;
  'onestop-feedback': CustomEvent<OnestopFeedbackDetail>;
  'onestop-guide-request': CustomEvent<OnestopGuideRequestDetail>;
}

/** Fires an Onestop event from `target`; returns false when a listener cancelled it. */
export function emit<K extends keyof OnestopEventMap>(target: EventTarget, name: K, detail: OnestopEventMap[K]['detail'], cancelable = false): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends OnestopEventMap {}
  // The events bubble and are composed, so a page may listen on the document too.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends OnestopEventMap {}
}
