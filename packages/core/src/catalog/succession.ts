/**
 * Agency succession: which agency does the work of one that a reorganisation merged, split or
 * renamed. Old agencies stay in the catalog, so an id a citizen saved still leads somewhere.
 */
import type { Agency, AgencyChange, AgencySuccession, IsoDate, Localized } from './model.js';
import { pick } from './localize.js';

type AgencyLike = Pick<Agency<unknown>, 'id' | 'name' | 'shortName' | 'replaces'>;

/** One agency that took over some or all of another's work. */
export interface Successor {
  agency: string;
  succession: AgencySuccession;
}

/** Every agency that took over from `id` (on or before `today` when given), whole successors first. */
export function successorsOf(agencies: readonly AgencyLike[], id: string, today?: IsoDate): Successor[] {
  const out: Successor[] = [];
  for (const a of agencies) {
    for (const succession of a.replaces ?? []) {
      if (succession.agency !== id || a.id === id) continue;
      if (today !== undefined && succession.since > today) continue;
      out.push({ agency: a.id, succession });
    }
  }
  return out.sort((x, y) => Number(!!x.succession.scope) - Number(!!y.succession.scope));
}

/** The agency that took over all of `id`'s work, if one did. */
export function wholeSuccessorOf(agencies: readonly AgencyLike[], id: string, today?: IsoDate): Successor | undefined {
  return successorsOf(agencies, id, today).find((s) => !s.succession.scope);
}

export interface AgencyResolution<A> {
  /** The agency that does the work today. */
  agency: A;
  /** The id that was asked for. */
  requested: string;
  /** Ids from the requested agency to the current one; one id when it was not succeeded. */
  path: string[];
  /** When the current agency took over, if the requested one was succeeded. */
  since?: IsoDate;
}

/**
 * Follows whole successions from `id` to the agency that does the work now (through several
 * reorganisations, ignoring cycles). Undefined when no agency has that id.
 */
export function resolveAgency<A extends AgencyLike>(agencies: readonly A[], id: string, today?: IsoDate): AgencyResolution<A> | undefined {
  const byId = new Map(agencies.map((a) => [a.id, a]));
  if (!byId.has(id)) return undefined;
  const path = [id];
  let since: IsoDate | undefined;
  for (let next = wholeSuccessorOf(agencies, id, today); next && byId.has(next.agency) && !path.includes(next.agency); next = wholeSuccessorOf(agencies, next.agency, today)) {
    path.push(next.agency);
    since = next.succession.since;
  }
  return { agency: byId.get(path[path.length - 1]!)!, requested: id, path, since };
}

/** The succession that explains a move from `from` to `to`: `to` replaced `from`, or an agency `from` led to. */
function successionBetween(agencies: readonly AgencyLike[], from: string, to: string): AgencySuccession | undefined {
  const target = agencies.find((a) => a.id === to);
  const direct = target?.replaces?.find((s) => s.agency === from);
  if (direct) return direct;
  const path = resolveAgency(agencies, from)?.path ?? [from];
  return target?.replaces?.find((s) => path.includes(s.agency));
}

const SENTENCES: Record<string, { handled: (what: string, by: string) => string; since: (date: string) => string }> = {
  vi: { handled: (what, by) => `${what} nay do ${by} giải quyết`, since: (date) => ` (từ ngày ${date})` },
  en: { handled: (what, by) => `${what} is now handled by ${by}`, since: (date) => ` (since ${date})` },
};

/** 1/3/2025, 1 March 2025: how each language writes a day in a sentence (British order for English). */
function dayInWords(date: IsoDate, locale: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if (locale === 'vi') return `${d}/${m}/${y}`;
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}

/**
 * "Driving licences are now handled by the police (since 1 March 2025)" in every locale: the
 * succession's own notice when it has one, else the procedure's name and the new agency's name.
 */
export function describeAgencyChange(
  agencies: readonly AgencyLike[],
  procedureName: Localized<string>,
  from: string,
  to: string,
  locales: readonly string[],
): AgencyChange {
  const succession = successionBetween(agencies, from, to);
  const target = agencies.find((a) => a.id === to);
  const text: Localized<string> = {};
  for (const locale of locales) {
    const words = SENTENCES[locale] ?? SENTENCES.en!;
    const notice = pick(succession?.notice, locale);
    const agencyName = pick(target?.name, locale) ?? to;
    const sentence = notice ?? words.handled(pick(procedureName, locale) ?? '', agencyName);
    text[locale] = sentence + (succession ? words.since(dayInWords(succession.since, locale)) : '');
  }
  return { from, to, ...(succession ? { since: succession.since } : {}), text };
}
