// End-to-end: the example agency sites as a citizen's browser sees them, served by the real
// `onestop serve` from the built files (`npm run build`).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PNG } from 'pngjs';
import pixelmatch from 'pixelmatch';
import { answerGuide, axeViolations, launchBrowser, openPage, problemsOf, startServer, textOf, waitFor } from './harness.mjs';

let server;
let browser;
before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  server?.stop();
});

/** Each example and what shows that its widgets rendered catalog data. */
const EXAMPLES = [
  { path: '/', ready: 'a[href="portal/"]' },
  { path: '/portal/', ready: 'onestop-catalog >>> [part~="result"]' },
  { path: '/department/', ready: 'onestop-catalog >>> [part~="result"]' },
  { path: '/article/', ready: 'onestop-procedure >>> [part~="checklist"]', also: 'onestop-guide >>> .current .controls button' },
  { path: '/kiosk/', ready: 'onestop-guide >>> .chip' },
  { path: '/strict/', ready: 'onestop-catalog >>> [part~="result"]', also: 'onestop-procedure >>> [part~="checklist"]' },
  { path: '/react/', ready: 'onestop-search >>> input' },
];

describe('every example page', () => {
  for (const example of EXAMPLES) {
    describe(example.path, () => {
      let opened;
      before(async () => {
        opened = await openPage(browser, server.origin + example.path);
        await waitFor(opened.page, example.ready, 20_000);
        if (example.also) await waitFor(opened.page, example.also, 20_000);
      });
      after(() => opened?.page.browserContext().close());

      it('loads with no console error, failed request or CSP violation', async () => {
        assert.equal(opened.response.status(), 200);
        assert.deepEqual(await problemsOf(opened), []);
      });

      it('has no axe violations (WCAG 2.2 A and AA)', async () => {
        assert.deepEqual(await axeViolations(opened.page), []);
      });

      it('fits a 320 px phone: nothing sticks out sideways, and the first field is not hidden under a bar', async () => {
        const { page } = opened;
        await page.setViewport({ width: 320, height: 640 });
        await page.waitForFunction(() => innerWidth === 320);
        const { wide, field } = await page.evaluate(async () => {
          const find = (root) => root.querySelector('input, textarea') ?? [...root.querySelectorAll('*')].filter((e) => e.shadowRoot).map((e) => find(e.shadowRoot)).find(Boolean);
          const input = find(document);
          input?.scrollIntoView({ block: 'center' });
          await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
          const box = input?.getBoundingClientRect();
          let top = box && document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          while (top?.shadowRoot?.elementFromPoint && top.shadowRoot.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) !== top) {
            top = top.shadowRoot.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          }
          return { wide: document.documentElement.scrollWidth, field: !input ? 'none' : top === input ? 'visible' : `covered by ${top?.tagName.toLowerCase()}.${top?.className}` };
        });
        assert.equal(wide, 320, 'the page scrolls sideways');
        assert.ok(field === 'visible' || field === 'none', `the first text field is ${field}`);
      });
    });
  }
});

describe('the strict page', () => {
  it('is served with a strict Content-Security-Policy that the browser enforces', async () => {
    const opened = await openPage(browser, `${server.origin}/strict/`);
    const policy = opened.response.headers()['content-security-policy'] ?? '';
    for (const directive of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "worker-src 'none'"]) assert.ok(policy.includes(directive), `${directive} in ${policy}`);
    assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval/);
    await waitFor(opened.page, 'onestop-procedure >>> [part~="checklist"]', 20_000);
    assert.deepEqual(await problemsOf(opened), []);
    // The policy is in force: an inline style added now is refused and counted as a violation.
    const color = await opened.page.evaluate(async () => {
      document.head.append(Object.assign(document.createElement('style'), { textContent: 'body { color: rgb(255, 0, 0) }' }));
      await new Promise((done) => setTimeout(done, 100));
      return getComputedStyle(document.body).color;
    });
    assert.notEqual(color, 'rgb(255, 0, 0)');
    assert.ok((await problemsOf(opened)).some((p) => p.startsWith('CSP violation: style-src')), 'the refused inline style is reported');
    await opened.page.browserContext().close();
  });

  it("shows the catalog and the guide exactly as the portal does, despite its hostile CSS", async () => {
    const shots = {};
    for (const path of ['/portal/', '/strict/']) {
      const opened = await openPage(browser, server.origin + path);
      const { page } = opened;
      await waitFor(page, 'onestop-catalog >>> [part~="result"]', 20_000);
      // The same width and a whole-pixel position in both pages, so text is rasterised alike; the host
      // page's CSS still reaches the element itself.
      await page.evaluate(() => {
        Object.assign(document.querySelector('onestop-catalog').style, { position: 'absolute', top: '0', left: '0', width: '760px', zIndex: '1000' });
        scrollTo(0, 0);
      });
      const catalog = await waitFor(page, 'onestop-catalog');
      const launcher = await waitFor(page, 'onestop-guide >>> .launcher');
      shots[path] = { catalog: await catalog.screenshot(), launcher: await launcher.screenshot() };
      await launcher.click();
      const panel = await waitFor(page, 'onestop-guide >>> .panel .chip');
      await page.evaluate(() => document.activeElement?.blur());
      shots[path].panel = await (await waitFor(page, 'onestop-guide >>> .panel')).screenshot();
      assert.ok(panel);
      await page.browserContext().close();
    }
    for (const widget of ['catalog', 'launcher', 'panel']) {
      const a = PNG.sync.read(Buffer.from(shots['/portal/'][widget]));
      const b = PNG.sync.read(Buffer.from(shots['/strict/'][widget]));
      assert.deepEqual([b.width, b.height], [a.width, a.height], `${widget}: the same size on both pages`);
      const differing = pixelmatch(a.data, b.data, null, a.width, a.height, { threshold: 0.1 });
      assert.ok(differing <= a.width * a.height * 0.001, `${widget}: ${differing} of ${a.width * a.height} pixels differ`);
    }
  });
});

describe('the portal', () => {
  it('finds the driving licence exchange from "doi bang lai xe" typed without diacritics, and opens it', async () => {
    const opened = await openPage(browser, `${server.origin}/portal/`);
    const { page } = opened;
    const field = await waitFor(page, 'onestop-catalog >>> [part~="search"] input', 20_000);
    await field.type('doi bang lai xe');
    await page.waitForFunction(() => {
      const first = document.querySelector('onestop-catalog')?.shadowRoot?.querySelector('[part~="result"] button[data-id]');
      return first?.dataset.id === 'driving-license-exchange';
    }, { timeout: 15_000, polling: 100 });
    assert.match(await textOf(page, 'onestop-catalog >>> [part~="result"] h3'), /^Đổi giấy phép lái xe/);
    // The query has settled once it is in the URL; then the first result is opened as a citizen would.
    await page.waitForFunction(() => new URLSearchParams(new URLSearchParams(location.search).get('thu-tuc') ?? '').get('q') === 'doi bang lai xe');
    await (await waitFor(page, 'onestop-catalog >>> [part~="result"] button[data-id]')).focus();
    await page.keyboard.press('Enter');
    assert.match(await textOf(page, 'onestop-catalog >>> onestop-procedure >>> [part~="header"] h2'), /^Đổi giấy phép lái xe/);
    assert.ok(new URL(page.url()).searchParams.get('thu-tuc')?.includes('driving-license-exchange'), `the open procedure is in the URL: ${page.url()}`);
    assert.deepEqual(await problemsOf(opened), []);
    await page.browserContext().close();
  });

  it('switches the page and every widget to English and back, and keeps the choice on reload', async () => {
    const opened = await openPage(browser, `${server.origin}/portal/`);
    const { page } = opened;
    await waitFor(page, 'onestop-catalog >>> [part~="result"]', 20_000);
    assert.match(await textOf(page, 'onestop-catalog >>> #count'), /kết quả/);
    await page.click('[data-switch-lang="en"]');
    await page.waitForFunction(() => /results?$/.test(document.querySelector('onestop-catalog').shadowRoot.querySelector('#count')?.textContent.trim() ?? ''), { timeout: 15_000, polling: 100 });
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    assert.equal(await textOf(page, 'h1'), 'Find an administrative procedure');
    await page.waitForFunction(() => document.querySelector('onestop-guide').shadowRoot.querySelector('.launcher')?.textContent.trim() === 'Ask the guide', { timeout: 15_000, polling: 100 });
    assert.equal(new URL(page.url()).searchParams.get('lang'), 'en');
    await page.reload({ waitUntil: 'networkidle0' });
    await page.waitForFunction(() => /results?$/.test(document.querySelector('onestop-catalog').shadowRoot.querySelector('#count')?.textContent.trim() ?? ''), { timeout: 15_000, polling: 100 });
    assert.equal(await textOf(page, 'h1'), 'Find an administrative procedure');
    await page.click('[data-switch-lang="vi"]');
    await page.waitForFunction(() => /kết quả$/.test(document.querySelector('onestop-catalog').shadowRoot.querySelector('#count')?.textContent.trim() ?? ''), { timeout: 15_000, polling: 100 });
    assert.equal(await textOf(page, 'h1'), 'Tra cứu thủ tục hành chính');
    assert.equal(new URL(page.url()).searchParams.get('lang'), null);
    assert.deepEqual(await problemsOf(opened), []);
    await page.browserContext().close();
  });
});

describe('the kiosk', () => {
  it('greets in English with the agency named in English, and in Vietnamese again after a switch', async () => {
    const opened = await openPage(browser, `${server.origin}/kiosk/?lang=en`);
    const { page } = opened;
    assert.equal(await textOf(page, 'onestop-guide >>> .bubble.guide'), 'Hello, this is Public Administration Service Center. I can tell you what to bring, what it costs and when your result is ready. What do you need to do?');
    await page.click('button[data-switch-lang="vi"]');
    await page.waitForFunction(() => /^Xin chào, đây là Trung tâm Phục vụ hành chính công\./.test(document.querySelector('onestop-guide')?.shadowRoot?.querySelector('.bubble.guide')?.textContent.trim() ?? ''), { timeout: 15_000, polling: 100 });
    assert.deepEqual(await problemsOf(opened), []);
    await page.browserContext().close();
  });

  it('walks a driving licence journey to a plan with its QR code, then resets to the start after the idle time', async () => {
    const opened = await openPage(browser, `${server.origin}/kiosk/?idle=6`);
    const { page } = opened;
    await (await waitFor(page, 'onestop-guide >>> .chip', 20_000)).click();
    for (const answer of ['Cơ quan Việt Nam', 'Ô tô', 'Không', 'Thẻ nhựa PET', 'Trực tiếp']) await answerGuide(page, answer);
    await waitFor(page, 'onestop-guide >>> .outcome h2', 15_000);
    const qr = await waitFor(page, 'onestop-guide >>> [part~="qr"]');
    const box = await qr.boundingBox();
    assert.ok(box && box.width >= 100, `the QR code is large enough to scan: ${JSON.stringify(box)}`);
    assert.ok(await page.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith('onestop-guide:'))), 'the journey is stored');
    assert.deepEqual(await problemsOf(opened), []);
    // The citizen switches to English, then nobody touches the screen: it goes back to the opening
    // in Vietnamese and forgets the journey, without reloading the page.
    await page.click('button[data-switch-lang="en"]');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    const loadedAt = await page.evaluate(() => performance.timeOrigin);
    await page.waitForFunction(
      () => {
        const root = document.querySelector('onestop-guide')?.shadowRoot;
        return document.documentElement.lang === 'vi' && !root?.querySelector('.outcome') && !!root?.querySelector('.chip');
      },
      { timeout: 30_000, polling: 250 },
    );
    assert.equal(await page.evaluate(() => performance.timeOrigin), loadedAt, 'the page was not reloaded');
    assert.equal(await page.evaluate(() => new URL(location.href).searchParams.get('lang')), null);
    assert.match(await textOf(page, 'onestop-guide >>> .bubble.guide'), /^Xin chào/);
    assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('onestop-guide:') && !k.endsWith(':open')).length), 0);
    assert.deepEqual(await problemsOf(opened), []);
    await page.browserContext().close();
  });
});

describe('the React page', () => {
  it('searches and opens a procedure through the React wrappers, in both languages', async () => {
    const opened = await openPage(browser, `${server.origin}/react/`);
    const { page } = opened;
    const field = await waitFor(page, 'onestop-search >>> input', 20_000);
    await field.type('dang ky khai sinh');
    await page.waitForFunction(() => /^Đăng ký khai sinh$/m.test(document.querySelector('onestop-search')?.shadowRoot?.querySelector('[role="option"]')?.innerText ?? ''), { timeout: 15_000, polling: 100 });
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => document.querySelector('onestop-search').shadowRoot.querySelector('input').getAttribute('aria-activedescendant'));
    await page.keyboard.press('Enter');
    assert.match(await textOf(page, 'onestop-procedure >>> [part~="header"]'), /Đăng ký khai sinh/);
    await page.click('button[lang="en"]');
    await page.waitForFunction(() => /Birth registration/i.test(document.querySelector('onestop-procedure')?.shadowRoot?.querySelector('[part~="header"]')?.textContent ?? ''), { timeout: 15_000, polling: 100 });
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    assert.deepEqual(await problemsOf(opened), []);
    await page.browserContext().close();
  });
});
