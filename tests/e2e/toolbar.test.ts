/**
 * The whole path a person takes, in real Chromium with the built extension: click the
 * toolbar button on a news page, read the popup, copy the text, open the reader overlay,
 * close it and find the page as it was. Plus the pages where there is nothing to clean.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { launch, root, type Session } from '../../scripts/lib/browser';
import { serveFixtures, type FixtureServer } from '../../scripts/lib/serve';
import { clickOverlayClose, overlayDialog, overlayText, screenshotPopup } from '../../scripts/lib/page-tools';

const shots = path.join(root, 'out/e2e');
const norm = (s: string) => s.replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim();

interface Expected {
  title: string;
  byline: string | null;
  siteName: string;
  paragraphs: string[];
  clutter: string[];
  quotes: Array<{ text: string; speaker: string }>;
}
const load = (site: string, name: string) =>
  JSON.parse(readFileSync(path.join(root, 'tests/fixtures', site, name, 'expected.json'), 'utf8')) as Expected;

const articles = [
  { site: 'business-standard', name: 'iran-rejects-us-coalition' },
  { site: 'dawn', name: 'iran-rejects-us-request' },
];

let session: Session;
let server: FixtureServer;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  server = await serveFixtures();
  session = await launch();
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

const pageHtml = (page: Page) => page.evaluate(() => document.documentElement.outerHTML);
const popupText = (popup: Page) => popup.$eval('main', (m) => (m as HTMLElement).innerText);

describe.each(articles)('a news article: $site/$name', ({ site, name }) => {
  const expected = load(site, name);
  const url = () => server.url(`/${site}/${name}/`);

  it('shows the cleaned story and its quotes in the popup, leaving the page untouched', async () => {
    const page = await session.browser.newPage();
    await page.goto(url(), { waitUntil: 'load' });
    const before = await pageHtml(page);
    const popup = await session.openPopup(page);

    expect(await popup.$eval('h1', (h) => h.textContent)).toBe(expected.title);
    const text = norm(await popupText(popup));
    expect(text).toContain(norm(expected.paragraphs[0]!));
    expect(text).toContain(norm(expected.paragraphs.at(-1)!));
    for (const p of expected.paragraphs) expect(text).toContain(norm(p));
    const storyText = norm(await popup.$eval('section[aria-label="Story"]', (s) => (s as HTMLElement).innerText));
    for (const c of expected.clutter) expect(storyText, `clutter "${c}"`).not.toContain(norm(c));
    if (expected.byline) expect(await popup.$eval('.meta', (m) => m.textContent)).toContain(expected.byline);
    expect(await popup.$eval('.site', (m) => m.textContent)).toBe(expected.siteName);
    expect(await popup.$eval('.meta', (m) => m.textContent)).toMatch(/\d+ min read/);

    const quotes = await popup.$$eval('ul[aria-label="Key quotes"] > li', (items) =>
      items.map((li) => (li as HTMLElement).innerText),
    );
    expect(quotes.length).toBe(expected.quotes.length);
    for (const q of expected.quotes) {
      expect(quotes.some((item) => norm(item).includes(norm(q.text)) && item.includes(q.speaker))).toBe(true);
    }
    // The story was drawn before the quotes were found, and the quotes came after it.
    const marks = await popup.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])));
    expect(marks['declutter:shown']).toBeLessThanOrEqual(marks['declutter:quotes']!);
    expect(await popup.$('.quotes[aria-busy="true"]')).toBeNull();
    await screenshotPopup(popup, path.join(shots, `${site}-popup.png`));
    expect(await pageHtml(page)).toBe(before);
    await popup.close();
    await page.close();
  });

  it('copies the cleaned story as plain text', async () => {
    const page = await session.browser.newPage();
    await page.goto(url(), { waitUntil: 'load' });
    const popup = await session.openPopup(page);
    await session.allowClipboard();
    await popup.locator('::-p-aria(Copy text[role="button"])').click();
    await popup.waitForFunction(() => document.querySelector('[role="status"]')?.textContent?.includes('Copied'));
    const copied = await popup.evaluate(() => navigator.clipboard.readText());
    const lines = copied.split('\n');
    expect(lines[0]).toBe(expected.title);
    const head = lines.slice(0, 6).join('\n');
    if (expected.byline) expect(head).toContain(expected.byline);
    expect(head).toContain(expected.siteName);
    expect(copied).toContain(expected.paragraphs.map(norm).join('\n\n'));
    for (const c of expected.clutter) expect(copied).not.toContain(c);
    await popup.close();
    await page.close();
  });

  it('opens the reader overlay and restores the page exactly on Esc and on the close button', async () => {
    const page = await session.browser.newPage();
    await page.goto(url(), { waitUntil: 'load' });
    await page.evaluate(() => window.scrollTo(0, 400));
    const before = await pageHtml(page);
    const scrollBefore = await page.evaluate(() => window.scrollY);

    for (const closeWith of ['Escape', 'button'] as const) {
      const popup = await session.openPopup(page);
      await popup.locator('::-p-aria(Reader view[role="button"])').click();
      await page.waitForSelector('declutter-reader');
      const dialog = await overlayDialog(page);
      expect(dialog?.['aria-modal']).toBe('true');
      const text = norm((await overlayText(page)) ?? '');
      expect(text).toContain(expected.title);
      for (const p of expected.paragraphs) expect(text).toContain(norm(p));
      for (const c of expected.clutter) expect(text, `clutter "${c}"`).not.toContain(norm(c));
      if (closeWith === 'Escape') {
        await page.screenshot({ path: path.join(shots, `${site}-overlay.png`) });
        await page.keyboard.press('Escape');
      } else {
        await clickOverlayClose(page);
      }
      await page.waitForFunction(() => !document.querySelector('declutter-reader'));
      expect(await pageHtml(page)).toBe(before);
      expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
    }
    await page.close();
  });
});

describe('what the popup tells about the cleaning', () => {
  it('says when a paywall cut the story, and lists what was removed and why', async () => {
    const page = await session.browser.newPage();
    await page.goto(server.url('/business-standard/premium-paywall-teaser/'), { waitUntil: 'load' });
    const popup = await session.openPopup(page);
    expect(await popup.$eval('.notice', (n) => n.textContent)).toContain('behind its paywall');
    const summary = await popup.$eval('details.removed summary', (s) => s.textContent ?? '');
    const count = Number(/^(\d+) blocks? removed$/.exec(summary)?.[1]);
    expect(count).toBeGreaterThan(0);
    await popup.click('details.removed summary');
    const reasons = await popup.$$eval('details.removed li', (items) => items.map((li) => (li as HTMLElement).innerText));
    expect(reasons.length).toBe(count);
    expect(reasons.some((r) => /business-standard/.test(r))).toBe(true);
    await screenshotPopup(popup, path.join(shots, 'paywall-popup.png'));
    await popup.close();
    await page.close();
  });
});

describe('pages with nothing to clean', () => {
  it('says so plainly on a page without an article', async () => {
    const page = await session.browser.newPage();
    await page.goto(server.url('/generic/no-article/'), { waitUntil: 'load' });
    const popup = await session.openPopup(page);
    expect(await popupText(popup)).toContain('No article found on this page.');
    await screenshotPopup(popup, path.join(shots, 'no-article-popup.png'));
    await popup.close();
    await page.close();
  });

  it('says so plainly on a browser page', async () => {
    const page = await session.browser.newPage();
    await page.goto('chrome://version');
    const popup = await session.openPopup(page);
    expect(await popupText(popup)).toContain('Declutter can’t run on this page');
    await popup.close();
    await page.close();
  });

  it('says so plainly on the extension store', async () => {
    const page = await session.browser.newPage();
    // The store is unreachable here (no network); the tab still carries its URL, which is
    // all the popup needs to know it may not run there.
    await page.goto('https://chromewebstore.google.com/detail/x', { waitUntil: 'load' }).catch(() => undefined);
    const popup = await session.openPopup(page);
    expect(await popupText(popup)).toContain('Declutter can’t run on this page');
    await popup.close();
    await page.close();
  });
});
