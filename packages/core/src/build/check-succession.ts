/**
 * Succession checks: `replaces` names real agencies without loops, and references to an agency
 * that has been succeeded still work but warn, naming the agency that does the work now.
 */
import type { SourceCatalog } from '../catalog/model.js';
import { problemAt, type ParsedSourceFile, type PathSegment } from './source-files.js';
import type { CatalogProblem } from '../catalog/problem.js';
import type { BrokenItem } from './cross-check.js';
import { pick } from '../catalog/localize.js';
import { resolveAgency, successorsOf, wholeSuccessorOf } from '../catalog/succession.js';

export function checkSuccession(catalog: SourceCatalog, files: readonly ParsedSourceFile[], problems: CatalogProblem[], today: string, broken: readonly BrokenItem[]): void {
  const agencyIds = new Set(catalog.agencies.map((a) => a.id));
  // An agency whose own file failed its schema is reported there, not again as unknown here.
  const brokenAgencies = new Set(broken.filter((b) => b.kind === 'agency').map((b) => b.id));
  // catalog.<kind>[i] is the data of the i-th file of that kind (loadSource builds it so): an item's
  // problems go to its own file, even when another file declares the same id.
  const agencyFiles = files.filter((f) => f.kind === 'agency');
  const procedureFiles = files.filter((f) => f.kind === 'procedure');
  /** The first agency of this id, with its file. */
  const agencyNamed = (id: string) => {
    const n = catalog.agencies.findIndex((a) => a.id === id);
    return { agency: catalog.agencies[n]!, file: agencyFiles[n]! };
  };
  const add = (file: ParsedSourceFile, path: PathSegment[], severity: CatalogProblem['severity'], code: string, message: string, hint: string) =>
    problems.push(problemAt(file, path, severity, code, message, hint));
  const lang = catalog.info.defaultLocale;

  catalog.agencies.forEach((agency, n) => {
    const file = agencyFiles[n]!;
    (agency.replaces ?? []).forEach((s, i) => {
      if (s.agency === agency.id) add(file, ['replaces', i, 'agency'], 'error', 'self-reference', 'an agency cannot replace itself', 'name the agency whose work this one took over');
      else if (!agencyIds.has(s.agency) && !brokenAgencies.has(s.agency)) add(file, ['replaces', i, 'agency'], 'error', 'unknown-agency', `there is no agency "${s.agency}"`, `keep the old agency's file under agencies/${s.agency}.yaml so saved ids still resolve`);
    });
  });

  for (const id of agencyIds) {
    const whole = successorsOf(catalog.agencies, id).filter((s) => !s.succession.scope);
    if (whole.length > 1) {
      const { agency, file } = agencyNamed(whole[1]!.agency);
      const at = agency.replaces!.findIndex((s) => s.agency === id);
      add(file, ['replaces', at], 'error', 'ambiguous-successor', `"${id}" is taken over whole by both "${whole[0]!.agency}" and "${whole[1]!.agency}"`, 'give the partial one a scope (what part of the work moved)');
    }
    const chain = [id];
    let next = wholeSuccessorOf(catalog.agencies, id);
    while (next && !chain.includes(next.agency)) {
      chain.push(next.agency);
      next = wholeSuccessorOf(catalog.agencies, next.agency);
    }
    // Reported once, from the loop's first id in alphabetical order.
    if (next?.agency === id && id === [...chain].sort()[0]) {
      add(agencyNamed(chain[chain.length - 1]!).file, ['replaces'], 'error', 'succession-cycle', `the agencies ${[...chain, id].map((x) => `"${x}"`).join(' → ')} replace each other in a loop`, 'remove the replaces entry of the agency that came first');
    }
  }

  // Succeeded agencies are history: their own references may name other agencies of their time.
  const current = (id: string) => !wholeSuccessorOf(catalog.agencies, id, today);
  const warnIfSucceeded = (file: ParsedSourceFile, path: PathSegment[], id: string | undefined) => {
    if (id === undefined || !agencyIds.has(id)) return;
    const successors = successorsOf(catalog.agencies, id, today);
    const whole = resolveAgency(catalog.agencies, id, today)!;
    if (whole.path.length === 1) return;
    const partial = successors
      .filter((s) => s.succession.scope)
      .map((s) => `"${s.agency}" for ${pick(s.succession.scope, lang)}`);
    add(
      file, path, 'warning', 'succeeded-agency',
      `"${id}" was succeeded by "${whole.agency.id}" on ${whole.since}`,
      `refer to "${whole.agency.id}"${partial.length ? ` (or ${partial.join(', ')})` : ''}; the old id keeps resolving for saved links`,
    );
  };

  const infoFile = files.find((f) => f.kind === 'catalog')!;
  warnIfSucceeded(infoFile, ['helpAgency'], catalog.info.helpAgency);
  catalog.agencies.forEach((agency, n) => {
    if (current(agency.id)) warnIfSucceeded(agencyFiles[n]!, ['parent'], agency.parent);
  });
  catalog.procedures.forEach((p, n) => {
    const file = procedureFiles[n]!;
    warnIfSucceeded(file, ['competentAgency'], p.competentAgency);
    p.receivingAgencies.forEach((a, i) => warnIfSucceeded(file, ['receivingAgencies', i], a));
    p.channels.forEach((c, i) => warnIfSucceeded(file, ['channels', i, 'agency'], c.agency));
    if (p.previousCompetentAgency !== undefined) {
      if (!agencyIds.has(p.previousCompetentAgency)) {
        add(file, ['previousCompetentAgency'], 'error', 'unknown-agency', `there is no agency "${p.previousCompetentAgency}"`, `keep the old agency's file under agencies/${p.previousCompetentAgency}.yaml`);
      } else if (p.previousCompetentAgency === p.competentAgency) {
        add(file, ['previousCompetentAgency'], 'warning', 'same-agency', 'the previous competent agency is the current one', 'remove previousCompetentAgency, or name the agency that decided before');
      }
    }
  });
}
