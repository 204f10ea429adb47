/**
 * The reader overlay on pages that try to break it (strict CSP, hostile CSS), in another
 * script direction, with lazy images; its themes, settings, keyboard, printing and
 * accessibility; and the shortcut path that reaches it without the popup.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page, WebWorker } from 'puppeteer-core';
import { launch, root, type Session } from '../../scripts/lib/browser';
import { serveFixtures, type FixtureServer } from '../../scripts/lib/serve';
import {
  axeOverlay, byClass, byLabel, byRadio, clickInOverlay, overlayAttribute, overlayEach, overlayStyle, overlayText,
} from '../../scripts/lib/page-tools';

const shots = path.join(root, 'out/e2e');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
// The worker's `chrome` global, as seen from code evaluated there.
declare const chrome: {
  storage: { sync: { clear(): Promise<void> } };
  tabs: { query(q: object): Promise<unknown[]> };
};

let session: Session;
let server: FixtureServer;
let worker: WebWorker;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  server = await serveFixtures();
  session = await launch();
  const target = await session.browser.waitForTarget((t) => t.type() === 'service_worker');
  worker = (await target.worker())!;
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

async function openReader(fixture: string, before?: (page: Page) => Promise<void>): Promise<Page> {
  const page = await session.browser.newPage();
  await page.goto(server.url(fixture), { waitUntil: 'load' });
  if (before) await before(page);
  const popup = await session.openPopup(page);
  await popup.locator('::-p-aria(Reader view[role="button"])').click();
  await page.waitForSelector('declutter-reader');
  return page;
}

const resetSettings = () => worker.evaluate(() => chrome.storage.sync.clear());

describe('pages that try to break the overlay', () => {
  it('renders fully styled under a strict Content-Security-Policy, with no violation', async () => {
    const page = await openReader('/generic/strict-csp/', async (p) => {
      await p.evaluate(() => {
        (window as unknown as { violations: string[] }).violations = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`),
        );
      });
    });
    const title = await overlayStyle(page, byClass('title'), ['font-size', 'font-weight']);
    expect(parseFloat(title['font-size']!)).toBeGreaterThan(30);
    const backdrop = await overlayStyle(page, byClass('backdrop'), ['background-color', 'position']);
    expect(backdrop.position).toBe('fixed');
    expect(backdrop['background-color']).not.toBe('rgba(0, 0, 0, 0)');
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    expect(norm((await overlayText(page)) ?? '')).toContain('People have told us for years');
    await page.screenshot({ path: path.join(shots, 'strict-csp-overlay.png') });
    await page.close();
  });

  it('is untouched by hostile page CSS', async () => {
    const page = await openReader('/generic/hostile-css/');
    const title = await overlayStyle(page, byClass('title'), ['color', 'font-size', 'font-family']);
    expect(title.color).not.toBe('rgb(255, 0, 0)');
    expect(parseFloat(title['font-size']!)).toBeGreaterThan(30);
    expect(title['font-family']).not.toContain('Comic');
    const backdrop = await overlayStyle(page, byClass('backdrop'), ['display']);
    expect(backdrop.display).toBe('block');
    const host = await page.$eval('declutter-reader', (h) => {
      const s = getComputedStyle(h);
      return { display: s.display, opacity: s.opacity };
    });
    expect(host).toEqual({ display: 'block', opacity: '1' });
    await page.screenshot({ path: path.join(shots, 'hostile-css-overlay.png') });
    await page.close();
  });

  it('reads right to left in the article\'s language', async () => {
    const page = await openReader('/generic/rtl-urdu/');
    expect(await overlayAttribute(page, byClass('story'), 'dir')).toBe('rtl');
    expect(await overlayAttribute(page, byClass('story'), 'lang')).toBe('ur');
    const title = await overlayStyle(page, byClass('title'), ['direction', 'text-align']);
    expect(title.direction).toBe('rtl');
    await page.screenshot({ path: path.join(shots, 'rtl-urdu-overlay.png') });
    await page.close();
  });

  it('shows lazy-loaded images from absolute URLs, and opens links in a new tab', async () => {
    const page = await openReader('/generic/lazy-images/');
    const images = await overlayEach<{ src: string; loaded: boolean }>(
      page,
      (n) => n.nodeName === 'IMG',
      'async function () { if (!this.complete) await new Promise((r) => this.addEventListener("load", r, { once: true })); return { src: this.currentSrc || this.src, loaded: this.naturalWidth > 0 }; }',
    );
    expect(images.length).toBeGreaterThanOrEqual(2);
    for (const image of images) {
      expect(image.src.startsWith(`${server.origin}/generic/lazy-images/harbour.png`)).toBe(true);
      expect(image.loaded).toBe(true);
    }
    const links = await overlayEach<{ href: string; target: string; rel: string }>(
      page,
      (n) => n.nodeName === 'A',
      'function () { return { href: this.href, target: this.target, rel: this.rel }; }',
    );
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link.href).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
      expect(link.target).toBe('_blank');
      expect(link.rel).toContain('noopener');
    }
    await page.screenshot({ path: path.join(shots, 'lazy-images-overlay.png') });
    await page.close();
  });
});

describe('the reader\'s own settings', () => {
  it('follows the system colour scheme, in light and in dark', async () => {
    await resetSettings();
    for (const scheme of ['light', 'dark'] as const) {
      const page = await session.browser.newPage();
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      await page.goto(server.url('/business-standard/iran-rejects-us-coalition/'), { waitUntil: 'load' });
      const popup = await session.openPopup(page);
      await popup.locator('::-p-aria(Reader view[role="button"])').click();
      await page.waitForSelector('declutter-reader');
      expect(await overlayAttribute(page, byClass('backdrop'), 'data-theme')).toBe(scheme);
      await page.screenshot({ path: path.join(shots, `overlay-${scheme}.png`) });
      await page.close();
    }
  });

  it('passes axe-core in every theme, and keeps a chosen theme across a reload', async () => {
    await resetSettings();
    const fixture = '/dawn/iran-rejects-us-request/';
    let page = await openReader(fixture);
    for (const theme of ['light', 'sepia', 'dark'] as const) {
      await clickInOverlay(page, byLabel('Reading settings'));
      await clickInOverlay(page, byRadio(theme));
      await clickInOverlay(page, byLabel('Reading settings'));
      expect(await overlayAttribute(page, byClass('backdrop'), 'data-theme')).toBe(theme);
      const { violations, passes } = await axeOverlay(page, axeSource);
      expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);
      expect(passes).toBeGreaterThan(10);
      await page.screenshot({ path: path.join(shots, `overlay-theme-${theme}.png`) });
    }
    // Open the panel once more so axe also checks the settings form itself.
    await clickInOverlay(page, byLabel('Reading settings'));
    expect((await axeOverlay(page, axeSource)).violations).toEqual([]);
    await page.close();

    page = await openReader(fixture);
    expect(await overlayAttribute(page, byClass('backdrop'), 'data-theme')).toBe('dark');
    await page.close();
    await resetSettings();
  });
});

describe('keyboard, focus and printing', () => {
  it('keeps Tab inside the overlay and returns focus to the page on close', async () => {
    const page = await openReader('/generic/strict-csp/', async (p) => {
      await p.focus('nav a');
    });
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('DECLUTTER-READER');
    }
    await page.keyboard.down('Shift');
    for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
    await page.keyboard.up('Shift');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('DECLUTTER-READER');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('declutter-reader'));
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Home');
    await page.close();
  });

  it('locks the page\'s scroll while open, even under a short story', async () => {
    const page = await session.browser.newPage();
    await page.setViewport({ width: 1280, height: 2000 }); // taller than the story
    await page.goto(server.url('/generic/strict-csp/'), { waitUntil: 'load' });
    await page.evaluate(() => {
      document.body.append(Object.assign(document.createElement('div'), { className: 'spacer' }));
      (document.querySelector('.spacer') as HTMLElement).style.height = '6000px';
      window.scrollTo(0, 300);
    });
    const popup = await session.openPopup(page);
    await popup.locator('::-p-aria(Reader view[role="button"])').click();
    await page.waitForSelector('declutter-reader');
    await page.mouse.move(640, 1000);
    await page.mouse.wheel({ deltaY: 1200 });
    await page.keyboard.press('PageDown');
    await page.keyboard.press('Space');
    await new Promise((r) => setTimeout(r, 400));
    expect(await page.evaluate(() => window.scrollY)).toBe(300);
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('prints the clean story only, and leaves the page\'s style sheets as they were', async () => {
    const page = await session.browser.newPage();
    await page.goto(server.url('/generic/strict-csp/'), { waitUntil: 'load' });
    const sheetsBefore = await page.evaluate(() => document.adoptedStyleSheets.length);
    const popup = await session.openPopup(page);
    await popup.locator('::-p-aria(Reader view[role="button"])').click();
    await page.waitForSelector('declutter-reader');
    await page.emulateMediaType('print');
    const shown = await page.evaluate(() => ({
      main: getComputedStyle(document.querySelector('main')!).display,
      header: getComputedStyle(document.querySelector('header')!).display,
      reader: getComputedStyle(document.querySelector('declutter-reader')!).display,
    }));
    expect(shown).toEqual({ main: 'none', header: 'none', reader: 'block' });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(1000);
    await page.emulateMediaType(undefined);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('declutter-reader'));
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(sheetsBefore);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('main')!).display)).toBe('block');
    await page.close();
  });
});

describe('without the popup: the shortcut and context-menu path', () => {
  // A headless browser has no toolbar UI to send a real Alt+Shift+R to, so the test calls the
  // worker's action entry point (the one commands.onCommand and contextMenus.onClicked call),
  // on a tab that the toolbar click has granted activeTab, as the shortcut itself would.
  const run = (action: 'toggle-reader' | 'copy-text') =>
    worker.evaluate(async (a) => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      await (globalThis as unknown as { declutterRunAction: (a: string, t: unknown) => Promise<void> }).declutterRunAction(a, tab);
    }, action);

  it('opens and closes the reader, and copies the clean text', async () => {
    const page = await session.browser.newPage();
    await page.goto(server.url('/generic/strict-csp/'), { waitUntil: 'load' });
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const popup = await session.openPopup(page);
    await popup.close();
    await page.bringToFront();
    await run('toggle-reader');
    await page.waitForSelector('declutter-reader');
    await run('toggle-reader');
    await page.waitForFunction(() => !document.querySelector('declutter-reader'));
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);

    await session.allowClipboard(server.origin);
    await run('copy-text');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.split('\n')[0]).toBe('City approves 40 km of protected cycle lanes');
    expect(copied).toContain('Construction on the first route');
    await page.close();
  });

  it('finds the tab again after it has loaded another page (the script there is new)', async () => {
    // The worker remembers tabs it has put the script into; after the tab loads another page
    // the message finds no receiver, and the script must go in again, not fail.
    const page = await session.browser.newPage();
    await page.goto(server.url('/generic/strict-csp/'), { waitUntil: 'load' });
    const popup = await session.openPopup(page);
    await popup.close();
    await page.bringToFront();
    await run('toggle-reader');
    await page.waitForSelector('declutter-reader');
    await page.goto(server.url('/generic/lazy-images/'), { waitUntil: 'load' });
    expect(await page.evaluate(() => document.querySelector('declutter-reader'))).toBeNull();
    await run('toggle-reader');
    await page.waitForSelector('declutter-reader');
    await run('toggle-reader');
    await page.waitForFunction(() => !document.querySelector('declutter-reader'));
    await page.close();
  });
});
