/**
 * UI strings through i18next, with keys typed from the English file so a missing or misspelt key
 * fails the type-check. Text is interpolated unescaped because Lit templates escape it.
 */
import i18next, { type i18n } from 'i18next';
import en from '../locales/en.js';
import vi from '../locales/vi.js';

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
type WithoutPlural<K> = K extends `${infer Base}_${'one' | 'other'}` ? Base : K;

/** Every UI string's key, e.g. `search.label`; plural keys without their `_one` / `_other`. */
export type MessageKey = WithoutPlural<Leaves<typeof en>>;
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export const UI_LOCALES = ['vi', 'en'] as const;

let shared: i18n | undefined;

/** The page-wide i18next instance every Onestop element shares (created on first use). */
export function onestopI18n(): i18n {
  if (!shared) {
    shared = i18next.createInstance();
    void shared.init({
      resources: { vi: { translation: vi }, en: { translation: en } },
      lng: 'vi',
      fallbackLng: 'vi',
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }
  return shared;
}

/** The UI locale for a catalog locale: exact, then by language, then Vietnamese. */
export function uiLocale(locale: string | null | undefined): string {
  const lang = (locale ?? '').toLowerCase();
  return (UI_LOCALES as readonly string[]).find((l) => lang === l || lang.startsWith(`${l}-`)) ?? 'vi';
}

/** A translate function fixed to one locale. */
export function translator(locale: string): Translate {
  const t = onestopI18n().getFixedT(uiLocale(locale));
  return (key, values) => t(key, values) as string;
}
