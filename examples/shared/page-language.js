// The page's language switch: buttons with data-switch-lang set <html lang> and the provider's
// `lang`, which re-renders every Onestop element inside it live. The choice is kept in ?lang=
// so a reload or a shared link opens the page in the same language.
const LANGS = ['vi', 'en'];

function setLanguage(lang, { remember }) {
  document.documentElement.lang = lang;
  for (const provider of document.querySelectorAll('onestop-provider')) provider.lang = lang;
  // The guide greets in the page's language, so it names the agency in that language too.
  for (const guide of document.querySelectorAll(`onestop-guide[data-agency-name-${lang}]`)) guide.setAttribute('agency-name', guide.getAttribute(`data-agency-name-${lang}`));
  for (const button of document.querySelectorAll('[data-switch-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.switchLang === lang));
  }
  if (remember) {
    const url = new URL(location.href);
    if (lang === LANGS[0]) url.searchParams.delete('lang');
    else url.searchParams.set('lang', lang);
    history.replaceState(history.state, '', url);
  }
}

const asked = new URL(location.href).searchParams.get('lang');
setLanguage(LANGS.includes(asked) ? asked : document.documentElement.lang || LANGS[0], { remember: false });
for (const button of document.querySelectorAll('[data-switch-lang]')) {
  button.addEventListener('click', () => setLanguage(button.dataset.switchLang, { remember: true }));
}
