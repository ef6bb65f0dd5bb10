// What the end-to-end suite shares: the real `onestop serve` on a free port over examples/, one
// headless Chromium, and pages that record every console error, failed request and CSP violation.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../packages/elements/scripts/chromium-path.mjs';

export const root = fileURLToPath(new URL('..', import.meta.url));
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer().once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

/** Starts `onestop serve examples` (the built CLI, as `npm start` runs it) and resolves once it listens. */
export async function startServer() {
  const port = Number(process.env.ONESTOP_E2E_PORT) || (await freePort());
  const child = spawn(process.execPath, ['packages/cli/bin/onestop.js', 'serve', 'examples', '--port', String(port)], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  await new Promise((done, fail) => {
    let said = '';
    const timer = setTimeout(() => fail(new Error(`onestop serve did not start: ${said}`)), 15_000);
    child.stderr.on('data', (chunk) => {
      said += chunk;
      if (said.includes('Serving')) {
        clearTimeout(timer);
        done();
      }
    });
    child.once('exit', (code) => fail(new Error(`onestop serve exited with ${code}: ${said}`)));
  });
  return { origin: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}

export function launchBrowser() {
  // Light scheme and no animation, so two screenshots of one widget can be compared pixel for pixel.
  return puppeteer.launch({ executablePath: chromiumPath(), args: [...chromiumArgs(), '--force-prefers-reduced-motion'], headless: true });
}

/**
 * Opens a page and records its problems: console errors, uncaught exceptions, requests that
 * failed or answered 4xx/5xx, and `securitypolicyviolation` events (counted in the page).
 * Close it with `page.browserContext().close()`.
 */
export async function openPage(browser, url, { width = 1280, height = 900 } = {}) {
  // A fresh context per page: no storage (an open guide, ticks) leaks from one test to the next.
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  await page.evaluateOnNewDocument(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
  await page.setViewport({ width, height });
  const response = await page.goto(url, { waitUntil: 'networkidle0' });
  return { page, problems, response };
}

/** Problems seen so far, CSP violations included. */
export async function problemsOf({ page, problems }) {
  const csp = await page.evaluate(() => window.__cspViolations ?? []);
  return [...problems, ...csp.map((v) => `CSP violation: ${v}`)];
}

/** axe-core's WCAG 2.2 A and AA violations on the whole page, shadow roots included. */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }),
  );
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Waits for the first element matching `a >>> b` (each part looked up in the light DOM and every
 * shadow root below the previous match). It polls, because puppeteer's own waitForSelector watches
 * DOM mutations of the document only and misses a change that happens inside a shadow root.
 */
export async function waitFor(page, selector, timeout = 20_000) {
  const handle = await page.waitForFunction(
    (selector) => {
      const within = (root, css) => {
        const found = [...root.querySelectorAll(css)];
        for (const el of root.querySelectorAll('*')) if (el.shadowRoot) found.push(...within(el.shadowRoot, css));
        return found;
      };
      let matches = [document];
      for (const part of selector.split('>>>').map((p) => p.trim())) {
        matches = matches.flatMap((m) => within(m.shadowRoot ?? m, part));
        if (!matches.length) return null;
      }
      return matches[0];
    },
    { timeout, polling: 100 },
    selector,
  );
  return handle.asElement();
}

/** Visible text of the first element matching a selector that pierces shadow roots (`a >>> b`). */
export async function textOf(page, selector, timeout = 15_000) {
  const handle = await waitFor(page, selector, timeout);
  return handle.evaluate((el) => el.innerText.replace(/\s+/g, ' ').trim());
}

/** Clicks (a real, trusted click) the button of the guide's current question whose text starts with `label`. */
export async function answerGuide(page, label, guide = 'onestop-guide') {
  const find = (guide, label) =>
    [...(document.querySelector(guide)?.shadowRoot?.querySelectorAll('.current .controls button') ?? [])].find((b) => b.textContent.trim().startsWith(label)) ?? null;
  const button = await page.waitForFunction(find, { timeout: 15_000, polling: 100 }, guide, label);
  await button.asElement().click();
}
