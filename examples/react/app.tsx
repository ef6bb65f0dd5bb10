// The React example: a ward's site written in React, using the Onestop elements only through the
// @onestop/elements/react wrappers. React holds the page state (language, what the citizen chose);
// the elements render every piece of catalog data.
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { OnestopGuide, OnestopProcedure, OnestopProvider, OnestopSearch } from '@onestop/elements/react';

const text = {
  vi: {
    sample: 'Trang minh họa với dữ liệu mẫu, viết bằng React.',
    ward: 'Ủy ban nhân dân phường Phú Lợi',
    city: 'Thành phố Hồ Chí Minh',
    title: 'Dịch vụ hành chính của phường',
    lead: 'Gõ tên thủ tục, có dấu hay không dấu đều được — ví dụ “dang ky khai sinh”.',
    searchTitle: 'Tìm thủ tục',
    chosenProcedure: 'Thủ tục bạn chọn',
    chosenEvent: 'Hướng dẫn theo sự kiện',
    nothing: 'Chọn một thủ tục trong ô tìm kiếm để xem giấy tờ, lệ phí và thời hạn.',
    hotline: 'Đường dây nóng',
    other: 'Các trang ví dụ khác',
  },
  en: {
    sample: 'A demonstration page with sample data, written in React.',
    ward: 'Phu Loi Ward People\u2019s Committee',
    city: 'Ho Chi Minh City',
    title: 'The ward\u2019s administrative services',
    lead: 'Type the name of a procedure, with or without Vietnamese diacritics.',
    searchTitle: 'Find a procedure',
    chosenProcedure: 'The procedure you chose',
    chosenEvent: 'Guidance for a life event',
    nothing: 'Choose a procedure in the search box to see its documents, fees and processing time.',
    hotline: 'Hotline',
    other: 'Other examples',
  },
};
type Locale = keyof typeof text;
type Choice = { kind: 'procedure' | 'life-event'; id: string } | undefined;

const SRC = '../dist/catalog/publication.json';

function WardSite() {
  const [locale, setLocale] = useState<Locale>(() => (new URL(location.href).searchParams.get('lang') === 'en' ? 'en' : 'vi'));
  const [choice, setChoice] = useState<Choice>();
  const t = text[locale];
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  return (
    <OnestopProvider src={SRC} lang={locale}>
      <p className="sample-flag">{t.sample}</p>
      <header className="ward-header">
        <p className="ward-name">
          <span>{t.city}</span>
          {t.ward}
        </p>
        <div className="lang-switch" role="group" aria-label="Ngôn ngữ / Language">
          {(['vi', 'en'] as const).map((l) => (
            <button key={l} type="button" lang={l} aria-pressed={locale === l} onClick={() => setLocale(l)}>
              {l === 'vi' ? 'Tiếng Việt' : 'English'}
            </button>
          ))}
        </div>
      </header>
      <main className="ward-main">
        <h1>{t.title}</h1>
        <p>{t.lead}</p>
        <section aria-label={t.searchTitle}>
          <OnestopSearch
            onSelect={(e) => {
              e.preventDefault();
              setChoice({ kind: e.detail.kind === 'life-event' ? 'life-event' : 'procedure', id: e.detail.id });
            }}
          />
        </section>
        <section className="chosen" aria-live="polite">
          {choice?.kind === 'procedure' ? (
            <>
              <h2>{t.chosenProcedure}</h2>
              <OnestopProcedure procedure={choice.id} />
            </>
          ) : choice?.kind === 'life-event' ? (
            <>
              <h2>{t.chosenEvent}</h2>
              <OnestopGuide lifeEvent={choice.id} instance="react-life-event" />
            </>
          ) : (
            <p className="hint">{t.nothing}</p>
          )}
        </section>
      </main>
      <footer className="ward-footer">
        <p>
          {t.hotline} <a href="tel:1022">1022</a> · <a href="../">{t.other}</a>
        </p>
      </footer>
      <OnestopGuide mode="launcher" instance="react" agencyName={t.ward} popular="birth-registration,having-a-baby,getting-married" />
    </OnestopProvider>
  );
}

createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <WardSite />
  </StrictMode>,
);
