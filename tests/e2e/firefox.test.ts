/**
 * Firefox ESR: the Firefox build passes web-ext lint, installs, and the core extracts a
 * fixture page in Firefox's DOM.
 * (Firefox offers no way to press a toolbar button from a test, so the click itself is
 * proven in Chromium.) The build also passes `web-ext lint` with no errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { root } from '../../scripts/lib/browser';
import { serveFixtures, type FixtureServer } from '../../scripts/lib/serve';
import { buildCoreBundle } from '../../scripts/lib/core-bundle';

const firefoxBuild = path.join(root, 'dist/firefox');
const geckoId = 'declutter@declutter.example';

function firefoxPath(): string {
  const found = [process.env.FIREFOX_PATH, '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox-esr', '/usr/bin/firefox'].find(
    (p): p is string => Boolean(p && existsSync(p)),
  );
  if (!found) throw new Error('Firefox not found. Install it (apt-get install firefox-esr) or set FIREFOX_PATH.');
  return found;
}

let browser: Browser;
let server: FixtureServer;
let bundle: string;
let firefoxOutput = '';

beforeAll(async () => {
  server = await serveFixtures();
  bundle = await buildCoreBundle();
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      'network.dns.localDomains': '',
      'network.proxy.type': 0,
      'browser.shell.checkDefaultBrowser': false,
      'devtools.console.stdout.chrome': true,
    },
  });
  const child = browser.process();
  child?.stdout?.on('data', (d: Buffer) => (firefoxOutput += d.toString()));
  child?.stderr?.on('data', (d: Buffer) => (firefoxOutput += d.toString()));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('Firefox ESR', () => {
  it('passes web-ext lint with no errors', () => {
    const run = spawnSync(path.join(root, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', firefoxBuild, '--output', 'json', '--no-input'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
    });
    const report = JSON.parse(run.stdout) as { summary: { errors: number }; errors: Array<{ code: string; message: string }> };
    expect(report.errors.map((e) => `${e.code}: ${e.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  });

  it('installs the build', async () => {
    // Firefox validates the manifest, the background script list and the permissions here.
    // (WebDriver may not open moz-extension:// pages and Firefox does not forward an
    // extension's console to stdout, so the background's start is not observed directly.)
    const id = await browser.installExtension(firefoxBuild);
    expect(id).toBe(geckoId);
    expect(firefoxOutput).not.toMatch(/declutter[^\n]*(error|invalid|failed)/i);
  });

  it('extracts a fixture page with the core in Firefox\'s DOM', async () => {
    const expected = JSON.parse(readFileSync(path.join(root, 'tests/fixtures/dawn/iran-rejects-us-request/expected.json'), 'utf8')) as {
      title: string; paragraphs: string[]; clutter: string[];
    };
    const page = await browser.newPage();
    await page.goto(server.url('/dawn/iran-rejects-us-request/'));
    await page.addScriptTag({ content: readFileSync(bundle, 'utf8') });
    const result = await page.evaluate(() => {
      const core = (window as unknown as { DeclutterCore: { extract(d: Document, u: string): { ok: boolean; article?: { title: string; paragraphs: string[] } } } }).DeclutterCore;
      const before = document.documentElement.outerHTML;
      const r = core.extract(document, location.href);
      return { ok: r.ok, title: r.article?.title, paragraphs: r.article?.paragraphs, untouched: before === document.documentElement.outerHTML };
    });
    expect(result.ok).toBe(true);
    expect(result.untouched).toBe(true);
    expect(result.title).toBe(expected.title);
    const norm = (s: string) => s.replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim();
    expect(result.paragraphs?.map(norm)).toEqual(expect.arrayContaining(expected.paragraphs.map(norm)));
    const text = result.paragraphs?.join(' ') ?? '';
    for (const c of expected.clutter) expect(text).not.toContain(c);
    await page.close();
  });
});
