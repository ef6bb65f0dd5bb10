import { en, type GuideTexts } from './en.js';
import { vi } from './vi.js';

const TEXTS: Record<string, GuideTexts> = { vi, en };

/** The guide's texts in `locale` (Vietnamese when there are none in it). */
export function guideTexts(locale: string): GuideTexts {
  return TEXTS[locale] ?? vi;
}

/** Fills `{name}` placeholders. */
export function fill(text: string, values: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

export type { GuideTexts };
