/**
 * UI strings through i18next, with keys typed from the English file so a missing or misspelt key
 * fails the type-check. Text is interpolated unescaped because Lit templates escape it.
 */
import i18next, { type i18n } from 'i18next';
import type en from '../locales/en.js';
import type pagesEn from '../locales/pages-en.js';
import vi from '../locales/vi.js';

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
type WithoutPlural<K> = K extends `${infer Base}_${'one' | 'other'}` ? Base : K;

/** Every UI string's key, e.g. `search.label`; plural keys without their `_one` / `_other`. */
export type MessageKey = WithoutPlural<Leaves<typeof en & typeof pagesEn>>;
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export const UI_LOCALES = ['vi', 'en'] as const;

let shared: i18n | undefined;

/**
 * The parts of a language's UI strings: what every element says (`common`: states, hotline, the
 * search box), and what only the catalog browser and the procedure page add (`pages`).
 */
export type UiStringParts = readonly ('common' | 'pages')[];
export const ALL_STRINGS: UiStringParts = ['common', 'pages'];

/**
 * Vietnamese common strings ship with the elements; every other part is a small chunk loaded when
 * a page first needs it, so a page with only a search box downloads neither language's page strings.
 */
const LOADERS: Record<string, Partial<Record<UiStringParts[number], () => Promise<object>>>> = {
  vi: { pages: () => import('../locales/pages-vi.js').then((m) => m.default) },
  en: { common: () => import('../locales/en.js').then((m) => m.default), pages: () => import('../locales/pages-en.js').then((m) => m.default) },
};
const loading = new Map<string, Promise<void>>();
const loaded = new Set<string>();
/** Parts whose chunk failed to load (offline): shown in Vietnamese rather than waiting forever. */
const failed = new Set<string>();

/** Whether elements can render in `locale`: these parts of its strings are loaded, or could not be and Vietnamese stands in. */
export function uiStringsReady(locale: string, parts = ALL_STRINGS): boolean {
  // A page in English shows Vietnamese for a part it could not load, so it needs the Vietnamese part too.
  return [...new Set([locale, 'vi'])].every((lang) => parts.every((part) => !LOADERS[lang]?.[part] || loaded.has(`${lang}/${part}`) || failed.has(`${lang}/${part}`)));
}

/** Loads these parts of the UI strings of `locale` once (again after a failure). */
export async function loadUiStrings(locale: string, parts = ALL_STRINGS): Promise<void> {
  await Promise.all(
    [...new Set([locale, 'vi'])].flatMap((lang) => parts.map((part) => {
      const key = `${lang}/${part}`;
      const load = LOADERS[lang]?.[part];
      if (!load || loaded.has(key)) return undefined;
      let pending = loading.get(key);
      if (!pending) {
        pending = load()
          .then((strings) => {
            onestopI18n().addResourceBundle(lang, 'translation', strings, true);
            loaded.add(key);
            failed.delete(key);
          })
          .catch((e: unknown) => {
            failed.add(key);
            console.warn(`Onestop: could not load the ${lang} UI strings`, e);
          })
          .finally(() => loading.delete(key));
        loading.set(key, pending);
      }
      return pending;
    })),
  );
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
