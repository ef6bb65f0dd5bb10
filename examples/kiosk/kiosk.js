// The hall kiosk: after a few idle minutes the screen goes back to the start for the next citizen,
// and what the last one entered (the guide's journey, ticked documents) is wiped from this device.
// The timeout is <body data-idle-seconds>, or ?idle=N for tests and set-up.
const WARN_SECONDS = 15;
const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'input'];

const asked = Number(new URL(location.href).searchParams.get('idle'));
const idleSeconds = asked > 0 ? asked : Number(document.body.dataset.idleSeconds) || 180;
const notice = document.querySelector('.idle-notice');
let warnTimer;
let resetTimer;

/**
 * Removes what Onestop elements keep in this browser (keys `onestop-…`), puts the page back in
 * Vietnamese and sends the guide back to its opening: no reload, so the screen never flashes blank.
 */
function resetToStart() {
  for (const store of [localStorage, sessionStorage]) {
    for (const key of Object.keys(store)) if (key.startsWith('onestop-')) store.removeItem(key);
  }
  const url = new URL(location.href);
  url.hash = '';
  history.replaceState(null, '', url);
  if (document.documentElement.lang !== 'vi') document.querySelector('[data-switch-lang="vi"]')?.click();
  document.activeElement?.blur?.();
  void customElements.whenDefined('onestop-guide').then(() => document.querySelector('onestop-guide')?.restart());
  notice.hidden = true;
  scrollTo(0, 0);
}

function restartTimers() {
  clearTimeout(warnTimer);
  clearTimeout(resetTimer);
  notice.hidden = true;
  if (idleSeconds > WARN_SECONDS * 2) warnTimer = setTimeout(() => (notice.hidden = false), (idleSeconds - WARN_SECONDS) * 1000);
  resetTimer = setTimeout(resetToStart, idleSeconds * 1000);
}

for (const type of ACTIVITY) addEventListener(type, restartTimers, { capture: true, passive: true });
restartTimers();
