/**
 * @onestop/elements/react: React components for every Onestop element, through @lit/react.
 * Props are the element's properties; `on…` callbacks receive the element's typed events.
 * Importing this module registers the elements, like `@onestop/elements`.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import * as elements from './index.js';

type ReactEvents = Record<string, EventName | string>;

/** One wrapper: the tag, the element class and its events by React callback name. */
function wrap<E extends HTMLElement, Events extends ReactEvents = {}>(tagName: keyof HTMLElementTagNameMap, elementClass: { new (): E }, events?: Events) {
  return createComponent({ react: React, tagName, elementClass, events: events ?? ({} as Events), displayName: pascalCase(tagName) });
}

function pascalCase(tag: string): string {
  return tag.replace(/(^|-)([a-z])/g, (_, _dash: string, letter: string) => letter.toUpperCase());
}

// One line per element; events as { onSomething: 'onestop-something' as EventName<OnestopSomethingEvent> }.
export const OnestopRichText = wrap('onestop-rich-text', elements.OnestopRichText);
