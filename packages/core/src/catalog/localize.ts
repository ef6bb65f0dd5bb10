/** Reading localized values: one locale, with the catalog's default as fallback. */
import type { Localized } from './model.js';

/** A value in one locale, falling back to the catalog's default locale, then to any locale. */
export function pick<V>(text: Localized<V> | undefined, locale: string, fallback?: string): V | undefined {
  if (!text) return undefined;
  if (locale in text) return text[locale];
  if (fallback && fallback in text) return text[fallback];
  const first = Object.keys(text)[0];
  return first === undefined ? undefined : text[first];
}

/** Keeps one locale in every localized value (falling back to the default), for per-locale files. */
export function forLocale<T>(value: T, locale: string, fallback: string, locales: readonly string[]): T {
  const isLocalized = (o: object): boolean => {
    const keys = Object.keys(o);
    return keys.length > 0 && keys.every((k) => locales.includes(k));
  };
  const visit = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(visit);
    if (v && typeof v === 'object') {
      if (isLocalized(v)) {
        const picked = pick(v as Localized<unknown>, locale, fallback);
        return { [locale]: picked };
      }
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, visit(x)]));
    }
    return v;
  };
  return visit(value) as T;
}
