// The React example: the sample catalog's procedures through @onestop/elements/react wrappers.
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { RichText } from '@onestop/core';
import { OnestopRichText } from '@onestop/elements/react';

interface IndexEntry {
  id: string;
  name: Record<string, string>;
  summary: Record<string, RichText>;
}

const text = {
  vi: { title: 'Onestop trong React', loading: 'Đang tải danh mục…', failed: 'Chưa tải được danh mục. Hãy chạy npm start để xây dựng trước.', other: 'English' },
  en: { title: 'Onestop in React', loading: 'Loading the catalog…', failed: 'The catalog could not be loaded. Run npm start to build it first.', other: 'Tiếng Việt' },
};
type Locale = keyof typeof text;

function Catalog() {
  const [locale, setLocale] = useState<Locale>('vi');
  const [procedures, setProcedures] = useState<IndexEntry[] | 'loading' | 'failed'>('loading');
  useEffect(() => {
    document.documentElement.lang = locale;
    setProcedures('loading');
    fetch(new URL(`../dist/catalog/${locale}/index.json`, document.baseURI))
      .then((res) => (res.ok ? res.json() : Promise.reject(new Error(String(res.status)))))
      .then((index: { procedures: IndexEntry[] }) => setProcedures(index.procedures))
      .catch(() => setProcedures('failed'));
  }, [locale]);
  const t = text[locale];
  return (
    <>
      <header>
        <h1>{t.title}</h1>
        <button type="button" onClick={() => setLocale(locale === 'vi' ? 'en' : 'vi')} lang={locale === 'vi' ? 'en' : 'vi'}>
          {t.other}
        </button>
      </header>
      <main>
        {typeof procedures === 'string' ? (
          <p role="status">{procedures === 'loading' ? t.loading : t.failed}</p>
        ) : (
          <ul className="procedures">
            {procedures.map((p) => (
              <li key={p.id}>
                <h2>{p.name[locale]}</h2>
                <OnestopRichText content={p.summary[locale]} />
              </li>
            ))}
          </ul>
        )}
      </main>
    </>
  );
}

createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <Catalog />
  </StrictMode>,
);
