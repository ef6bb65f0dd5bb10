// Lists every file a citizen's browser fetches, with its gzip size, for three kinds of page: a search
// box until the first result, the catalog browser until its first list, and a procedure page.
// docs/architecture.md quotes its output. Usage (after npm run build:bundles):
//   node packages/elements/scripts/page-downloads.mjs <build dir>…
import { createServer } from 'node:http';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './chromium-path.mjs';

const dist = fileURLToPath(new URL('../../../examples/dist', import.meta.url));
const builds = process.argv.slice(2).map((d) => resolve(d));
if (!builds.length || !existsSync(join(dist, 'onestop.js'))) {
  console.error('usage: page-downloads.mjs <build dir>… (after npm run build:bundles)');
  process.exit(1);
}

const types = { '.js': 'text/javascript', '.json': 'application/json' };
/** `/js/…` is the bundle, `/data/<n>/…` the n-th build. */
function fileFor(url) {
  const path = decodeURIComponent(new URL(url, 'http://x').pathname);
  if (path.startsWith('/js/')) return join(dist, path.slice(4));
  const m = /^\/data\/(\d+)\/(.*)$/.exec(path);
  return m ? join(builds[Number(m[1])], m[2]) : undefined;
}

let body = '';
const server = createServer((req, res) => {
  if (req.url.startsWith('/page')) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    return res.end(`<!doctype html><html lang="vi"><meta charset="utf-8"><script type="module" src="/js/onestop.js"></script><body>${body}</body></html>`);
  }
  const file = fileFor(req.url);
  if (!file || !existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: chromiumArgs() });

const waitFor = (check) => `(async () => { for (;;) { if (${check}) return; await new Promise((r) => setTimeout(r, 10)); } })()`;
const searchReady = `(async () => {
  const box = () => document.querySelector('onestop-search')?.shadowRoot?.querySelector('input');
  await ${waitFor('box()')};
  box().value = 'dang ky';
  box().dispatchEvent(new Event('input'));
  await ${waitFor("document.querySelector('onestop-search').shadowRoot.querySelector('[role=option]')")};
})()`;

/** The files a page fetched before `ready` settled, as [path, raw bytes, gzip bytes]. */
async function filesOf(html, ready) {
  body = html;
  const tab = await browser.newPage();
  const urls = new Set();
  tab.on('response', (r) => urls.add(r.url()));
  await tab.goto(`${origin}/page`, { waitUntil: 'domcontentloaded' });
  await tab.evaluate(ready);
  await tab.close();
  return [...urls].map(fileFor).filter((f) => f && existsSync(f)).map((f) => {
    const bytes = readFileSync(f);
    const base = [dist, ...builds].find((d) => f.startsWith(`${d}/`));
    return [f.slice(base.length + 1), bytes.length, gzipSync(bytes, { level: 9 }).length];
  });
}

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
for (let i = 0; i < builds.length; i++) {
  const entry = JSON.parse(readFileSync(join(builds[i], 'publication.json'), 'utf8'));
  const ids = readdirSync(join(builds[i], 'vi/procedures')).sort();
  const id = ids[Math.floor(ids.length / 2)].replace(/\.json$/, '');
  const src = `/data/${i}/publication.json`;
  const pages = [
    ['search box, first result for "dang ky"', `<onestop-provider src="${src}"><onestop-search></onestop-search></onestop-provider>`, searchReady],
    ['catalog browser, first list', `<onestop-provider src="${src}"><onestop-catalog url-state="none"></onestop-catalog></onestop-provider>`, waitFor("document.querySelector('onestop-catalog')?.shadowRoot?.querySelector('.results')")],
    [`procedure page (${id})`, `<onestop-provider src="${src}"><onestop-procedure procedure="${id}" submitted-at="2026-12-01T09:00"></onestop-procedure></onestop-provider>`, waitFor("document.querySelector('onestop-procedure')?.shadowRoot?.querySelector('h2')")],
  ];
  console.log(`\n### ${builds[i].split('/').pop()}: ${entry.counts.procedures} procedures\n`);
  console.log('| page | file | raw | gzip |\n|---|---|--:|--:|');
  for (const [name, html, ready] of pages) {
    const files = await filesOf(html, ready);
    for (const [file, raw, gz] of files) console.log(`| ${name} | ${file} | ${kb(raw)} | ${kb(gz)} |`);
    const sum = (pick) => files.filter(pick).reduce((n, f) => n + f[2], 0);
    const js = sum((f) => f[0].endsWith('.js'));
    const data = sum((f) => f[0].endsWith('.json'));
    console.log(`| ${name} | **total: JS + data** | | **${kb(js)} + ${kb(data)} = ${kb(js + data)}** |`);
  }
}
await browser.close();
server.close();
