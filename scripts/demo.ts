/**
 * `npm start`: shows the built extension working on the bundled sample pages. It serves the
 * fixture pages on 127.0.0.1, starts Chromium with dist/chrome loaded, presses the toolbar
 * button on each page as a person would, and writes what the person sees into out/demo/:
 * <page>-popup.png (its first screen), <page>-overlay.png and <page>.txt (the "Copy text" clipboard).
 *
 *   npm start                 headless; prints the output folder
 *   npm start -- --headed     on a machine with a display: leaves the browser open to try
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launch, root } from './lib/browser';
import { fixturesDir, listFixtures, serveFixtures } from './lib/serve';
import { screenshotPopup } from './lib/page-tools';

const headedAsked = process.argv.includes('--headed');
const headed = headedAsked && Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
if (headedAsked && !headed) console.warn('No display found (DISPLAY is unset): running headless instead.');

const outDir = path.join(root, 'out/demo');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

const server = await serveFixtures();
const session = await launch({ headed });
await session.allowClipboard();

/**
 * The samples' pictures live on the outlets' hosts, which this machine never reaches, or at
 * site paths ("/wp-content/uploads/…jpg") the fixture server does not have: without this they
 * would show as broken images with their alt text. The demo pages get a plain grey
 * picture in their place (in the browser, through request interception: still no network),
 * so the screenshots show the layout a reader gets. Tests do not do this.
 */
const PLACEHOLDER = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675" viewBox="0 0 1200 675">' +
    '<rect width="1200" height="675" fill="#d9d6cf"/><g fill="#a8a39a"><circle cx="520" cy="280" r="44"/>' +
    '<path d="M420 430l110-120 80 80 60-50 110 90z"/></g>' +
    '<text x="600" y="520" font-family="sans-serif" font-size="28" fill="#6f6a62" text-anchor="middle">picture (not loaded: offline demo)</text></svg>',
);

async function withPlaceholderPictures(page: import('puppeteer-core').Page): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    if (req.isInterceptResolutionHandled()) return;
    const url = new URL(req.url());
    const missing = url.hostname === '127.0.0.1' ? !existsSync(path.join(fixturesDir, decodeURIComponent(url.pathname))) : true;
    if (req.resourceType() === 'image' && missing && /^https?:/.test(req.url())) {
      void req.respond({ status: 200, contentType: 'image/svg+xml', body: PLACEHOLDER });
    } else void req.continue();
  });
}

const rows: string[] = [];
const gallery: string[] = [];
for (const fixture of listFixtures()) {
  const id = `${fixture.site}-${fixture.name}`;
  const page = await session.browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await withPlaceholderPictures(page);
  await page.goto(server.url(fixture.path), { waitUntil: 'load' });
  const popup = await session.openPopup(page);
  await screenshotPopup(popup, path.join(outDir, `${id}-popup.png`));
  const hasArticle = (await popup.$('h1')) !== null;
  if (!hasArticle) {
    const said = await popup.$eval('main', (m) => (m as HTMLElement).innerText.trim());
    rows.push(`${id.padEnd(48)} ${said}`);
    gallery.push(`<section><h2>${id}</h2><p>${said}</p><img src="${id}-popup.png" alt="popup"></section>`);
    await popup.close();
    await page.close();
    continue;
  }
  await popup.locator('::-p-aria(Copy text[role="button"])').click();
  await popup.waitForFunction(() => document.querySelector('[role="status"]')?.textContent?.includes('Copied'));
  const text = await popup.evaluate(() => navigator.clipboard.readText());
  writeFileSync(path.join(outDir, `${id}.txt`), text);
  const quotes = await popup.$$eval('ul[aria-label="Key quotes"] > li', (l) => l.length);
  const words = text.split(/\s+/).filter(Boolean).length;
  await popup.locator('::-p-aria(Reader view[role="button"])').click();
  await page.waitForSelector('declutter-reader');
  await new Promise((r) => setTimeout(r, 150)); // let images and fonts settle for the picture
  await page.screenshot({ path: path.join(outDir, `${id}-overlay.png`) });
  if (!headed) {
    await page.keyboard.press('Escape');
    await page.close();
  }
  rows.push(`${id.padEnd(48)} ${words} words, ${quotes} quotes`);
  gallery.push(
    `<section><h2>${id}</h2><p>${words} words, ${quotes} quotes · <a href="${id}.txt">copied text</a></p>` +
      `<img src="${id}-popup.png" alt="popup"> <img src="${id}-overlay.png" alt="reader overlay" width="640"></section>`,
  );
}

writeFileSync(
  path.join(outDir, 'index.html'),
  `<!doctype html><meta charset="utf-8"><title>Declutter on the sample pages</title>` +
    `<style>body{font:15px system-ui;margin:2em}section{margin:0 0 3em}img{vertical-align:top;border:1px solid #ccc;margin:4px}</style>` +
    `<h1>Declutter on the sample pages</h1>${gallery.join('\n')}`,
);
console.log('Declutter on the sample pages:');
for (const row of rows) console.log(`  ${row}`);
console.log(`\nScreenshots and cleaned text: ${outDir} (open index.html to see them all)`);

if (headed) {
  console.log(`\nThe browser stays open with the samples at ${server.origin}: click the Declutter button`);
  console.log('in the toolbar to try it. Close the browser window to finish.');
  await new Promise<void>((resolve) => session.browser.on('disconnected', () => resolve()));
} else {
  await session.close();
}
await server.close();
