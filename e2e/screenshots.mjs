// `npm run screenshots`: serves the built examples with `onestop serve`, opens each in headless
// Chromium at a desktop and a phone width, and writes docs/screenshots/<example>[-phone|-en].png,
// so the pictures in the README and docs show what the code really renders.
import { mkdirSync } from 'node:fs';
import { answerGuide, launchBrowser, openPage, root, startServer, waitFor } from './harness.mjs';

const out = `${root}docs/screenshots`;
const DESKTOP = { width: 1200, height: 800 };
const PHONE = { width: 390, height: 844 };

/** Brings each page to the moment worth showing once its widgets have data. */
const EXAMPLES = {
  portal: { ready: 'onestop-catalog >>> [part~="result"]', languages: ['vi', 'en'] },
  department: { ready: 'onestop-catalog >>> [part~="result"]' },
  article: {
    ready: 'onestop-procedure >>> [part~="checklist"]',
    show: (page) => page.evaluate(() => document.querySelector('.embed').scrollIntoView({ block: 'start' })),
  },
  kiosk: {
    ready: 'onestop-guide >>> .chip',
    async show(page) {
      await (await waitFor(page, 'onestop-guide >>> .chip')).click();
      for (const answer of ['Cơ quan Việt Nam', 'Ô tô', 'Không', 'Thẻ nhựa PET', 'Trực tiếp']) await answerGuide(page, answer);
      const qr = await waitFor(page, 'onestop-guide >>> [part~="qr"]', 20_000);
      await qr.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    },
  },
  strict: { ready: 'onestop-procedure >>> [part~="checklist"]' },
  react: {
    ready: 'onestop-search >>> input',
    async show(page) {
      await (await waitFor(page, 'onestop-search >>> input')).type('dang ky khai sinh');
      await page.waitForFunction(() => /^Đăng ký khai sinh$/m.test(document.querySelector('onestop-search')?.shadowRoot?.querySelector('[role="option"]')?.innerText ?? ''), { timeout: 15_000, polling: 100 });
      await page.keyboard.press('ArrowDown');
      await page.waitForFunction(() => document.querySelector('onestop-search').shadowRoot.querySelector('input').getAttribute('aria-activedescendant'));
      await page.keyboard.press('Enter');
      await waitFor(page, 'onestop-procedure >>> [part~="glance"]', 15_000);
      await page.keyboard.press('Escape');
    },
  },
};

mkdirSync(out, { recursive: true });
const server = await startServer();
const browser = await launchBrowser();
try {
  for (const [name, example] of Object.entries(EXAMPLES).filter(([n]) => !process.argv[2] || process.argv.slice(2).includes(n))) {
    const shots = [{ file: name, size: DESKTOP, lang: 'vi' }, { file: `${name}-phone`, size: PHONE, lang: 'vi' }];
    if (example.languages?.includes('en')) shots.push({ file: `${name}-en`, size: DESKTOP, lang: 'en' });
    for (const shot of shots) {
      const { page } = await openPage(browser, `${server.origin}/${name}/${shot.lang === 'vi' ? '' : `?lang=${shot.lang}`}`, shot.size);
      await waitFor(page, example.ready, 30_000);
      await example.show?.(page);
      await new Promise((done) => setTimeout(done, 300));
      await page.screenshot({ path: `${out}/${shot.file}.png` });
      console.log(`docs/screenshots/${shot.file}.png`);
      await page.browserContext().close();
    }
  }
} finally {
  await browser.close();
  server.stop();
}
