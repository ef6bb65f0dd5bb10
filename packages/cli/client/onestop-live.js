// The live preview's page script, added by `onestop serve --watch` to every page it serves: it
// reloads the page after a good rebuild and, while the catalog is broken, covers the page with
// the problems. Catalog text is untrusted: it only ever reaches the page as textContent.
const pageBuild = new URL(import.meta.url).searchParams.get('build') ?? '';

const STYLES = `
:host { all: initial; }
.backdrop { position: fixed; inset: 0; z-index: 2147483647; box-sizing: border-box; display: flex; align-items: flex-start;
  justify-content: center; padding: 1rem; overflow: auto; background: rgb(0 0 0 / 0.8); font: 1rem/1.5 system-ui, sans-serif; }
section { box-sizing: border-box; width: 100%; max-width: 60rem; padding: 1rem 1.25rem; border-top: 0.375rem solid #b3261e;
  border-radius: 0.25rem; background: #fff; color: #1b1b1b; }
h2 { margin: 0 0 0.5rem; font-size: 1.25rem; color: #8c1d18; }
p { margin: 0 0 0.75rem; }
ul { margin: 0 0 1rem; padding: 0; list-style: none; }
li { margin: 0.5rem 0; padding: 0.25rem 0.5rem; border-left: 0.25rem solid #b3261e; background: #fdf3f2;
  font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.875rem; white-space: pre-wrap; overflow-wrap: anywhere; }
strong { display: block; }
button { min-height: 2.75rem; padding: 0.5rem 1rem; border: 1px solid #1b1b1b; border-radius: 0.25rem; background: #fff;
  color: #1b1b1b; font: inherit; cursor: pointer; }
section:focus-visible, button:focus-visible { outline: 0.1875rem solid #0b57d0; outline-offset: 0.125rem; }
`;

let overlay;
let dismissed = '';
let returnFocus;

function element(tag, attributes = {}, text) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

function plural(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}

function showProblems(status) {
  const key = status.lines.join('\n');
  if (key === dismissed) return;
  hideProblems();
  const host = element('onestop-live-overlay');
  const root = host.attachShadow({ mode: 'open' });
  // A constructed sheet, since a strict CSP blocks <style> elements.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(STYLES);
  root.adoptedStyleSheets = [sheet];

  const dialog = element('section', { role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': 'title', 'aria-describedby': 'about', tabindex: '-1' });
  const count = status.errors > 0 ? plural(status.errors, 'error', 'errors') : plural(status.lines.length, 'problem', 'problems');
  dialog.append(element('h2', { id: 'title' }, `The catalog has ${count}`));
  const about = status.build
    ? 'This page shows the last good build, not your latest save. Fix the file and save it: the page reloads by itself.'
    : 'The catalog has not been built yet. Fix the file and save it: the page reloads by itself.';
  dialog.append(element('p', { id: 'about' }, about));
  const list = element('ul');
  for (const line of status.lines) {
    const [where, ...rest] = line.split('  ');
    const item = element('li');
    item.append(element('strong', {}, where), rest.join('  '));
    list.append(item);
  }
  dialog.append(list);
  const close = element('button', { type: 'button' }, 'Close (Esc)');
  close.addEventListener('click', () => dismiss(key));
  dialog.append(close);
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      dismiss(key);
    } else if (event.key === 'Tab') {
      // The page behind is stale; keep the keyboard in the dialog.
      event.preventDefault();
      (root.activeElement === close ? dialog : close).focus();
    }
  });
  const backdrop = element('div', { class: 'backdrop' });
  backdrop.append(dialog);
  root.append(backdrop);

  returnFocus = document.activeElement;
  document.documentElement.append(host);
  overlay = host;
  dialog.focus();
}

function hideProblems() {
  if (!overlay) return;
  overlay.remove();
  overlay = undefined;
  if (returnFocus instanceof HTMLElement && returnFocus.isConnected) returnFocus.focus();
  returnFocus = undefined;
}

function dismiss(key) {
  dismissed = key;
  hideProblems();
}

/** The preview's own page (no --pages) says what is being served. */
function showStatus(status) {
  const line = document.getElementById('onestop-live-status');
  if (line) {
    const built = status.version ? `Version ${status.version}: ${plural(status.procedures, 'procedure', 'procedures')}.` : 'Nothing is built yet.';
    line.textContent = status.state === 'ok' ? `${built} Built in ${status.ms} ms.` : `${built} The latest save has ${plural(status.errors, 'error', 'errors')}.`;
  }
  for (const link of document.querySelectorAll('a[data-onestop-file]')) link.setAttribute('href', `${status.at}${link.dataset.onestopFile}`);
}

const stream = new EventSource('/__onestop/live');
stream.addEventListener('status', (event) => {
  let status;
  try {
    status = JSON.parse(event.data);
  } catch {
    return;
  }
  showStatus(status);
  if (status.state === 'ok') {
    if (status.build !== pageBuild) location.reload();
    else hideProblems();
  } else {
    showProblems(status);
  }
});
