/**
 * Every copy and save action in the real popup, read back from the real clipboard (both
 * text/plain and text/html) and from the real download folder; and the command line giving
 * byte for byte what the popup copies.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { launch, root, type Session } from '../../scripts/lib/browser';
import { serveFixtures, type FixtureServer } from '../../scripts/lib/serve';
import { byClass, overlayEach } from '../../scripts/lib/page-tools';

const tsx = path.join(root, 'node_modules/.bin/tsx');
const fixture = { site: 'business-standard', name: 'iran-rejects-us-coalition' };
const source = path.join(root, 'tests/fixtures', fixture.site, fixture.name, 'source.html');

let session: Session;
let server: FixtureServer;
let downloads: string;

beforeAll(async () => {
  server = await serveFixtures();
  session = await launch();
  downloads = mkdtempSync(path.join(tmpdir(), 'declutter-downloads-'));
  const cdp = await session.browser.target().createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
  await session.allowClipboard();
});
afterAll(async () => {
  await session?.close();
  await server?.close();
  if (downloads) rmSync(downloads, { recursive: true, force: true });
});

const pageUrl = () => server.url(`/${fixture.site}/${fixture.name}/`);
function cli(format: 'text' | 'markdown'): string {
  const run = spawnSync(tsx, ['scripts/cli.ts', 'extract', '--format', format, '--url', pageUrl(), source], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(run.status).toBe(0);
  return run.stdout;
}

async function popupOnFixture(): Promise<{ page: Page; popup: Page }> {
  const page = await session.browser.newPage();
  await page.goto(pageUrl(), { waitUntil: 'load' });
  return { page, popup: await session.openPopup(page) };
}

async function press(popup: Page, name: string, said: string): Promise<void> {
  await popup.locator(`::-p-aria(${name}[role="button"])`).click();
  await popup.waitForFunction((s) => document.querySelector('[role="status"]')?.textContent?.includes(s), {}, said);
}

/** Clicks a button of the key quote that contains `text` (the list is ranked, not in story order). */
async function quoteButton(popup: Page, text: string, label: string): Promise<void> {
  const items = await popup.$$('ul[aria-label="Key quotes"] > li');
  for (const item of items) {
    if ((await item.$eval('blockquote', (b) => b.textContent ?? '')).includes(text)) {
      await (await item.$(`button[aria-label="${label}"]`))!.click();
      return;
    }
  }
  throw new Error(`no key quote with "${text}"`);
}

const readText = (popup: Page) => popup.evaluate(() => navigator.clipboard.readText());

describe('copy and save from the popup', () => {
  it('copies plain text and Markdown exactly as the command line prints them', async () => {
    const { page, popup } = await popupOnFixture();
    await press(popup, 'Copy text', 'as text');
    expect(await readText(popup)).toBe(cli('text'));
    await press(popup, 'Copy Markdown', 'as Markdown');
    const markdown = await readText(popup);
    expect(markdown).toBe(cli('markdown'));
    expect(markdown.startsWith('# Iran rejects US-led coalition against jihadists\n')).toBe(true);
    await popup.close();
    await page.close();
  });

  it('copies rich text as text/html with text/plain beside it', async () => {
    const { page, popup } = await popupOnFixture();
    await press(popup, 'Copy rich text', 'rich text');
    const items = await popup.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      if (!item) return null;
      return {
        types: [...item.types].sort(),
        html: await (await item.getType('text/html')).text(),
        text: await (await item.getType('text/plain')).text(),
      };
    });
    expect(items?.types).toEqual(['text/html', 'text/plain']);
    expect(items?.html).toContain('<h1>Iran rejects US-led coalition against jihadists</h1>');
    expect(items?.html).toContain(`<a href="${pageUrl()}">`);
    expect(items?.html).toContain('Washington had appealed for help');
    expect(items?.html).not.toMatch(/<script|onerror=|Smart Quarterly/i);
    expect(items?.text).toBe(cli('text'));
    await popup.close();
    await page.close();
  });

  it('copies one quote with its citation', async () => {
    const { page, popup } = await popupOnFixture();
    await quoteButton(popup, 'Right from the start', 'Copy quote');
    await popup.waitForFunction(() => document.querySelector('[role="status"]')?.textContent?.includes('citation'));
    expect(await readText(popup)).toBe(
      `"Right from the start, the United States asked through its ambassador in Iraq whether we could cooperate against Daesh" — Ali Khamenei, Business Standard, 15 September 2014, ${pageUrl()}`,
    );
    await popup.close();
    await page.close();
  });

  it('saves the story as a Markdown file and as an HTML file', async () => {
    const { page, popup } = await popupOnFixture();
    await press(popup, 'Save as Markdown', 'Saved');
    await press(popup, 'Save as HTML', 'Saved');
    const name = 'iran-rejects-us-led-coalition-against-jihadists';
    const waitFor = async (file: string) => {
      for (let i = 0; i < 100 && !existsSync(path.join(downloads, file)); i++) await new Promise((r) => setTimeout(r, 100));
      return readFileSync(path.join(downloads, file), 'utf8');
    };
    expect(await waitFor(`${name}.md`)).toBe(cli('markdown'));
    const html = await waitFor(`${name}.html`);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<title>Iran rejects US-led coalition against jihadists</title>');
    expect(html).toContain('Washington had appealed for help');
    expect(html).not.toMatch(/<script/i);
    expect(readdirSync(downloads).sort()).toEqual([`${name}.html`, `${name}.md`]);
    await popup.close();
    await page.close();
  });

  it('shows the chosen quote in the reader overlay', async () => {
    const { page, popup } = await popupOnFixture();
    await quoteButton(popup, 'the Americans are lying', 'Show in reader view');
    await page.waitForSelector('declutter-reader');
    // The sixth quote sits near the end of the story: the overlay has scrolled to it, and it
    // is the one marked as current, inside the viewport.
    await new Promise((r) => setTimeout(r, 300));
    const [scrollTop] = await overlayEach<number>(page, byClass('backdrop'), 'function () { return this.scrollTop; }');
    expect(scrollTop).toBeGreaterThan(200);
    const current = await overlayEach<{ text: string; top: number; bottom: number; height: number }>(
      page,
      byClass('current'),
      'function () { const r = this.getBoundingClientRect(); return { text: this.textContent, top: r.top, bottom: r.bottom, height: window.innerHeight }; }',
    );
    expect(current.length).toBe(1);
    expect(current[0]!.text).toContain('the Americans are lying');
    expect(current[0]!.top).toBeGreaterThanOrEqual(0);
    expect(current[0]!.bottom).toBeLessThanOrEqual(current[0]!.height);
    await page.close();
  });
});
