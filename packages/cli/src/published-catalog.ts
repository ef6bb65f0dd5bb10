/**
 * `list` and `search` read a build's catalog.json without the validator: a file of the wrong
 * shape (edited by hand, from another tool or version) gets one clear message, never a crash.
 */
import type { Catalog } from '@onestop/core';
import { loadAnyCatalog } from '@onestop/core/node';
import { InputError } from './command.js';

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const isText = (v: unknown): boolean => isObject(v) && Object.values(v).every((x) => typeof x === 'string');
const isStrings = (v: unknown): boolean => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** The first thing in a build's catalog that list and search could not read, as a field path and what it should be. */
export function catalogShapeProblem(data: unknown): string | undefined {
  if (!isObject(data)) return 'the file is not a JSON object';
  const info = data.info;
  if (!isObject(info)) return 'info: missing';
  if (typeof info.id !== 'string' || typeof info.defaultLocale !== 'string' || !isStrings(info.locales)) return 'info: needs id, defaultLocale and locales';
  for (const key of ['procedures', 'agencies', 'lifeEvents', 'fields', 'synonyms'] as const) if (!Array.isArray(data[key])) return `${key}: not a list`;
  const procedures = data.procedures as unknown[];
  for (let i = 0; i < procedures.length; i++) {
    const p = procedures[i];
    const at = `procedures[${i}]`;
    if (!isObject(p) || typeof p.id !== 'string') return `${at}: needs an id`;
    if (!isText(p.name)) return `${at}.name: not a text per locale`;
    if (typeof p.field !== 'string' || typeof p.competentAgency !== 'string' || !isStrings(p.receivingAgencies)) return `${at}: needs field, competentAgency and receivingAgencies`;
    if (!Array.isArray(p.channels) || !p.channels.every((c) => isObject(c) && typeof c.type === 'string')) return `${at}.channels: not a list of channels`;
    for (const key of ['aliases', 'documentGroups', 'fees', 'steps']) if (p[key] !== undefined && typeof p[key] !== 'object') return `${at}.${key}: not a list or object`;
  }
  for (const [i, e] of (data.lifeEvents as unknown[]).entries()) {
    if (!isObject(e) || typeof e.id !== 'string' || !isText(e.name) || !isStrings(e.procedures)) return `lifeEvents[${i}]: needs id, name and procedures`;
  }
  for (const [i, a] of (data.agencies as unknown[]).entries()) {
    if (!isObject(a) || typeof a.id !== 'string' || !isText(a.name)) return `agencies[${i}]: needs id and name`;
  }
  return undefined;
}

/** A catalog from a source folder (validated) or a build folder (its shape checked). */
export function loadReadableCatalog(dir: string): { catalog: Catalog; version: string } {
  const loaded = loadAnyCatalog(dir);
  if (loaded.version === 'source') return loaded;
  const problem = catalogShapeProblem(loaded.catalog);
  if (problem) throw new InputError(`${dir}/catalog.json is not an Onestop catalog this version can read (${problem}); build it again with onestop build`);
  return loaded;
}
