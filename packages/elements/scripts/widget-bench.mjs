// Measures what a citizen's browser downloads and waits for: gzip bytes (JS + data) until the
// first search result and until a procedure page shows, and the time to the first result, in
// headless Chromium. Usage: node packages/elements/scripts/widget-bench.mjs <build dir>… (after npm run build:bundles)
import { createServer } from 'node:http';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './chromium-path.mjs';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const dist = join(root, 'examples/dist');
const builds = process.argv.slice(2).map((d) => resolve(d));
if (!builds.length) {
  console.error('usage: widget-bench.mjs <build dir>…');
  process.exit(1);
}

const page = (body) => `<!doctype html><html lang="vi"><meta charset="utf-8"><script type="module" src="/js/onestop.js"></script><body>${body}</body></html>`;
const types = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html' };

function fileFor(url) {
  const path = decodeURIComponent(new URL(url, 'http://x').pathname);
  if (path.startsWith('/js/')) return join(dist, path.slice(4));
  const m = /^\/data\/(\d+)\/(.*)$/.exec(path);
  return m ? join(builds[Number(m[1])], m[2]) : undefined;
}

let html = '';
const server = createServer((req, res) => {
  if (req.url.startsWith('/page')) {
    res.writeHead(200, { 'content-type': 'text/html' });
    return res.end(html);
  }
  const file = fileFor(req.url);
  if (!file || !existsSync(file)) {
    res.writeHead(404);
    return res.end();
  }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: chromiumArgs() });

/** Loads a page, waits for `ready` in the page, returns ms since navigation and gzip bytes of JS and data fetched. */
async function measure(body, ready) {
  html = page(body);
  const tab = await browser.newPage();
  const urls = [];
  tab.on('response', (r) => urls.push(r.url()));
  await tab.goto(`${origin}/page`, { waitUntil: 'domcontentloaded' });
  const ms = await tab.evaluate(`(${ready})()`);
  await tab.close();
  let js = 0;
  let data = 0;
  for (const u of new Set(urls)) {
    const file = fileFor(u);
    if (!file || !existsSync(file)) continue;
    const gz = gzipSync(readFileSync(file), { level: 9 }).length;
    if (file.endsWith('.js')) js += gz;
    else data += gz;
  }
  return { ms: Math.round(ms), js, data };
}

const firstResult = (query) => `async () => {
  const until = async (f) => { for (;;) { const v = f(); if (v) return v; await new Promise((r) => setTimeout(r, 5)); } };
  const el = await until(() => document.querySelector('onestop-search')?.shadowRoot?.querySelector('input'));
  el.value = ${JSON.stringify(query)};
  el.dispatchEvent(new Event('input'));
  await until(() => document.querySelector('onestop-search').shadowRoot.querySelector('[role=option]'));
  return performance.now();
}`;
const procedureShown = `async () => {
  const until = async (f) => { for (;;) { const v = f(); if (v) return v; await new Promise((r) => setTimeout(r, 5)); } };
  await until(() => document.querySelector('onestop-procedure')?.shadowRoot?.querySelector('h2'));
  return performance.now();
}`;

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
console.log('| publication | procedures | first search result: JS + data (gzip) | time to first result | procedure page: JS + data (gzip) | time to procedure page |');
console.log('|---|--:|--:|--:|--:|--:|');
for (let i = 0; i < builds.length; i++) {
  const entry = JSON.parse(readFileSync(join(builds[i], 'publication.json'), 'utf8'));
  const procedures = readdirSync(join(builds[i], 'vi/procedures')).sort();
  const id = procedures[Math.floor(procedures.length / 2)].replace(/\.json$/, '');
  const src = `/data/${i}/publication.json`;
  const search = await measure(`<onestop-provider src="${src}" lang="vi"><onestop-search></onestop-search></onestop-provider>`, firstResult('dang ky'));
  const proc = await measure(`<onestop-provider src="${src}" lang="vi"><onestop-procedure procedure="${id}" submitted-at="2026-12-01T09:00"></onestop-procedure></onestop-provider>`, procedureShown);
  console.log(
    `| ${builds[i].split('/').pop()} | ${entry.counts.procedures} | ${kb(search.js)} + ${kb(search.data)} = ${kb(search.js + search.data)} | ${search.ms} ms | ${kb(proc.js)} + ${kb(proc.data)} = ${kb(proc.js + proc.data)} | ${proc.ms} ms |`,
  );
}
await browser.close();
server.close();
