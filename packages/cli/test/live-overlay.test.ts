// The editor's view of the live preview in headless Chromium: a page served by
// `onestop serve --watch` under a strict CSP shows the problems of a broken save over the page,
// and the fixed catalog once the file is saved again.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { listen, liveFixture, removeFixture, startLive, type LiveServer, type LiveStream } from './live-server.js';
// @ts-expect-error a plain .mjs helper shared with the element tests, without types
import { chromiumArgs, chromiumInstalled, chromiumPath } from '../../elements/scripts/chromium-path.mjs';

const require = createRequire(import.meta.url);

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'">
  <title>Birth registration — agency site</title>
  <script type="module" src="show-procedure.js"></script>
</head>
<body><main><h1 id="name">Loading…</h1><button type="button">Apply</button></main></body>
</html>`;

// The page reads the publication as the widgets do; textContent, like everything in Onestop.
const SCRIPT = `const res = await fetch('/catalog/en/procedures/birth-registration.json');
document.getElementById('name').textContent = (await res.json()).name.en;`;

// Browser code as text: this package type-checks without the DOM library.
const inPage = <T>(page: Page, expression: string) => page.evaluate(expression) as Promise<T>;
const waitInPage = (page: Page, expression: string) => page.waitForFunction(expression);
const DIALOG = `document.querySelector('onestop-live-overlay')?.shadowRoot?.querySelector('[role="alertdialog"]')`;
const overlayText = (page: Page) => inPage<string | null>(page, `${DIALOG}?.textContent ?? null`);
const NAME = `document.getElementById('name')?.textContent`;

describe.skipIf(!chromiumInstalled())('the live preview overlay in Chromium', () => {
  let fixture: ReturnType<typeof liveFixture>;
  let server: LiveServer;
  let stream: LiveStream;
  let browser: Browser;
  let page: Page;
  let file: string;
  let good: string;

  beforeAll(async () => {
    fixture = liveFixture({ 'index.html': PAGE, 'show-procedure.js': SCRIPT });
    file = join(fixture.catalog, 'procedures', 'birth-registration.yaml');
    good = readFileSync(file, 'utf8');
    server = await startLive([fixture.catalog, '--watch', '--pages', fixture.pages, '--at', '/catalog/', '--port', '0']);
    stream = await listen(server.url);
    await stream.waitFor(0, (s) => s.state === 'ok');
    const puppeteer = (await import('puppeteer-core')).default;
    browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: chromiumArgs() });
    page = await browser.newPage();
    await page.setViewport({ width: 320, height: 640 });
    // Counted through the DevTools protocol, which the page's CSP does not govern.
    await page.evaluateOnNewDocument(`window.violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective));`);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    stream?.close();
    await server?.stop();
    if (fixture) removeFixture(fixture.tmp);
  });

  it('covers the page with the problems of a broken save, and shows the fix after the next save', async () => {
    await page.goto(server.url);
    await waitInPage(page, `${NAME} === 'Birth registration'`);

    let from = stream.statuses.length;
    writeFileSync(file, good.replace('yearlyDossiers: 25000', 'yearlyDossiers: many'));
    await stream.waitFor(from, (s) => s.state === 'broken');
    await waitInPage(page, DIALOG);
    expect(await inPage(page, `${DIALOG}.querySelector('h2').textContent`)).toBe('The catalog has 1 error');
    expect(await overlayText(page)).toContain('This page shows the last good build');
    const problems = await inPage<string[][]>(page, `[...${DIALOG}.querySelectorAll('li')].map((li) => [li.firstChild.textContent, li.lastChild.textContent])`);
    expect(problems).toEqual([[expect.stringMatching(/procedures\/birth-registration\.yaml:4:17$/), expect.stringMatching(/^yearlyDossiers {2}should be a whole number, found the text "many" {2}\(.+\)$/)]]);
    // Announced and in reach of the keyboard: the dialog takes the focus.
    expect(await inPage(page, `document.querySelector('onestop-live-overlay').shadowRoot.activeElement === ${DIALOG}`)).toBe(true);
    // Readable at 320 px: nothing wider than the screen.
    expect(await inPage<number>(page, `${DIALOG}.getBoundingClientRect().right`)).toBeLessThanOrEqual(320);
    expect(await inPage(page, `${DIALOG}.scrollWidth <= ${DIALOG}.clientWidth`)).toBe(true);

    await inPage(page, readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
    expect(await inPage(page, `axe.run().then((r) => r.violations.map((v) => v.id))`)).toEqual([]);

    await page.keyboard.press('Escape');
    expect(await overlayText(page)).toBeNull();
    expect(await inPage(page, NAME)).toBe('Birth registration');

    // A reload while the source is broken never shows the stale catalog without the problems.
    await page.reload();
    await waitInPage(page, DIALOG);
    expect(await overlayText(page)).toContain('yearlyDossiers');

    from = stream.statuses.length;
    writeFileSync(file, good.replace('en: Birth registration\n', 'en: Birth registration (updated)\n'));
    await stream.waitFor(from, (s) => s.state === 'ok');
    await waitInPage(page, `${NAME} === 'Birth registration (updated)'`);
    expect(await overlayText(page)).toBeNull();
    expect(await inPage(page, 'window.violations')).toEqual([]);
  });
});
