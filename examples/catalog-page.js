// The examples page: the language buttons switch the provider's lang; everything else is the
// Onestop elements themselves.
const provider = document.querySelector('onestop-provider');
for (const button of document.querySelectorAll('nav button')) {
  button.addEventListener('click', () => {
    provider.lang = button.dataset.locale;
    document.documentElement.lang = button.dataset.locale;
    for (const b of document.querySelectorAll('nav button')) b.setAttribute('aria-pressed', String(b === button));
  });
}
provider.addEventListener('onestop-error', (e) => console.warn('Onestop:', e.detail.code, e.detail.message, '(run npm start to build the catalog first)'));
