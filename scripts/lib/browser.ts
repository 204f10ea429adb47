/**
 * Real Chromium with the built extension loaded, for the end-to-end tests and `npm start`.
 * Nothing here touches the network: the browser resolves every host but 127.0.0.1 to
 * nowhere, and fixture pages are served on 127.0.0.1.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const root = path.resolve(import.meta.dirname, '../..');
export const chromeBuild = path.join(root, 'dist/chrome');

export function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'];
  const found = candidates.find((p): p is string => Boolean(p && existsSync(p)));
  if (!found) {
    throw new Error(
      'Chromium not found. Install it (apt-get install chromium) or set CHROME_PATH to a Chromium binary.',
    );
  }
  return found;
}

export interface Session {
  browser: Browser;
  extensionId: string;
  /** Presses the toolbar button on `page` and returns the popup once it has answered. */
  openPopup(page: Page): Promise<Page>;
  /** Lets the extension's pages (and `origins`) read and write the clipboard, for tests. */
  allowClipboard(...origins: string[]): Promise<void>;
  close(): Promise<void>;
}

/**
 * `extension` loads another unpacked extension instead of the build (the benchmark's empty
 * popup, which measures what the browser alone costs); it must have a service worker.
 */
export async function launch(options: { headed?: boolean; extension?: string } = {}): Promise<Session> {
  const extensionDir = options.extension ?? chromeBuild;
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No build in ${extensionDir}: run npm run build first.`);
  }
  const browser = await puppeteer.launch({
    executablePath: chromiumPath(),
    headless: !options.headed,
    pipe: true,
    enableExtensions: [extensionDir],
    defaultViewport: options.headed ? null : { width: 1280, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-features=Translate,OptimizationHints,MediaRouter',
      // Fixtures name real hosts (business-standard.com images, ad scripts): none of it
      // may leave the machine.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
  const worker = await browser.waitForTarget((t) => t.type() === 'service_worker', { timeout: 20_000 });
  const extensionId = new URL(worker.url()).host;

  async function openPopup(page: Page): Promise<Page> {
    const extension = (await browser.extensions()).get(extensionId);
    if (!extension) throw new Error('extension not loaded');
    await page.bringToFront();
    await page.triggerExtensionAction(extension);
    const target = await browser.waitForTarget(
      (t) => t.url() === `chrome-extension://${extensionId}/src/popup/popup.html`,
      { timeout: 15_000 },
    );
    const popup = await target.asPage();
    await popup.waitForSelector('main[aria-busy="false"]', { timeout: 15_000 });
    return popup;
  }

  async function allowClipboard(...origins: string[]): Promise<void> {
    for (const origin of [`chrome-extension://${extensionId}`, ...origins]) {
      await browser.defaultBrowserContext().overridePermissions(origin, ['clipboard-read', 'clipboard-sanitized-write']);
    }
  }

  return { browser, extensionId, openPopup, allowClipboard, close: () => browser.close() };
}
