/**
 * No network request of our own: through a full use (popup, every copy, save, the overlay
 * with its settings, the shortcut path), every request any extension context makes is
 * recorded, and so is every request the page makes after the click. The extension's own
 * contexts may load only their own chrome-extension:// files; the page may request nothing
 * it had not already requested before the click.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CDPSession, Target } from 'puppeteer-core';
import { launch, type Session } from '../../scripts/lib/browser';
import { serveFixtures, type FixtureServer } from '../../scripts/lib/serve';
import { byLabel, byRadio, clickInOverlay } from '../../scripts/lib/page-tools';

let session: Session;
let server: FixtureServer;
let downloads = '';
const extensionRequests: string[] = [];
const sessions: CDPSession[] = [];
const watching: Promise<void>[] = [];

const watched = new Set<Target>();

async function watch(target: Target): Promise<void> {
  if (!target.url().startsWith('chrome-extension://') || watched.has(target)) return;
  watched.add(target);
  const cdp = await target.createCDPSession();
  sessions.push(cdp);
  cdp.on('Network.requestWillBeSent', (e: { request: { url: string } }) => extensionRequests.push(e.request.url));
  await cdp.send('Network.enable');
}

beforeAll(async () => {
  server = await serveFixtures();
  session = await launch();
  for (const target of session.browser.targets()) watching.push(watch(target));
  await Promise.all(watching);
  // A popup's target is often created before it has its URL: look again when it changes.
  session.browser.on('targetcreated', (t: Target) => void watching.push(watch(t)));
  session.browser.on('targetchanged', (t: Target) => void watching.push(watch(t)));
  const cdp = await session.browser.target().createCDPSession();
  downloads = mkdtempSync(path.join(tmpdir(), 'declutter-dl-'));
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
  await session.allowClipboard();
});
afterAll(async () => {
  await session?.close();
  await server?.close();
  if (downloads) rmSync(downloads, { recursive: true, force: true });
});

it('makes no request of its own through a full use', async () => {
  const page = await session.browser.newPage();
  const pageRequests: string[] = [];
  page.on('request', (r) => pageRequests.push(r.url()));
  await page.goto(server.url('/generic/lazy-images/'), { waitUntil: 'networkidle0' });
  const before = new Set(pageRequests);
  const mark = pageRequests.length;

  const popup = await session.openPopup(page);
  // The recorder attaches to the popup while it loads, so whether it sees the popup's
  // first files depends on timing; a request of the popup's own once it is attached proves
  // that it records this context.
  await Promise.all(watching);
  const probe = new URL('/manifest.json', popup.url()).href;
  expect(await popup.evaluate((url) => fetch(url).then((r) => r.ok), probe)).toBe(true);
  for (const name of ['Copy text', 'Copy Markdown', 'Copy rich text', 'Save as Markdown', 'Save as HTML']) {
    await popup.locator(`::-p-aria(${name}[role="button"])`).click();
    await popup.waitForFunction(() => !document.querySelector('button:disabled'));
  }
  await popup.locator('::-p-aria(Reader view[role="button"])').click();
  await page.waitForSelector('declutter-reader');
  await clickInOverlay(page, byLabel('Reading settings'));
  await clickInOverlay(page, byRadio('sepia'));
  await clickInOverlay(page, byLabel('Copy Markdown'));
  await new Promise((r) => setTimeout(r, 500));
  await page.keyboard.press('Escape');
  await new Promise((r) => setTimeout(r, 500));

  const foreign = extensionRequests.filter((u) => !u.startsWith(`chrome-extension://${session.extensionId}/`));
  expect(foreign).toEqual([]);
  expect(extensionRequests).toContain(probe); // proof the recorder works in the popup
  // Images the page had not loaded yet (lazy ones) are the page's own; anything else is not.
  const after = pageRequests.slice(mark).filter((u) => !before.has(u));
  expect(after.filter((u) => !u.startsWith(`${server.origin}/generic/lazy-images/`))).toEqual([]);
  await page.close();
  for (const cdp of sessions) await cdp.detach().catch(() => undefined);
});
