/**
 * Untrusted pages, opened through the real popup and the real overlay: nothing the page
 * carries may run, load or clobber anything because of Declutter. Per payload page:
 * - executions: the page's `hit()` counter and the server's beacon log do not move;
 * - requests: no URL is requested that the page itself had not already requested;
 * - the popup shows text only; the overlay holds no handler, script-capable element or
 *   javascript:/data: link; closing the overlay leaves the page's DOM as it was.
 * Also: the page cannot drive the extension (postMessage, DOM events), and it finds no
 * trace of it in its own world.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { Page } from 'puppeteer-core';
import { launch, type Session } from '../../scripts/lib/browser';
import { overlayEach } from '../../scripts/lib/page-tools';
import { payloads } from '../hostile/payloads';
import { hostilePage } from '../hostile/pages';

let session: Session;
let server: Server;
let origin = '';
const beacons: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = req.url ?? '/';
    const page = /^\/hostile\/([\w-]+)\/$/.exec(url);
    const payload = page && payloads.find((p) => p.id === page[1]);
    if (payload) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(hostilePage(payload));
      return;
    }
    if (url.startsWith('/beacon/')) beacons.push(url);
    res.writeHead(204).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  session = await launch();
});
afterAll(async () => {
  await session?.close();
  await new Promise((resolve) => server?.close(resolve));
});

const settle = (ms = 300) => new Promise((r) => setTimeout(r, ms));
const hits = (page: Page) => page.evaluate(() => (window as unknown as { __hits?: string[] }).__hits?.length ?? -1);

/** Everything in the overlay that could run or load something. */
const dangerous = `function () {
  const bad = [];
  const tags = /^(SCRIPT|IFRAME|OBJECT|EMBED|STYLE|LINK|META|BASE|FORM|PORTAL|FRAME|FRAMESET|TEMPLATE|NOSCRIPT)$/;
  for (const el of [this, ...this.querySelectorAll('*')]) {
    if (tags.test(el.tagName)) bad.push(el.tagName);
    for (const a of el.attributes) {
      if (/^on/i.test(a.name) || a.name === 'srcdoc' || a.name === 'formaction' || a.name === 'style') bad.push(el.tagName + ' ' + a.name);
      if (/^(href|src|xlink:href|action|data|srcset)$/i.test(a.name) && /^\\s*(javascript|vbscript|data:text)/i.test(a.value)) bad.push(el.tagName + ' ' + a.name + '=' + a.value);
    }
  }
  return bad;
}`;

describe(`the hostile corpus (${payloads.length} pages)`, () => {
  it('has at least 50 pages', () => expect(payloads.length).toBeGreaterThanOrEqual(50));

  for (const payload of payloads) {
    it(`${payload.id}: nothing runs, loads or leaks`, async () => {
      const page = await session.browser.newPage();
      const requested = new Set<string>();
      page.on('request', (r) => requested.add(r.url()));
      await page.goto(`${origin}/hostile/${payload.id}/`, { waitUntil: 'load' });
      await settle();
      const hitsBefore = await hits(page);
      const beaconsBefore = beacons.length;
      const known = new Set(requested);
      const domBefore = await page.evaluate(() => document.documentElement.outerHTML);

      const popup = await session.openPopup(page);
      const title = await popup.$eval('main', (m) => (m as HTMLElement).innerText);
      expect(title).toContain('Old water mains to be replaced across the city');
      expect(await popup.$$eval('main img, main svg, main iframe, main object, main embed, main script, main a', (l) => l.length)).toBe(0);

      await popup.locator('::-p-aria(Reader view[role="button"])').click();
      await page.waitForSelector('declutter-reader');
      await settle();
      const [bad] = await overlayEach<string[]>(page, (n) => n.nodeName === 'ARTICLE', dangerous);
      expect(bad, 'dangerous markup in the overlay').toEqual([]);
      expect(await hits(page), 'a payload ran while the overlay was open').toBe(hitsBefore);
      expect(beacons.slice(beaconsBefore), 'a payload reached the server').toEqual([]);
      expect([...requested].filter((u) => !known.has(u)), 'new requests').toEqual([]);
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('declutter-reader'));
      await settle();

      // After closing, only the page's own focus handler may run again (see payloads.ts).
      const ownFocus = (u: string) => Boolean(payload.refocuses) && u.includes(`/beacon/js-${payload.id}-`);
      expect(await hits(page), 'a payload ran').toBe(hitsBefore + (payload.refocuses ? 1 : 0));
      expect(beacons.slice(beaconsBefore).filter((u) => !ownFocus(u)), 'a payload reached the server').toEqual([]);
      expect([...requested].filter((u) => !known.has(u) && !ownFocus(u)), 'new requests').toEqual([]);
      expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(domBefore);
      await page.close();
    });
  }
});

describe('the page cannot reach or detect the extension', () => {
  it('cannot drive it with postMessage or DOM events, and finds no trace in its own world', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${origin}/hostile/escaped-text/`, { waitUntil: 'load' });
    const popup = await session.openPopup(page); // the content script is now in the page
    await popup.close();
    await page.evaluate(() => {
      for (const type of ['overlay-open', 'overlay-toggle', 'copy', 'extract', 'quotes']) {
        window.postMessage({ type }, '*');
        document.dispatchEvent(new CustomEvent(type, { detail: { type } }));
        window.dispatchEvent(new MessageEvent('message', { data: { type } }));
      }
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'R', altKey: true, shiftKey: true, bubbles: true }));
    });
    await settle(500);
    expect(await page.$('declutter-reader')).toBeNull();
    const trace = await page.evaluate(() => ({
      symbols: Object.getOwnPropertySymbols(window).map(String),
      names: Object.keys(window).filter((k) => /declutter/i.test(k)),
      chrome: typeof (window as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage,
    }));
    expect(trace.symbols.filter((s) => /declutter/i.test(s))).toEqual([]);
    expect(trace.names).toEqual([]);
    expect(trace.chrome).toBe('undefined'); // no externally_connectable: the page has no channel to us
    await page.close();
  });
});
