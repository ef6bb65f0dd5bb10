/**
 * Registers a heavy element only when a page uses it: its code is a separate chunk loaded the
 * first time the tag appears in the document, so a page with only a search box never pays for it.
 */
export function defineLazily(tag: string, load: () => Promise<unknown>): () => Promise<unknown> {
  let loading: Promise<unknown> | undefined;
  const start = () => {
    observer?.disconnect();
    loading ??= load().catch((e: unknown) => {
      // A failed chunk (offline) must not break the host page; the next use tries again.
      loading = undefined;
      console.warn(`Onestop: could not load <${tag}>`, e);
    });
    return loading;
  };
  const observer = typeof MutationObserver === 'undefined' ? undefined : new MutationObserver(() => {
    if (document.querySelector(tag)) void start();
  });
  if (typeof document !== 'undefined' && !globalThis.customElements?.get(tag)) {
    if (document.querySelector(tag)) void start();
    else observer?.observe(document.documentElement, { childList: true, subtree: true });
  }
  return start;
}
