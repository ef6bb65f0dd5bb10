import type { GuideTexts } from './en.js';
import { vi } from './vi.js';

/** Vietnamese ships with the guide; other languages are small chunks loaded when first used. */
const TEXTS: Record<string, GuideTexts> = { vi };
const LOADERS: Record<string, () => Promise<GuideTexts>> = { en: () => import('./en.js').then((m) => m.en) };

/** The guide's texts in `locale`, once {@link loadGuideTexts} has loaded them (Vietnamese until then). */
export function guideTexts(locale: string): GuideTexts {
  return TEXTS[locale] ?? vi;
}

export async function loadGuideTexts(locale: string): Promise<void> {
  const load = LOADERS[locale];
  if (!TEXTS[locale] && load) TEXTS[locale] = await load();
}

/** Fills `{name}` placeholders. */
export function fill(text: string, values: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

export type { GuideTexts };
