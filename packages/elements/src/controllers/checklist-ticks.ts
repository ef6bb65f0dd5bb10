/**
 * The citizen's ticks on a checklist, shared with the procedure page's checklist
 * (ChecklistController): one localStorage entry per catalog and procedure,
 * `onestop-checklist:<catalog id>:<procedure id>`, holding `<group id>/<document id>` entries.
 */
export function checklistKey(catalogId: string, procedureId: string): string {
  return `onestop-checklist:${catalogId}:${procedureId}`;
}

/** The entry a ticked document leaves in its procedure's checklist. */
export function checklistEntry(groupId: string, documentId: string): string {
  return `${groupId}/${documentId}`;
}

export function readTicks(catalogId: string, procedureId: string): Set<string> {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(checklistKey(catalogId, procedureId)) ?? '[]');
    return new Set(Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  } catch {
    return new Set();
  }
}

export function writeTick(catalogId: string, procedureId: string, entry: string, ticked: boolean): void {
  const ticks = readTicks(catalogId, procedureId);
  if (ticked) ticks.add(entry);
  else ticks.delete(entry);
  try {
    localStorage.setItem(checklistKey(catalogId, procedureId), JSON.stringify([...ticks]));
  } catch {
    // Storage unavailable: the tick shows for this visit only.
  }
}
