// Writes the per-folder mutation scores of the last Stryker run (reports/mutation/mutation.json)
// into docs/mutation.md and prints the surviving mutants. Rows of folders that the run did not
// mutate are kept as they were, so one folder can be run at a time.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const report = JSON.parse(readFileSync(`${root}reports/mutation/mutation.json`, 'utf8'));
const doc = `${root}docs/mutation.md`;
const START = '<!-- mutation-table -->';
const END = '<!-- /mutation-table -->';
const day = new Date().toISOString().slice(0, 10);

const folders = new Map();
const survivors = [];
for (const [path, file] of Object.entries(report.files)) {
  const folder = path.replace(/^.*packages\/core\/src\//, '').split('/')[0];
  const f = folders.get(folder) ?? { killed: 0, timeout: 0, survived: 0, noCoverage: 0, files: new Set() };
  f.files.add(path.replace(/^.*packages\/core\/src\//, ''));
  for (const m of file.mutants) {
    if (m.status === 'Killed') f.killed++;
    else if (m.status === 'Timeout') f.timeout++;
    else if (m.status === 'Survived') f.survived++;
    else if (m.status === 'NoCoverage') f.noCoverage++;
    if (m.status === 'Survived' || m.status === 'NoCoverage') {
      survivors.push(`${path.replace(/^.*packages\/core\/src\//, '')}:${m.location.start.line}  ${m.mutatorName}  ${JSON.stringify(m.replacement ?? '')}  (${m.status})`);
    }
  }
  folders.set(folder, f);
}

const text = readFileSync(doc, 'utf8');
const [before, rest] = text.split(START);
const [table, after] = rest.split(END);
const rows = new Map(table.split('\n').filter((l) => /^\| `/.test(l)).map((l) => [l.split('|')[1].trim(), l]));
for (const [folder, f] of folders) {
  const detected = f.killed + f.timeout;
  const total = detected + f.survived + f.noCoverage;
  const score = total ? ((100 * detected) / total).toFixed(1) : '—';
  rows.set(`\`${folder}/\``, `| \`${folder}/\` | ${[...f.files].sort().join(', ')} | ${total} | ${detected} | ${f.survived} | ${f.noCoverage} | ${score} % | ${day} |`);
}
const header = '| Folder | Files mutated | Mutants | Killed (incl. timeout) | Survived | No coverage | Score | Measured |\n|---|---|---:|---:|---:|---:|---:|---|';
writeFileSync(doc, `${before}${START}\n${header}\n${[...rows.keys()].sort().map((k) => rows.get(k)).join('\n')}\n${END}${after}`);
console.log(`docs/mutation.md updated for ${[...folders.keys()].join(', ')}`);
console.log(survivors.join('\n'));
