// `npm run test:packages`: proof that the packages work outside this repository. Packs the three packages,
// installs the tarballs into a scratch project in the system temp folder (no workspace links), and there uses
// them as an agency's developer or an editor would. Each check counts as one test in the totals.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = fileURLToPath(new URL('./consumer/', import.meta.url));
const fromRepo = createRequire(join(repo, 'package.json'));
const PACKAGES = ['core', 'elements', 'cli'];
const started = Date.now();
const results = [];

/** Runs a command; returns its output, or throws with it when the exit code is not 0. */
function sh(command, args, cwd, { allowFail = false } = {}) {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' }, timeout: 300_000 });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim();
  if (r.status !== 0 && !allowFail) throw new Error(`${command} ${args.join(' ')} exited ${r.status ?? r.signal}\n${output}`);
  return output;
}

async function check(name, fn) {
  const t0 = Date.now();
  try {
    const detail = await fn();
    results.push({ name, ok: true });
    console.log(`  ✓ ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)${detail ? `\n${indent(detail)}` : ''}`);
  } catch (e) {
    results.push({ name, ok: false });
    console.log(`  ✗ ${name}\n${indent(e instanceof Error ? e.message : String(e))}`);
  }
}
const indent = (text) => String(text).split('\n').map((l) => `      ${l}`).join('\n');
const assert = (condition, message) => {
  if (!condition) throw new Error(message);
};

const scratch = mkdtempSync(join(tmpdir(), 'onestop-outside-'));
const tarballs = join(scratch, 'tarballs');
const project = join(scratch, 'project');
mkdirSync(tarballs);
mkdirSync(project);
const packed = {};
/** Extra script-src hashes per page (an inline import map). */
const cspScriptHashes = {};

try {
  await check('build: packages compile to dist/ and the script-tag bundle to cdn/', () => {
    sh('npm', ['run', '--silent', 'build:packages'], repo);
    const bundle = sh('npm', ['run', '--silent', 'build:bundles'], repo);
    return bundle.slice(bundle.indexOf('| file |'), bundle.indexOf('\n\nPaste'));
  });

  await check('npm pack: each package packs with only what a consumer needs', () => {
    const out = sh('npm', ['pack', '--json', '--pack-destination', tarballs, ...PACKAGES.flatMap((p) => ['--workspace', `packages/${p}`])], repo);
    const rows = [];
    for (const info of JSON.parse(out.slice(out.indexOf('['), out.lastIndexOf(']') + 1))) {
      packed[info.name] = join(tarballs, info.filename);
      const paths = info.files.map((f) => f.path);
      assert(!paths.some((p) => /(^|\/)(test|bench|scripts|node_modules)\//.test(p) || p.endsWith('.tsbuildinfo')), `${info.name} packs files a consumer never needs`);
      assert(paths.includes('dist/index.js') && paths.includes('dist/index.d.ts') && paths.includes('dist/index.d.ts.map'), `${info.name} lacks its compiled entry`);
      rows.push(`${info.name}: ${(info.size / 1024).toFixed(1)} kB packed, ${(info.unpackedSize / 1024).toFixed(1)} kB unpacked, ${info.entryCount} files`);
    }
    assert(Object.keys(packed).length === PACKAGES.length, 'not every package was packed');
    return rows.join('\n');
  });

  await check('npm install: the tarballs install into a project outside the repository', () => {
    const version = (name) => fromRepo(`${name}/package.json`).version;
    const pkg = {
      name: 'agency-site',
      private: true,
      type: 'module',
      dependencies: { ...Object.fromEntries(Object.entries(packed).map(([name, file]) => [name, `file:${file}`])), react: version('react') },
      devDependencies: { '@types/react': version('@types/react') },
    };
    writeFileSync(join(project, 'package.json'), JSON.stringify(pkg, null, 2));
    cpSync(fixtures, project, { recursive: true });
    sh('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], project);
    for (const dev of ['tsx', 'typescript', 'vitest', 'rollup']) assert(!existsSync(join(project, 'node_modules', dev)), `${dev} was installed: it must not be a runtime dependency`);
  });

  await check('npx onestop validate and build on a copy of the sample catalog', () => {
    cpSync(join(repo, 'catalog'), join(project, 'catalog'), { recursive: true });
    const version = sh('npx', ['--no-install', 'onestop', '--version'], project);
    assert(version === fromRepo('./package.json').version, `onestop --version printed ${version}`);
    const validate = sh('npx', ['--no-install', 'onestop', 'validate', 'catalog'], project);
    const build = sh('npx', ['--no-install', 'onestop', 'build', 'catalog', '--out', 'public/catalog'], project);
    assert(existsSync(join(project, 'public/catalog/manifest.json')) && existsSync(join(project, 'public/catalog/vi/search.json')), 'the build wrote no manifest or search index');
    const broken = join(project, 'catalog/procedures', 'broken.yaml');
    writeFileSync(broken, 'id: [unclosed\n');
    const bad = spawnSync('npx', ['--no-install', 'onestop', 'validate', 'catalog'], { cwd: project, encoding: 'utf8' });
    rmSync(broken);
    assert(bad.status === 1 && bad.stderr.includes('broken.yaml') && !bad.stderr.includes('    at '), `a broken file should exit 1 with its name and no stack trace:\n${bad.stderr}`);
    return `${version}\n${validate.split('\n').slice(-1)[0]}\n${build.split('\n').slice(-1)[0]}`;
  });

  await check('node: import @onestop/core and search the built catalog', () => {
    const out = JSON.parse(sh('node', ['search.mjs', 'public/catalog', 'đổi giấy phép lái xe'], project));
    assert(out.procedures > 0 && out.total > 0, `no results: ${JSON.stringify(out)}`);
    assert(out.top.some(([id]) => id.includes('driving-license')), `a driving-licence procedure should rank in the top 3: ${JSON.stringify(out.top)}`);
    return JSON.stringify(out);
  });

  await check('npx onestop serve --watch: the installed live preview rebuilds on save and keeps the last good build', () => livePreview());

  const tsc = join(repo, 'node_modules/typescript/bin/tsc');
  for (const resolution of ['bundler', 'node16']) {
    await check(`tsc: a consumer type-checks under moduleResolution ${resolution}`, () => {
      sh('node', [tsc, '-p', `tsconfig.${resolution}.json`], project);
    });
  }

  let bundleKb = '';
  await check('esbuild: a page importing @onestop/elements bundles with a plain config', async () => {
    const esbuild = fromRepo('esbuild');
    const result = await esbuild.build({ entryPoints: [join(project, 'page.js')], bundle: true, format: 'esm', minify: true, outdir: join(project, 'dist'), logLevel: 'silent', metafile: true });
    assert(!result.errors.length, result.errors.map((e) => e.text).join('\n'));
    bundleKb = `${(readFileSync(join(project, 'dist/page.js')).length / 1024).toFixed(1)} kB`;
    return `dist/page.js ${bundleKb} minified`;
  });

  await check('esbuild: a page importing only @onestop/elements/search leaves the other elements out', async () => {
    const esbuild = fromRepo('esbuild');
    const result = await esbuild.build({ entryPoints: [join(project, 'search-only.js')], bundle: true, format: 'esm', minify: true, outdir: join(project, 'dist'), logLevel: 'silent', metafile: true });
    assert(!result.errors.length, result.errors.map((e) => e.text).join('\n'));
    const inputs = Object.keys(result.metafile.inputs);
    assert(inputs.some((i) => i.includes('@onestop/elements/dist/components/search/')), `the search box is not in the bundle: ${inputs.join(', ')}`);
    const others = inputs.filter((i) => /@onestop\/elements\/dist\/components\/(catalog|procedure|guide)\//.test(i));
    assert(!others.length, `other elements were bundled: ${others.join(', ')}`);
    return `dist/search-only.js ${(readFileSync(join(project, 'dist/search-only.js')).length / 1024).toFixed(1)} kB minified (the whole package: ${bundleKb})`;
  });

  const snippetFile = join(project, 'node_modules/@onestop/elements/cdn/onestop.js');
  const snippet = `<script type="module" src="node_modules/@onestop/elements/cdn/onestop.js" integrity="sha384-${createHash('sha384').update(readFileSync(snippetFile)).digest('base64')}" crossorigin="anonymous"></script>`;
  writeFileSync(join(project, 'cdn.html'), readFileSync(join(project, 'cdn.html'), 'utf8').replace('<!--SNIPPET-->', snippet));
  // The chunks loaded on demand are checked through an import map's integrity table, built from cdn/integrity.json.
  const table = JSON.parse(readFileSync(join(project, 'node_modules/@onestop/elements/cdn/integrity.json'), 'utf8'));
  const lazyPage = (wrong) => {
    const integrity = Object.fromEntries(Object.entries(table).filter(([, f]) => f.loaded === 'on demand').map(([file, f]) => [`/node_modules/@onestop/elements/cdn/${file}`, wrong ? `sha384-${'A'.repeat(64)}` : f.integrity]));
    const map = JSON.stringify({ integrity });
    cspScriptHashes[`/cdn-lazy${wrong ? '-bad' : ''}.html`] = `'sha256-${createHash('sha256').update(map).digest('base64')}'`;
    return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>On demand</title><script type="importmap">${map}</script>${snippet}</head><body><onestop-procedure procedure="x" src="missing/publication.json"></onestop-procedure></body></html>`;
  };
  assert(Object.values(table).some((f) => f.loaded === 'on demand'), 'cdn/integrity.json lists no chunk loaded on demand');
  writeFileSync(join(project, 'cdn-lazy.html'), lazyPage(false));
  writeFileSync(join(project, 'cdn-lazy-bad.html'), lazyPage(true));
  await browserChecks();
  await packageLints();
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

/**
 * An editor's live preview, run from the installed package (its client files and status page ship in the
 * tarball): the first build, a save that renames a procedure, a broken save that keeps the last good build.
 */
async function livePreview() {
  const file = join(project, 'catalog/procedures/birth-registration.yaml');
  const original = readFileSync(file, 'utf8');
  const child = spawn(join(project, 'node_modules/.bin/onestop'), ['serve', 'catalog', '--watch', '--port', '0'], { cwd: project, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const until = async (what, test) => {
    for (const t0 = Date.now(); !(await test()); await sleep(150)) {
      if (Date.now() - t0 > 60_000 || child.exitCode !== null) throw new Error(`${what}: not seen within 60 s\n${log}`);
    }
  };
  try {
    await until('the first build', () => /✓ built \d+ procedures/.test(log) && /at http:\/\/127\.0\.0\.1:\d+\//.test(log));
    const origin = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(log)[1];
    const get = (path) => fetch(`${origin}${path}`);
    const nameNow = async () => (await (await get('/vi/procedures/birth-registration.json')).json()).name?.vi;
    const status = await get('/');
    assert(status.ok && (await status.text()).includes('/__onestop/live.js'), 'the status page does not load the live script');
    const script = await get('/__onestop/live.js');
    assert(script.ok && (await script.text()).includes('EventSource'), 'the live script is not served from the installed package');
    assert((await nameNow()) === 'Đăng ký khai sinh', 'the first build does not serve the sample procedure');

    writeFileSync(file, original.replace('  vi: Đăng ký khai sinh\n', '  vi: Đăng ký khai sinh (đã sửa)\n'));
    await until('the rebuild after a save', async () => (await nameNow()) === 'Đăng ký khai sinh (đã sửa)');
    writeFileSync(file, original.replace('id: birth-registration', 'id: [unclosed'));
    await until('the broken save reported', () => /✗ .*still serving the last good build/.test(log));
    const stale = await get('/vi/procedures/birth-registration.json');
    assert(stale.headers.get('x-onestop-build') === 'stale' && (await stale.json()).name?.vi === 'Đăng ký khai sinh (đã sửa)', 'a broken save replaced the last good build');
    return log.split('\n').filter((l) => /^[✓✗]/.test(l)).join('\n');
  } finally {
    writeFileSync(file, original);
    child.kill('SIGTERM');
    await new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve)));
  }
}

/** Serves the scratch project with a strict Content Security Policy and loads the pages in Chromium. */
async function browserChecks() {
  const url = (req) => new URL(req.url, 'http://x').pathname;
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.map': 'application/json', '.json': 'application/json' };
  const server = createServer((req, res) => {
    if (req.url === '/favicon.ico') return res.writeHead(204).end();
    const path = normalize(join(project, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
    if (!path.startsWith(project) || !existsSync(path)) return res.writeHead(404).end();
    res.writeHead(200, {
      'content-type': types[extname(path)] ?? 'application/octet-stream',
      'content-security-policy': `default-src 'self'; script-src 'self'${cspScriptHashes[url(req)] ? ` ${cspScriptHashes[url(req)]}` : ''}; style-src 'self'; object-src 'none'; base-uri 'none'`,
    });
    res.end(readFileSync(path));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { chromiumArgs, chromiumPath } = await import(join(repo, 'packages/elements/scripts/chromium-path.mjs'));
  const puppeteer = fromRepo('puppeteer-core');
  const browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: chromiumArgs() });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const visit = async (path) => {
    const page = await browser.newPage();
    const problems = [];
    page.on('console', (m) => (m.type() === 'error' || m.type() === 'warn') && problems.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    await page.goto(`${origin}/${path}`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('onestop-rich-text')?.shadowRoot?.querySelector('p'), { timeout: 20_000 });
    const seen = await page.evaluate(() => {
      const root = document.querySelector('onestop-rich-text').shadowRoot;
      return { text: root.textContent.trim().replace(/\s+/g, ' '), links: [...root.querySelectorAll('a')].map((a) => a.getAttribute('href')), styled: root.adoptedStyleSheets.length > 0 || !!root.querySelector('style') };
    });
    await page.close();
    return { seen, problems };
  };
  try {
    await check('chromium: the bundled page renders the element under a strict CSP', async () => {
      const { seen, problems } = await visit('page.html');
      assert(!problems.length, problems.join('\n'));
      assert(seen.text.includes('Cổng Dịch vụ công') && seen.text.includes('không phải liên kết'), `rendered text: ${seen.text}`);
      assert(JSON.stringify(seen.links) === '["https://dichvucong.gov.vn"]', `links: ${JSON.stringify(seen.links)} (javascript: must stay text)`);
      assert(seen.styled, 'the element has no styles');
      return seen.text;
    });
    await check('chromium: the CDN bundle loads from the installed package with its SRI hash', async () => {
      const { seen, problems } = await visit('cdn.html');
      assert(!problems.length, problems.join('\n'));
      assert(seen.text === 'Từ CDN', `rendered text: ${seen.text}`);
    });
    for (const wrong of [false, true]) {
      await check(`chromium: a chunk loaded on demand ${wrong ? 'with a wrong hash in the import map is refused' : 'loads, checked by the import map\'s integrity'}`, async () => {
        const page = await browser.newPage();
        const problems = [];
        page.on('console', (m) => m.type() === 'error' && /Content Security Policy/.test(m.text()) && problems.push(m.text()));
        await page.goto(`${origin}/cdn-lazy${wrong ? '-bad' : ''}.html`, { waitUntil: 'load' });
        const defined = await page.waitForFunction(() => !!customElements.get('onestop-procedure'), { timeout: wrong ? 1500 : 20_000 }).then(() => true, () => false);
        await page.close();
        assert(!problems.length, problems.join('\n'));
        assert(defined === !wrong, wrong ? 'the tampered chunk ran' : 'the procedure chunk did not load');
      });
    }
    await check('chromium: a wrong SRI hash stops the CDN bundle', async () => {
      writeFileSync(join(project, 'cdn-bad.html'), readFileSync(join(project, 'cdn.html'), 'utf8').replace(/sha384-[^"]+/, `sha384-${'A'.repeat(64)}`));
      const page = await browser.newPage();
      await page.goto(`${origin}/cdn-bad.html`, { waitUntil: 'load' });
      await new Promise((r) => setTimeout(r, 500));
      const defined = await page.evaluate(() => !!customElements.get('onestop-rich-text'));
      await page.close();
      assert(!defined, 'the tampered bundle ran');
    });
  } finally {
    await browser.close();
    server.close();
  }
}

/** publint and arethetypeswrong on each tarball: no errors (ESM-only packages, so CJS is not expected). */
async function packageLints() {
  for (const [name, file] of Object.entries(packed)) {
    await check(`publint ${name}: no errors or warnings`, () => {
      const out = sh(join(repo, 'node_modules/.bin/publint'), [file, '--strict'], scratch);
      return out.split('\n').slice(-1)[0];
    });
    await check(`attw ${name}: types resolve for node16 (ESM) and bundlers`, () => {
      const out = sh(join(repo, 'node_modules/.bin/attw'), [file, '--profile', 'esm-only', '--format', 'json'], scratch);
      const { analysis } = JSON.parse(out);
      const entries = Object.keys(analysis.entrypoints ?? {});
      assert(analysis.types && entries.length > 0, 'attw found no typed entry points');
      const wanted = { '@onestop/elements': ['./provider', './search', './catalog', './procedure', './guide', './rich-text'] }[name] ?? [];
      assert(wanted.every((w) => entries.includes(w)), `attw does not see the sub-paths ${wanted.filter((w) => !entries.includes(w)).join(', ')}`);
      return `entry points: ${entries.join(', ')}; CJS require() not offered (ESM only)`;
    });
  }
}

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log(`\noutside install: ${passed} passed, ${failed} failed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
if (process.env.ONESTOP_TOTALS_DIR) writeFileSync(join(process.env.ONESTOP_TOTALS_DIR, 'packages.json'), JSON.stringify({ suite: 'packages', passed, failed }));
process.exit(failed ? 1 : 0);
