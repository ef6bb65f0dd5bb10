/**
 * Registers an element the first time the page uses it: the one-script-tag bundle keeps the
 * procedure page and the catalog browser in their own chunks, loaded only when such a tag appears.
 */
export function loadWhenUsed(tag: string, load: () => Promise<unknown>): void {
  if (typeof document === 'undefined' || typeof customElements === 'undefined' || customElements.get(tag)) return;
  let started = false;
  let observer: MutationObserver | undefined;
  const start = () => {
    if (started) return;
    started = true;
    observer?.disconnect();
    load().catch((error: unknown) => console.warn(`Onestop could not load <${tag}>:`, error));
  };
  if (document.querySelector(tag)) return start();
  if (typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => document.querySelector(tag) && start());
  observer.observe(document.documentElement, { childList: true, subtree: true });
}
