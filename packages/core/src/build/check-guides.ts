/** Lints every guided flow of a source catalog and reports the problems at file:line:column. */
import type { SourceCatalog } from '../catalog/model.js';
import type { CatalogProblem } from '../catalog/problem.js';
import { fileStem, problemAt, type ParsedSourceFile } from './source-files.js';
import { lintFlow } from '../guide/lint-flow.js';

export function checkGuides(catalog: SourceCatalog, files: readonly ParsedSourceFile[], problems: CatalogProblem[], today: string): void {
  const procedureIds = new Set(catalog.procedures.map((p) => p.id));
  for (const procedure of catalog.procedures) {
    if (procedure.guide === undefined) continue;
    const guideFile = files.find((f) => f.kind === 'guide' && fileStem(f.path) === procedure.id);
    const procedureFile = files.find((f) => f.kind === 'procedure' && (f.data as { id?: unknown }).id === procedure.id);
    // Read the YAML itself: loading already put the guide file's flow into the procedure's data.
    const inline = procedureFile?.doc.has('guide') === true;
    // A guide file replaces a guide written inside the procedure file.
    const file = guideFile ?? procedureFile;
    if (!file) continue;
    const base = guideFile ? [] : ['guide'];
    if (guideFile && inline && procedureFile) {
      problems.push(problemAt(procedureFile, ['guide'], 'warning', 'duplicate-guide', `guides/${procedure.id}.yaml replaces this guide`, 'keep the flow in one place: the guides/ file'));
    }
    for (const p of lintFlow(procedure.guide, procedure, { procedureIds, today })) {
      problems.push(problemAt(file, [...base, ...p.path], p.severity, p.code, p.message, p.hint));
    }
  }
}
