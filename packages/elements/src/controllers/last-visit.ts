/** Which publication version a citizen last saw a procedure in, for "changed since your last visit". */
export function lastSeenVersion(catalogId: string, procedure: string): string | undefined {
  try {
    return localStorage.getItem(`onestop-seen:${catalogId}:${procedure}`) ?? undefined;
  } catch {
    return undefined;
  }
}

export function rememberSeen(catalogId: string, procedure: string, version: string): void {
  try {
    localStorage.setItem(`onestop-seen:${catalogId}:${procedure}`, version);
  } catch {
    // Storage blocked: no "what changed" next time.
  }
}
