/**
 * The citizen's ticks on a checklist, shared by every Onestop element that shows the same
 * procedure's documents (the guide's plan and the procedure page): one localStorage entry per
 * catalog and procedure, `onestop-checklist:<catalog id>:<procedure id>`, holding document ids.
 */
export function checklistKey(catalogId: string, procedureId: string): string {
  return `onestop-checklist:${catalogId}:${procedureId}`;
}

export function readTicks(catalogId: string, procedureId: string): Set<string> {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(checklistKey(catalogId, procedureId)) ?? '[]');
    return new Set(Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  } catch {
    return new Set();
  }
}

export function writeTick(catalogId: string, procedureId: string, documentId: string, ticked: boolean): void {
  const ticks = readTicks(catalogId, procedureId);
  if (ticked) ticks.add(documentId);
  else ticks.delete(documentId);
  try {
    localStorage.setItem(checklistKey(catalogId, procedureId), JSON.stringify([...ticks].sort()));
  } catch {
    // Storage unavailable: the tick shows for this visit only.
  }
}
