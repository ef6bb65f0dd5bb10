/** The checks a JSON Schema cannot express: references, duplicates, translations, dates, fee periods. */
import type { Fee, Procedure, SourceCatalog } from '../catalog/model.js';
import { SOURCE_FILE_KINDS, sourceSchema } from './source-schema.js';
import { problemAt, sourceText, type ParsedSourceFile, type PathSegment } from './source-files.js';
import type { CatalogProblem } from '../catalog/problem.js';
import { indexSourceFiles } from './source-file-index.js';
import { editDistance } from '../text/edit-distance.js';
import { compileMarkdown, type MarkdownProblem } from '../richtext/markdown.js';

type SchemaNode = { $ref?: string; type?: string; properties?: Record<string, SchemaNode>; items?: SchemaNode; description?: string };
const defs = (sourceSchema('procedure') as { $defs: Record<string, SchemaNode> }).$defs;
const LOCALIZED = new Set(['#/$defs/text', '#/$defs/markdown', '#/$defs/aliases']);

/** An item whose file is already reported as broken: references to it are not reported a second time. */
export interface BrokenItem {
  kind: ParsedSourceFile['kind'];
  id: string;
}

/** `files` are the files that passed their schema; `broken` the items of every file that did not. */
export function crossCheck(catalog: SourceCatalog, files: ParsedSourceFile[], problems: CatalogProblem[], today: string, broken: readonly BrokenItem[]): void {
  const info = catalog.info;
  const locales = info.locales;
  const infoFile = files.find((f) => f.kind === 'catalog')!;
  const add = (file: ParsedSourceFile, path: PathSegment[], severity: CatalogProblem['severity'], code: string, message: string, hint?: string) =>
    problems.push(problemAt(file, path, severity, code, message, hint));

  if (!locales.includes(info.defaultLocale)) {
    add(infoFile, ['defaultLocale'], 'error', 'unknown-locale', `the default locale "${info.defaultLocale}" is not in locales`, `add it to locales: [${[...locales, info.defaultLocale].join(', ')}]`);
  }

  // Texts: every declared locale, no blank text, Markdown that compiles safely.
  for (const file of files) {
    walk(defs[SOURCE_FILE_KINDS[file.kind]]!, file.data, [], (ref, value, path) => {
      if (!LOCALIZED.has(ref)) return;
      const texts = value as Record<string, string | string[]>;
      for (const locale of locales) {
        if (!(locale in texts)) {
          add(file, path, locale === info.defaultLocale ? 'error' : 'warning', 'missing-translation', `no ${locale} text`, `add "${locale}: …" next to the other languages`);
        }
      }
      for (const [locale, text] of Object.entries(texts)) {
        if (!locales.includes(locale)) {
          add(file, [...path, locale], 'warning', 'undeclared-locale', `"${locale}" is not one of the catalog's locales (${locales.join(', ')})`, `add ${locale} to locales in catalog.yaml, or remove this text`);
        }
        const items = Array.isArray(text) ? text : [text];
        items.forEach((t, i) => {
          const at = Array.isArray(text) ? [...path, locale, i] : [...path, locale];
          if (!t.trim()) add(file, at, 'error', 'empty-text', 'the text is blank', 'write the text, or remove the field if it is optional');
          if (ref === '#/$defs/markdown') {
            const mdProblems: MarkdownProblem[] = [];
            compileMarkdown(t, mdProblems);
            // One message per kind of problem and text: five HTML tags are one thing to fix.
            const once = new Map(mdProblems.map((p) => [`${p.code}|${p.message}`, p]));
            for (const p of once.values()) add(file, at, 'error', p.code, p.message, 'links must start with https://, http://, mailto: or tel:; write no HTML tags and no images');
          }
        });
      }
    });
  }

  // catalog.<kind>[i] is the data of the i-th file of that kind (loadSource builds it so): an item's
  // problems go to its own file, even when another file declares the same id.
  const filesOf = (kind: ParsedSourceFile['kind']) => files.filter((f) => f.kind === kind);

  // Ids: unique per kind.
  const ids = (kind: ParsedSourceFile['kind'], list: { id: string }[], what: string) => {
    const kindFiles = filesOf(kind);
    const seen = new Map<string, number>();
    const known = new Set(broken.filter((b) => b.kind === kind).map((b) => b.id));
    list.forEach((item, i) => {
      if (seen.has(item.id)) {
        const file = kind === 'fields' ? kindFiles[0]! : kindFiles[i]!;
        add(file, kind === 'fields' ? ['fields', i, 'id'] : ['id'], 'error', 'duplicate-id', `the ${what} id "${item.id}" is used twice`, 'give each one its own id');
      }
      seen.set(item.id, i);
    });
    return new Set([...seen.keys(), ...known]);
  };
  const agencyIds = ids('agency', catalog.agencies, 'agency');
  const fieldIds = ids('fields', catalog.fields, 'field');
  const procedureIds = ids('procedure', catalog.procedures, 'procedure');
  ids('lifeEvent', catalog.lifeEvents, 'life event');

  const refAgency = (file: ParsedSourceFile, path: PathSegment[], id: string | undefined) => {
    if (id !== undefined && !agencyIds.has(id)) add(file, path, 'error', 'unknown-agency', `there is no agency "${id}"`, nearest(id, agencyIds, 'agencies/<id>.yaml'));
  };
  refAgency(infoFile, ['helpAgency'], info.helpAgency);

  const found = indexSourceFiles(files);
  const fileOf = (kind: ParsedSourceFile['kind'], id: string) => found.namedAndDeclaring(kind, id) ?? found.declaring(kind, id)!;

  const agencyFiles = filesOf('agency');
  catalog.agencies.forEach((agency, n) => {
    const file = agencyFiles[n]!;
    refAgency(file, ['parent'], agency.parent);
    if (agency.parent === agency.id) add(file, ['parent'], 'error', 'self-reference', 'an agency cannot be its own parent', 'remove parent or name the agency above this one');
    agency.openingHours.forEach((h, i) => {
      if (h.opens >= h.closes) add(file, ['openingHours', i], 'error', 'bad-hours', `opens at ${h.opens} but closes at ${h.closes}`, 'the closing time must be after the opening time');
    });
  });

  checkAgencyParents();

  const procedureFiles = filesOf('procedure');
  catalog.procedures.forEach((procedure, n) => checkProcedure(procedure, procedureFiles[n]!));

  const eventFiles = filesOf('lifeEvent');
  catalog.lifeEvents.forEach((event, n) => {
    const file = eventFiles[n]!;
    event.procedures.forEach((id, i) => {
      if (!procedureIds.has(id)) add(file, ['procedures', i], 'error', 'unknown-procedure', `there is no procedure "${id}"`, nearest(id, procedureIds, 'procedures/<id>.yaml'));
    });
    duplicatesIn(event.procedures).forEach((i) => add(file, ['procedures', i], 'error', 'duplicate-id', `"${event.procedures[i]}" is listed twice`, 'list each procedure once'));
  });

  for (const calendar of catalog.calendars) {
    const file = files.find((f) => f.kind === 'calendar' && (f.data as { year: number }).year === calendar.year)!;
    const dates = new Set<string>();
    calendar.holidays.forEach((h, i) => {
      if (!h.date.startsWith(`${calendar.year}-`)) add(file, ['holidays', i, 'date'], 'error', 'date-outside-year', `${h.date} is not in ${calendar.year}`, `move it to calendars/${h.date.slice(0, 4)}.yaml`);
      if (dates.has(h.date)) add(file, ['holidays', i, 'date'], 'error', 'duplicate-date', `${h.date} is listed twice`, 'list each day once');
      dates.add(h.date);
    });
    calendar.extraWorkingDays?.forEach((d, i) => {
      if (dates.has(d.date)) add(file, ['extraWorkingDays', i, 'date'], 'error', 'duplicate-date', `${d.date} is both a holiday and a working day`, 'keep it in one list');
    });
  }

  if (!catalog.procedures.length && !broken.some((b) => b.kind === 'procedure')) {
    problems.push({ code: 'no-procedures', severity: 'warning', file: 'procedures/', line: 0, column: 0, path: '', message: 'the catalog has no procedures', hint: 'add one YAML file per procedure under procedures/' });
  }

  /** Parents must lead up to a top agency: A → B → A never ends. Each loop is reported once, on its first agency. */
  function checkAgencyParents(): void {
    const parentOf = new Map(catalog.agencies.map((a) => [a.id, a.parent]));
    const settled = new Set<string>();
    for (const start of [...parentOf.keys()].sort()) {
      const chain: string[] = [];
      let at: string | undefined = start;
      while (at !== undefined && parentOf.has(at) && !settled.has(at) && !chain.includes(at)) {
        chain.push(at);
        at = parentOf.get(at);
      }
      if (at !== undefined && chain.includes(at)) {
        const loop = chain.slice(chain.indexOf(at));
        if (loop.length > 1) {
          const first = [...loop].sort()[0]!;
          const ordered = [...loop.slice(loop.indexOf(first)), ...loop.slice(0, loop.indexOf(first)), first];
          add(fileOf('agency', first), ['parent'], 'error', 'parent-cycle', `the parents of these agencies go round in a loop: ${ordered.join(' → ')}`, 'one of them must name the agency above it, or no parent at all');
        }
      }
      chain.forEach((id) => settled.add(id));
    }
  }

  function checkProcedure(p: Procedure<string>, file: ParsedSourceFile): void {
    if (!fieldIds.has(p.field)) add(file, ['field'], 'error', 'unknown-field-id', `there is no field "${p.field}"`, nearest(p.field, fieldIds, 'fields.yaml'));
    refAgency(file, ['competentAgency'], p.competentAgency);
    p.receivingAgencies.forEach((a, i) => refAgency(file, ['receivingAgencies', i], a));
    const channelIds = new Set<string>();
    p.channels.forEach((c, i) => {
      if (channelIds.has(c.id)) add(file, ['channels', i, 'id'], 'error', 'duplicate-id', `the channel id "${c.id}" is used twice`, 'give each channel its own id');
      channelIds.add(c.id);
      refAgency(file, ['channels', i, 'agency'], c.agency);
      if (c.type === 'online' && !c.url) add(file, ['channels', i], 'error', 'missing-field', 'an online channel needs the url where citizens apply', 'add url: https://…');
      if (c.type !== 'online' && !c.agency) add(file, ['channels', i], 'warning', 'missing-field', `this ${c.type} channel should name the office that receives the dossier`, 'add agency: <agency id>');
    });
    const docIds = new Set<string>();
    const groupIds = new Set<string>();
    p.documentGroups.forEach((g, gi) => {
      if (groupIds.has(g.id)) add(file, ['documentGroups', gi, 'id'], 'error', 'duplicate-id', `the document group id "${g.id}" is used twice`, 'give each group its own id');
      groupIds.add(g.id);
      g.documents.forEach((d, di) => {
        if (docIds.has(d.id)) add(file, ['documentGroups', gi, 'documents', di, 'id'], 'error', 'duplicate-id', `the document id "${d.id}" is used twice`, 'give each document its own id');
        docIds.add(d.id);
      });
    });
    p.fees.forEach((fee, i) => {
      (fee.channels ?? []).forEach((c, ci) => {
        if (!channelIds.has(c)) add(file, ['fees', i, 'channels', ci], 'error', 'unknown-channel', `there is no channel "${c}" in this procedure`, `use one of: ${[...channelIds].join(', ')}`);
      });
      const written = sourceText(file, ['fees', i, 'amount']);
      if (written && /[.,\s]/.test(written)) {
        add(file, ['fees', i, 'amount'], 'error', 'malformed-amount', `the amount "${written}" has a separator, so it reads as ${fee.amount}`, `write whole đồng with digits only: ${written.replace(/[.,\s]/g, '')}`);
      }
      (fee.reductions ?? []).forEach((r, ri) => {
        if (r.percent === undefined && r.amount === undefined) add(file, ['fees', i, 'reductions', ri], 'error', 'missing-field', 'a reduction needs percent or amount', 'add percent: 50 or amount: 100000');
        if (r.amount !== undefined && r.amount > fee.amount) add(file, ['fees', i, 'reductions', ri, 'amount'], 'error', 'out-of-range', 'the reduction is larger than the fee', 'check the amounts');
      });
      checkPeriod(['fees', i], fee.validFrom, fee.validTo);
    });
    checkFeeOverlaps(p.fees);
    const groups = new Map<string, number[]>();
    p.fees.forEach((f, i) => f.oneOf && groups.set(f.oneOf, [...(groups.get(f.oneOf) ?? []), i]));
    for (const [group, members] of groups) {
      if (new Set(members.map((i) => p.fees[i]!.id)).size < 2) {
        add(file, ['fees', members[0]!, 'oneOf'], 'warning', 'lonely-fee-group', `the fee group "${group}" has only one fee`, 'alternatives need two fees or more; remove oneOf if this fee stands alone');
      }
    }
    p.fees.forEach((f, i) => {
      if (f.applies === 'case' && !f.conditions) add(file, ['fees', i, 'applies'], 'warning', 'missing-field', 'a fee charged only in some cases should say which', 'add conditions: { vi: …, en: … }');
    });
    checkPeriod([], p.validFrom, p.validTo);
    if (p.updated > today) add(file, ['updated'], 'warning', 'future-date', `updated ${p.updated} is in the future`, 'use the date the content was last checked');
    for (const [locale, list] of Object.entries(p.aliases)) {
      duplicatesIn(list.map((a) => a.trim().toLowerCase())).forEach((i) =>
        add(file, ['aliases', locale, i], 'warning', 'duplicate-alias', `the alias "${list[i]}" is listed twice`, 'remove one'),
      );
    }

    // Both dates are real: a file with an impossible date fails its schema and is not cross-checked.
    function checkPeriod(path: PathSegment[], from?: string, to?: string) {
      if (from && to && from > to) add(file, [...path, 'validTo'], 'error', 'bad-period', `validTo ${to} is before validFrom ${from}`, 'swap the dates or fix the year');
    }

    function checkFeeOverlaps(fees: Fee<string>[]) {
      fees.forEach((a, i) => {
        for (let j = 0; j < i; j++) {
          const b = fees[j]!;
          if (a.id !== b.id) continue;
          const aCh = a.channels ?? [...channelIds];
          const bCh = b.channels ?? [...channelIds];
          if (!aCh.some((c) => bCh.includes(c))) continue;
          // No start is before every date ('' sorts first); no end is after every date.
          const overlaps = (a.validFrom ?? '') <= (b.validTo ?? '9999') && (b.validFrom ?? '') <= (a.validTo ?? '9999');
          if (overlaps) {
            add(file, ['fees', i], 'error', 'overlapping-fees', `fee "${a.id}" overlaps in time with fees[${j}] for the same channel`, 'end the earlier one with validTo the day before the new validFrom');
          }
        }
      });
    }
  }

}

function duplicatesIn(list: readonly string[]): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  list.forEach((v, i) => (seen.has(v) ? out.push(i) : seen.add(v)));
  return out;
}

/** A hint naming the known id nearest to `id`: at most a third of its length off, and three edits for a short id. */
function nearest(id: string, known: Set<string>, where: string): string {
  const limit = Math.floor(Math.max(3, id.length / 3));
  let best: string | undefined;
  let bestScore = limit + 1;
  for (const k of known) {
    const d = editDistance(id, k, limit);
    if (d < bestScore) {
      bestScore = d;
      best = k;
    }
  }
  return best === undefined ? `check the spelling or add ${where}` : `did you mean "${best}"?`;
}

/** Visits every value with the `$ref` that describes it. The files passed their schema, so the data has the schema's shape. */
function walk(node: SchemaNode, data: unknown, path: PathSegment[], visit: (ref: string, value: unknown, path: PathSegment[]) => void): void {
  if (node.$ref) {
    visit(node.$ref, data, path);
    walk(defs[node.$ref.replace('#/$defs/', '')]!, data, path, visit);
  } else if (node.properties) {
    for (const [k, v] of Object.entries(data as Record<string, unknown>)) walk(node.properties[k]!, v, [...path, k], visit);
  } else if (node.items) {
    (data as unknown[]).forEach((v, i) => walk(node.items!, v, [...path, i], visit));
  }
}
