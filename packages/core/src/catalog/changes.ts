/** What changed between two publications, field by field, for release notes. */
import type { AgencyChange, Catalog, Procedure } from './model.js';
import { describeAgencyChange } from './succession.js';
import { pick } from './localize.js';
import { richTextToPlain, type RichText } from '../richtext/rich-text.js';

export interface FieldChange {
  /** e.g. `fees[standard].amount`, `name.vi`. */
  path: string;
  before: unknown;
  after: unknown;
}

export interface EntityChange {
  id: string;
  name: Record<string, string>;
  changes: FieldChange[];
  /** A procedure's new competent agency, in words citizens understand. */
  agencyChange?: AgencyChange;
}

export interface CatalogChanges {
  from: string;
  to: string;
  procedures: { added: EntityChange[]; removed: EntityChange[]; changed: EntityChange[] };
  agencies: { added: EntityChange[]; removed: EntityChange[]; changed: EntityChange[] };
  lifeEvents: { added: EntityChange[]; removed: EntityChange[]; changed: EntityChange[] };
}

const isRichText = (v: unknown): v is RichText =>
  Array.isArray(v) && v.length > 0 && v.every((b) => b && typeof b === 'object' && 't' in b && ['p', 'h', 'ul', 'ol', 'table', 'quote'].includes((b as { t: string }).t));

/** Field-level differences; arrays of objects with ids are matched by id, rich text compared as text. */
export function diffValues(before: unknown, after: unknown, path = '', out: FieldChange[] = []): FieldChange[] {
  if (isRichText(before) || isRichText(after)) {
    const a = isRichText(before) ? richTextToPlain(before) : before;
    const b = isRichText(after) ? richTextToPlain(after) : after;
    if (JSON.stringify(a) !== JSON.stringify(b)) out.push({ path, before: a, after: b });
    return out;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const keyed = [...before, ...after].every((x) => x && typeof x === 'object' && typeof (x as { id?: unknown }).id === 'string');
    if (keyed) {
      const key = (x: { id: string; validFrom?: string }) => (x.validFrom ? `${x.id}@${x.validFrom}` : x.id);
      const a = new Map(before.map((x) => [key(x), x]));
      const b = new Map(after.map((x) => [key(x), x]));
      for (const [id, x] of a) diffValues(x, b.get(id), `${path}[${id}]`, out);
      for (const [id, x] of b) if (!a.has(id)) out.push({ path: `${path}[${id}]`, before: undefined, after: x });
      return out;
    }
    if (before.every((x) => typeof x !== 'object') && after.every((x) => typeof x !== 'object')) {
      if (JSON.stringify(before) !== JSON.stringify(after)) out.push({ path, before, after });
      return out;
    }
    const n = Math.max(before.length, after.length);
    for (let i = 0; i < n; i++) diffValues(before[i], after[i], `${path}[${i}]`, out);
    return out;
  }
  if (before && after && typeof before === 'object' && typeof after === 'object' && !Array.isArray(before) && !Array.isArray(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    for (const k of keys) diffValues((before as Record<string, unknown>)[k], (after as Record<string, unknown>)[k], path ? `${path}.${k}` : k, out);
    return out;
  }
  if (JSON.stringify(before) !== JSON.stringify(after)) {
    out.push({ path, before: isRichText(before) ? richTextToPlain(before) : before, after: isRichText(after) ? richTextToPlain(after) : after });
  }
  return out;
}

type Named = { id: string; name: Record<string, string> };

function diffList<T extends Named>(before: T[], after: T[], ignore: string[] = []): CatalogChanges['procedures'] {
  const a = new Map(before.map((x) => [x.id, x]));
  const b = new Map(after.map((x) => [x.id, x]));
  const entry = (x: T, changes: FieldChange[] = []): EntityChange => ({ id: x.id, name: x.name, changes });
  const changed: EntityChange[] = [];
  for (const [id, x] of b) {
    const old = a.get(id);
    if (!old) continue;
    const changes = diffValues(old, x).filter((c) => !ignore.some((i) => c.path === i || c.path.startsWith(`${i}.`)));
    if (changes.length) changed.push(entry(x, changes));
  }
  return {
    added: [...b.values()].filter((x) => !a.has(x.id)).map((x) => entry(x)),
    removed: [...a.values()].filter((x) => !b.has(x.id)).map((x) => entry(x)),
    changed,
  };
}

export function diffCatalogs(before: Catalog, after: Catalog, versions: { from: string; to: string }): CatalogChanges {
  return {
    from: versions.from,
    to: versions.to,
    procedures: withAgencyChanges(diffList<Procedure & Named>(before.procedures, after.procedures, ['agencyChange']), before, after),
    agencies: diffList(before.agencies, after.agencies),
    lifeEvents: diffList(before.lifeEvents, after.lifeEvents),
  };
}

/** Headlines each procedure whose competent agency changed, using the new catalog's successions. */
function withAgencyChanges(group: CatalogChanges['procedures'], before: Catalog, after: Catalog): CatalogChanges['procedures'] {
  const old = new Map(before.procedures.map((p) => [p.id, p]));
  const changed = group.changed.map((entry) => {
    const was = old.get(entry.id)?.competentAgency;
    const now = after.procedures.find((p) => p.id === entry.id)?.competentAgency;
    if (!was || !now || was === now) return entry;
    return { ...entry, agencyChange: describeAgencyChange(after.agencies, entry.name, was, now, after.info.locales) };
  });
  return { ...group, changed };
}

const show = (v: unknown): string => {
  if (v === undefined) return '(none)';
  if (typeof v === 'number') return v.toLocaleString('en-US');
  if (typeof v === 'string') return v.length > 120 ? `"${v.slice(0, 117)}…"` : `"${v}"`;
  const s = JSON.stringify(v);
  return s.length > 120 ? s.slice(0, 117) + '…' : s;
};

/** The change log as plain text an editor pastes into a release note. */
export function formatChanges(changes: CatalogChanges, locale: string): string {
  const lines: string[] = [`Catalog changes ${changes.from} → ${changes.to}`];
  const section = (title: string, group: CatalogChanges['procedures']) => {
    const total = group.added.length + group.removed.length + group.changed.length;
    if (!total) return;
    lines.push('', `${title}:`);
    for (const x of group.added) lines.push(`  + added    ${x.id}  ${pick(x.name, locale) ?? ''}`);
    for (const x of group.removed) lines.push(`  - removed  ${x.id}  ${pick(x.name, locale) ?? ''}`);
    for (const x of group.changed) {
      lines.push(`  ~ changed  ${x.id}  ${pick(x.name, locale) ?? ''}`);
      if (x.agencyChange) lines.push(`      ${pick(x.agencyChange.text, locale) ?? ''}`);
      for (const c of x.changes) lines.push(`      ${c.path}: ${show(c.before)} → ${show(c.after)}`);
    }
  };
  section('Procedures', changes.procedures);
  section('Agencies', changes.agencies);
  section('Life events', changes.lifeEvents);
  if (lines.length === 1) lines.push('', 'No changes.');
  return lines.join('\n') + '\n';
}
