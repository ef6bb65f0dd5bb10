/**
 * UI strings through i18next, with keys typed from the English file so a missing or misspelt key
 * fails the type-check. Text is interpolated unescaped because Lit templates escape it.
 */
import i18next, { type i18n } from 'i18next';
import type en from '../locales/en.js';
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

/** Vietnamese ships with the elements; English is a small chunk loaded when a page first needs it. */
const LOADERS: Record<string, () => Promise<typeof en>> = { en: () => import('../locales/en.js').then((m) => m.default) };
const loading = new Map<string, Promise<void>>();
/** Locales whose chunk failed to load (offline): shown in Vietnamese rather than waiting forever. */
const failed = new Set<string>();

/** Whether elements can render in `locale`: its strings are loaded, or could not be and Vietnamese stands in. */
export function uiStringsReady(locale: string): boolean {
  return !LOADERS[locale] || failed.has(locale) || onestopI18n().hasResourceBundle(locale, 'translation');
}

/** Loads the UI strings of `locale` once (again after a failure). */
export function loadUiStrings(locale: string): Promise<void> {
  const load = LOADERS[locale];
  if (!load || onestopI18n().hasResourceBundle(locale, 'translation')) return Promise.resolve();
  let pending = loading.get(locale);
  if (!pending) {
    pending = load()
      .then((strings) => {
        onestopI18n().addResourceBundle(locale, 'translation', strings);
        failed.delete(locale);
      })
      .catch((e: unknown) => {
        failed.add(locale);
        console.warn(`Onestop: could not load the ${locale} UI strings`, e);
      })
      .finally(() => loading.delete(locale));
    loading.set(locale, pending);
  }
  return pending;
}

/** The page-wide i18next instance every Onestop element shares (created on first use). */
export function onestopI18n(): i18n {
  if (!shared) {
    shared = i18next.createInstance();
    void shared.init({
      resources: { vi: { translation: vi } },
      lng: 'vi',
      fallbackLng: 'vi',
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
      // An embedded widget must not write i18next's advert into the host page's console.
      showSupportNotice: false,
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
