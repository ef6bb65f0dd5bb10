/**
 * The last good publication, kept in Cache Storage so a page still works offline. Every call is
 * best-effort: a browser without Cache Storage (or with storage blocked) simply has no cache.
 */
const CACHE_NAME = 'onestop-publication-v1';

async function open(): Promise<Cache | undefined> {
  try {
    return globalThis.caches ? await globalThis.caches.open(CACHE_NAME) : undefined;
  } catch {
    return undefined;
  }
}

export async function cachedJson(url: string): Promise<unknown> {
  try {
    const response = await (await open())?.match(url);
    return response ? await response.json() : undefined;
  } catch {
    return undefined;
  }
}

export async function keepJson(url: string, text: string): Promise<void> {
  try {
    await (await open())?.put(url, new Response(text, { headers: { 'content-type': 'application/json' } }));
  } catch {
    // Quota or privacy mode: the page still works, only not offline.
  }
}

/** Removes every cached publication file (tests, and "forget this device"). */
export async function forgetPublications(): Promise<void> {
  try {
    await globalThis.caches?.delete(CACHE_NAME);
  } catch {
    // Nothing cached.
  }
}
