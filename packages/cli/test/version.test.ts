// One version for the three packages, the CLI's --version and the elements' registration warning.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli, REPO } from './run-cli.js';

const manifest = (path: string) => JSON.parse(readFileSync(`${REPO}${path}`, 'utf8'));
const root = manifest('package.json');
const packages = ['core', 'elements', 'cli'].map((name) => manifest(`packages/${name}/package.json`));

describe('one shared version', () => {
  it('is the version of every package and of their dependencies on each other', () => {
    for (const pkg of packages) {
      expect(pkg.version, pkg.name).toBe(root.version);
      for (const [dep, range] of Object.entries({ ...pkg.dependencies, ...pkg.peerDependencies })) {
        if (dep.startsWith('@onestop/')) expect(range, `${pkg.name} → ${dep}`).toBe(root.version);
      }
    }
  });

  it('is what `onestop --version` prints and what the elements announce', async () => {
    const r = await cli(['--version']);
    expect(r.stdout).toBe(root.version);
    // The elements run in browsers, where there is no package.json to read: the constant is checked here.
    const source = readFileSync(`${REPO}packages/elements/src/internal/define-element.ts`, 'utf8');
    expect(source.match(/ONESTOP_VERSION = '([^']+)'/)?.[1]).toBe(root.version);
  });

  it('has an entry in CHANGELOG.md', () => {
    expect(readFileSync(`${REPO}CHANGELOG.md`, 'utf8')).toMatch(new RegExp(`^## ${root.version.replace(/\./g, '\\.')}\\b`, 'm'));
  });
});
