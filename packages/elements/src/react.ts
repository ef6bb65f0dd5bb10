/**
 * @onestop/elements/react: React components for every Onestop element, through @lit/react.
 * Props are the element's properties; `on…` callbacks receive the element's typed events.
 * Importing this module registers the elements, like `@onestop/elements`.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import * as elements from './index.js';
import type { OnestopEventMap } from './events/onestop-events.js';
// The guide is a lazily loaded chunk in the script-tag bundle; a React app imports it here.
import './define/onestop-guide.js';
import { OnestopGuide as OnestopGuideElement, type GuideFeedbackDetail } from './components/guide/guide.js';

type ReactEvents = Record<string, EventName | string>;

/** One wrapper: the tag, the element class and its events by React callback name. */
function wrap<E extends HTMLElement, Events extends ReactEvents = Record<never, never>>(tagName: keyof HTMLElementTagNameMap, elementClass: { new (): E }, events?: Events) {
  return createComponent({ react: React, tagName, elementClass, events: events ?? ({} as Events), displayName: pascalCase(tagName) });
}

function pascalCase(tag: string): string {
  return tag.replace(/(^|-)([a-z])/g, (_, _dash: string, letter: string) => letter.toUpperCase());
}

// One line per element; events as { onSomething: 'onestop-something' as EventName<OnestopSomethingEvent> }.
export const OnestopRichText = wrap('onestop-rich-text', elements.OnestopRichText);
export const OnestopProvider = wrap('onestop-provider', elements.OnestopProvider, {
  onReady: 'onestop-ready' as EventName<OnestopEventMap['onestop-ready']>,
  onError: 'onestop-error' as EventName<OnestopEventMap['onestop-error']>,
});
export const OnestopSearch = wrap('onestop-search', elements.OnestopSearch, {
  onSelect: 'onestop-select' as EventName<OnestopEventMap['onestop-select']>,
  onSearch: 'onestop-search' as EventName<OnestopEventMap['onestop-search']>,
});
export const OnestopCatalog = wrap('onestop-catalog', elements.OnestopCatalog, {
  onSelect: 'onestop-select' as EventName<OnestopEventMap['onestop-select']>,
  onSearch: 'onestop-search' as EventName<OnestopEventMap['onestop-search']>,
});
export const OnestopProcedure = wrap('onestop-procedure', elements.OnestopProcedure, {
  onFeedback: 'onestop-feedback' as EventName<OnestopEventMap['onestop-feedback']>,
  onGuideRequest: 'onestop-guide-request' as EventName<OnestopEventMap['onestop-guide-request']>,
});
export const OnestopGuide = wrap('onestop-guide', OnestopGuideElement, {
  onFeedback: 'onestop-feedback' as EventName<CustomEvent<GuideFeedbackDetail>>,
});
