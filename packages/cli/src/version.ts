import { readFileSync } from 'node:fs';

/** The package's own version: src/ and dist/ both sit one folder below package.json. */
export function cliVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
