// `prepack` of each package: refuse to pack (or publish) a package whose built files are missing,
// e.g. dist/ after a fresh clone without `npm run build`, or the elements' cdn/ bundle.
import { existsSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const targets = (value) => (typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(targets) : []);
const required = [...targets(pkg.exports), ...targets(pkg.bin), ...(pkg.files ?? []).filter((f) => !f.startsWith('!'))]
  .filter((path) => !path.includes('*'))
  .concat(pkg.files?.includes('cdn') ? ['cdn/onestop.js'] : []);
const missing = [...new Set(required)].filter((path) => !existsSync(path));
if (missing.length) {
  console.error(`${pkg.name}: not built — missing ${missing.join(', ')}. Run \`npm run build\` at the repository root first.`);
  process.exit(1);
}
