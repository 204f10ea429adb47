/**
 * Firefox ESR: the Firefox build passes `web-ext lint` with no errors, installs, its
 * background script starts and does its start-up work, and the core extracts a fixture
 * page in Firefox's DOM.
 *
 * WebDriver BiDi may not open moz-extension:// pages and Firefox does not forward an
 * extension's console to stdout, so the background is reached over Firefox's own Remote
 * Debugging Protocol (scripts/lib/firefox-rdp.ts), as about:debugging does: listAddons
 * finds the add-on, its descriptor's watcher announces the background page's target, and
 * JavaScript evaluated in that target's console checks what the start-up left behind.
 * (Firefox offers no way to press a toolbar button from a test, so the click itself is
 * proven in Chromium.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { root } from '../../scripts/lib/browser';
import { serveFixtures, type FixtureServer } from '../../scripts/lib/serve';
import { buildCoreBundle } from '../../scripts/lib/core-bundle';
import { backgroundConsole, evaluate, findAddon, freePort, rdpPrefs, RdpClient } from '../../scripts/lib/firefox-rdp';

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
let rdpPort: number;

beforeAll(async () => {
  server = await serveFixtures();
  bundle = await buildCoreBundle();
  rdpPort = await freePort();
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    args: ['--start-debugger-server', String(rdpPort)],
    extraPrefsFirefox: {
      ...rdpPrefs,
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
    const id = await browser.installExtension(firefoxBuild);
    expect(id).toBe(geckoId);
    expect(firefoxOutput).not.toMatch(/declutter[^\n]*(error|invalid|failed)/i);
  });

  it('starts the background script, which registers its menu items and actions', async () => {
    const rdp = await RdpClient.connect(rdpPort);
    try {
      const addon = await findAddon(rdp, geckoId);
      expect(addon?.backgroundScriptStatus).toBe('RUNNING');
      const consoleActor = await backgroundConsole(rdp, addon!);
      const manifest = JSON.parse(readFileSync(path.join(firefoxBuild, 'manifest.json'), 'utf8')) as {
        version: string; commands: Record<string, unknown>;
      };
      // The context menu items are created by the runtime.onInstalled listener, which runs
      // just after start-up: update() rejects for an id that does not exist.
      const probe = `(async () => ({
        version: browser.runtime.getManifest().version,
        runAction: typeof globalThis.declutterRunAction,
        commands: (await browser.commands.getAll()).map((c) => c.name).sort(),
        menus: await Promise.all(['copy-text', 'toggle-reader', 'no-such-item'].map((id) =>
          browser.contextMenus.update(id, {}).then(() => true, () => false))),
      }))()`;
      const expected = {
        version: manifest.version,
        runAction: 'function',
        commands: Object.keys(manifest.commands).sort(),
        menus: [true, true, false],
      };
      const deadline = Date.now() + 10_000;
      let seen = await evaluate(rdp, consoleActor, probe);
      while (JSON.stringify(seen) !== JSON.stringify(expected) && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 200));
        seen = await evaluate(rdp, consoleActor, probe);
      }
      expect(seen).toEqual(expected);
    } finally {
      rdp.close();
    }
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
