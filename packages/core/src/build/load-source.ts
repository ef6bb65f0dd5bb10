/**
 * Source files → a checked {@link SourceCatalog}: JSON Schema first, then the cross-checks a
 * schema cannot express (references, duplicates, translations, dates, fee periods).
 */
import Ajv2020 from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { SourceCatalog, Procedure, Agency, LifeEvent, CalendarYear, Field, SynonymSet, CatalogInfo } from '../catalog/model.js';
import { SOURCE_FILE_KINDS, sourceSchema, type SourceFileKind } from './source-schema.js';
import { fileStem, parseSourceFile, sourceFileKind, problemAt, type ParsedSourceFile, type PathSegment, type SourceFile } from './source-files.js';
import type { CatalogProblem } from '../catalog/problem.js';
import { crossCheck, type BrokenItem } from './cross-check.js';
import { isIsoDate } from '../calendar/local-date-time.js';
import { editDistance } from '../text/edit-distance.js';
import { checkGuides } from './check-guides.js';
import { checkValues } from './value-checks.js';
import { impossibleDateMessage } from './impossible-date.js';
import { checkSuccession } from './check-succession.js';
import type { SourceGuideFlow } from '../catalog/guide-flow.js';

export interface LoadedSource {
  /** Present when no file was unreadable and no schema error stopped assembly. */
  catalog?: SourceCatalog;
  problems: CatalogProblem[];
  files: ParsedSourceFile[];
}

export interface LoadOptions {
  /** Today's date (YYYY-MM-DD) for date checks; defaults to the clock. */
  today?: string;
  /** Parses one file (default {@link parseSourceFile}); the live preview hands in a cache so a save re-parses only the changed file. */
  parse?: (file: SourceFile, problems: CatalogProblem[]) => ParsedSourceFile | undefined;
}

let validators: Map<SourceFileKind, ValidateFunction> | undefined;

function validatorFor(kind: SourceFileKind): ValidateFunction {
  if (!validators) {
    const ajv = new Ajv2020({ allErrors: true, strict: false, verbose: true });
    ajv.addFormat('date', isIsoDate);
    ajv.addFormat('uri', (s: string) => URL.canParse(s));
    validators = new Map(
      (Object.keys(SOURCE_FILE_KINDS) as SourceFileKind[]).map((k) => [k, ajv.compile(sourceSchema(k))]),
    );
  }
  return validators.get(kind)!;
}

export function loadSource(sourceFiles: readonly SourceFile[], options: LoadOptions = {}): LoadedSource {
  const problems: CatalogProblem[] = [];
  const files: ParsedSourceFile[] = [];
  const sorted = [...sourceFiles].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  let unreadable = false;
  // Items whose file is reported already, by the id its file name promises.
  const broken: BrokenItem[] = [];
  for (const file of sorted) {
    const before = problems.length;
    const parsed = (options.parse ?? parseSourceFile)(file, problems);
    if (parsed) files.push(parsed);
    else if (problems.length > before) {
      unreadable = true;
      const kind = sourceFileKind(file.path);
      if (kind) broken.push({ kind, id: fileStem(file.path) });
    }
  }
  const byKind = (kind: ParsedSourceFile['kind']) => files.filter((f) => f.kind === kind);

  if (!sorted.some((f) => f.path === 'catalog.yaml')) {
    problems.push({
      code: 'missing-catalog-file',
      severity: 'error',
      file: 'catalog.yaml',
      line: 0,
      column: 0,
      path: '',
      message: 'the catalog folder has no catalog.yaml',
      hint: 'create catalog.yaml with id, title, publisher, locales, defaultLocale and sample',
    });
  }

  // A file that fails its schema is left out; the cross-checks still run on every other file.
  const failed = new Set<ParsedSourceFile>();
  for (const file of files) {
    const reported = checkValues(file, problems);
    if (reported.size) failed.add(file);
    if (reported.has('')) continue;
    const validate = validatorFor(file.kind);
    if (!validate(file.data)) {
      failed.add(file);
      const fresh = simplify(validate.errors ?? []).filter((e) => ![...reported].some((at) => e.instancePath === at || e.instancePath.startsWith(`${at}/`)));
      for (const err of fresh) problems.push(schemaProblem(file, err));
    }
    if (['procedure', 'agency', 'lifeEvent'].includes(file.kind)) {
      const id = (file.data as { id?: unknown }).id;
      if (typeof id === 'string' && id !== fileStem(file.path)) {
        problems.push(problemAt(file, ['id'], 'error', 'id-file-mismatch', `the id "${id}" differs from the file name "${fileStem(file.path)}"`, `rename the file to ${id}.yaml or change the id to ${fileStem(file.path)}`));
      }
    }
    if (file.kind === 'calendar') {
      const year = (file.data as { year?: unknown }).year;
      if (typeof year === 'number' && String(year) !== fileStem(file.path)) {
        problems.push(problemAt(file, ['year'], 'error', 'id-file-mismatch', `the year ${year} differs from the file name "${fileStem(file.path)}"`, `name the file ${year}.yaml`));
      }
    }
  }

  const infoFile = byKind('catalog')[0];
  if (!infoFile || failed.has(infoFile)) return { problems, files };
  const checked = (kind: ParsedSourceFile['kind']) => byKind(kind).filter((f) => !failed.has(f));

  const catalog: SourceCatalog = {
    info: infoFile.data as CatalogInfo,
    agencies: checked('agency').map((f) => f.data as Agency<string>),
    fields: checked('fields').flatMap((f) => (f.data as { fields: Field[] }).fields),
    // Copies: attaching a guide below must not change the procedure file's own data.
    procedures: checked('procedure').map((f) => ({ ...(f.data as Procedure<string>) })),
    lifeEvents: checked('lifeEvent').map((f) => f.data as LifeEvent<string>),
    calendars: checked('calendar').map((f) => f.data as CalendarYear).sort((a, b) => a.year - b.year),
    synonyms: checked('synonyms').flatMap((f) => (f.data as { synonyms: SynonymSet[] }).synonyms),
  };
  for (const file of failed) {
    const data = file.data as Record<string, unknown>;
    const items = file.kind === 'fields' ? (Array.isArray(data.fields) ? data.fields : []) : [data];
    for (const item of items) {
      const id = (item as { id?: unknown } | null)?.id;
      broken.push({ kind: file.kind, id: typeof id === 'string' ? id : fileStem(file.path) });
    }
  }
  const brokenProcedures = new Set(broken.filter((b) => b.kind === 'procedure').map((b) => b.id));
  for (const guide of checked('guide')) {
    const procedure = catalog.procedures.find((p) => p.id === fileStem(guide.path));
    if (procedure) procedure.guide = guide.data as SourceGuideFlow;
    else if (!brokenProcedures.has(fileStem(guide.path))) problems.push(problemAt(guide, [], 'error', 'unknown-procedure', `there is no procedure "${fileStem(guide.path)}" for this guide`, 'name the guide file after the procedure id, e.g. guides/birth-registration.yaml'));
  }
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const passed = files.filter((f) => !failed.has(f));
  crossCheck(catalog, passed, problems, today, broken);
  checkGuides(catalog, passed, problems, today);
  checkSuccession(catalog, passed, problems, today, broken);
  if (unreadable || failed.size) return { problems, files };
  return { catalog, problems, files };
}

/** Ajv reports every branch; keep the errors an editor can act on, one per place. */
function simplify(errors: ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  const out: ErrorObject[] = [];
  for (const e of errors) {
    if (e.keyword === 'if' || e.keyword === 'anyOf' || e.keyword === 'oneOf') continue;
    // A bad pattern and a bad format on the same value say one thing.
    const key = `${e.instancePath}|${e.keyword === 'format' ? 'pattern' : e.keyword}|${JSON.stringify(e.params)}`;
    const samePlace = `${e.instancePath}|value`;
    if (e.keyword === 'format' || e.keyword === 'pattern') {
      if (seen.has(samePlace)) continue;
      seen.add(samePlace);
    }
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out;
}

function pathOf(instancePath: string): PathSegment[] {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function describe(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return `the text "${value.length > 40 ? value.slice(0, 40) + '…' : value}"`;
  return `${typeof value} ${String(value)}`;
}

function schemaProblem(file: ParsedSourceFile, e: ErrorObject): CatalogProblem {
  const path = pathOf(e.instancePath);
  const parentSchema = e.parentSchema as { description?: string; properties?: Record<string, unknown> } | undefined;
  switch (e.keyword) {
    case 'required': {
      const missing = (e.params as { missingProperty: string }).missingProperty;
      return problemAt(file, path, 'error', 'missing-field', `the required field "${missing}" is missing`, `add "${missing}:" here`, true);
    }
    case 'additionalProperties': {
      const extra = (e.params as { additionalProperty: string }).additionalProperty;
      const allowed = Object.keys(parentSchema?.properties ?? {});
      const near = allowed.find((a) => a.toLowerCase() === extra.toLowerCase() || editDistance(a, extra, 2) <= 2);
      if (!allowed.length) {
        const hint = /\s/.test(extra)
          ? 'a comma inside { vi: …, en: … } ends the text: put the text in double quotes, or write vi: and en: on lines of their own'
          : 'write texts as { vi: "…", en: "…" } with language codes declared in catalog.yaml';
        return problemAt(file, [...path, extra], 'error', 'unknown-locale-key', `"${extra}" is not a language code`, hint, true);
      }
      return problemAt(
        file,
        [...path, extra],
        'error',
        'unknown-field',
        `unknown field "${extra}"`,
        near ? `did you mean "${near}"?` : `allowed fields here: ${allowed.join(', ')}`,
        true,
      );
    }
    case 'type': {
      const want = (e.params as { type: string }).type;
      return problemAt(file, path, 'error', 'wrong-type', `should be ${TYPE_NAMES[want] ?? want}, found ${describe(e.data)}`, typeHint(want, e.data));
    }
    case 'enum': {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues;
      return problemAt(file, path, 'error', 'not-allowed-value', `${describe(e.data)} is not allowed here`, `use one of: ${allowed.join(', ')}`);
    }
    case 'const':
      return problemAt(file, path, 'error', 'not-allowed-value', `${describe(e.data)} is not allowed here`, `use ${String((e.params as { allowedValue: unknown }).allowedValue)}`);
    case 'pattern':
    case 'format': {
      const impossible = (parentSchema as { format?: string } | undefined)?.format === 'date' && typeof e.data === 'string' ? impossibleDateMessage(e.data) : undefined;
      if (impossible) return problemAt(file, path, 'error', 'impossible-date', impossible, 'write a date that exists, as YYYY-MM-DD');
      return problemAt(file, path, 'error', 'malformed-value', `${describe(e.data)} is not valid`, parentSchema?.description ?? 'check the value');
    }
    case 'minLength':
      return problemAt(file, path, 'error', 'empty-text', 'the text is empty', 'write the text, or remove the field if it is optional');
    case 'minItems':
      return problemAt(file, path, 'error', 'empty-list', 'the list is empty', `add at least ${(e.params as { limit: number }).limit} item(s)`);
    case 'minProperties':
      return problemAt(file, path, 'error', 'empty-text', 'no text is given for any language', 'write the text as { vi: "…", en: "…" }');
    case 'minimum':
    case 'maximum':
      return problemAt(file, path, 'error', 'out-of-range', `${describe(e.data)} is ${e.keyword === 'minimum' ? 'too small' : 'too large'}`, `the ${e.keyword} is ${(e.params as { limit: number }).limit}`);
    default:
      return problemAt(file, path, 'error', 'schema', e.message ?? 'invalid value', parentSchema?.description);
  }
}

const TYPE_NAMES: Record<string, string> = { string: 'a text', number: 'a number', integer: 'a whole number', boolean: 'true or false', array: 'a list', object: 'a group of fields' };

function typeHint(want: string, data: unknown): string {
  if (want === 'object' && typeof data === 'string') return 'write a text per language: { vi: "…", en: "…" }';
  if (want === 'array' && typeof data === 'string') return 'write a list: [item, item] or one "- item" per line';
  if ((want === 'integer' || want === 'number') && typeof data === 'string') return 'write digits only, without quotes or separators: 200000';
  if (want === 'integer' && typeof data === 'number') return 'write a whole number without decimals or separators: 200000';
  if (want === 'string' && typeof data === 'number') return 'put the value in double quotes';
  return `write ${TYPE_NAMES[want] ?? want}`;
}
