/**
 * What the browser alone costs: an extension whose popup is one static line of HTML (no
 * script, no style), clicked the same way on the same pages as the real one. Its click →
 * popup time is the floor under ours: no extension can show anything sooner here, so the
 * popup budget is read against it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { launch } from '../lib/browser.ts';
import { POPUP_LCP, type PopupClock } from './clicks.ts';
import { outDir, type BenchPage } from './pages.ts';
import type { PageServer } from './serve-dir.ts';
import { median } from './stats.ts';

export interface EmptyPopupTiming {
  /** Click to main[aria-busy="false"] in the popup, measured from Node as for ours. */
  popupMs: number[];
  /** Click to the popup's DOMContentLoaded end, on the popup's clock. */
  clockMs: number[];
}

function writeEmptyExtension(): string {
  const dir = path.join(outDir, 'empty-popup');
  mkdirSync(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'Empty popup (benchmark floor)',
    version: '1.0',
    action: { default_popup: 'popup.html' },
    background: { service_worker: 'worker.js' },
    permissions: ['activeTab'],
  };
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(path.join(dir, 'worker.js'), '// nothing: the floor measures the browser alone\n');
  writeFileSync(
    path.join(dir, 'popup.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Empty</title></head>' +
      '<body><main aria-busy="false">Nothing here.</main></body></html>\n',
  );
  return dir;
}

export async function timeEmptyPopup(
  server: PageServer,
  pages: BenchPage[],
  opts: { runs: number; indexOf: (p: BenchPage) => number; log: (line: string) => void },
): Promise<EmptyPopupTiming> {
  const session = await launch({ extension: writeEmptyExtension() });
  const { browser, extensionId } = session;
  const out: EmptyPopupTiming = { popupMs: [], clockMs: [] };
  try {
    const extension = (await browser.extensions()).get(extensionId);
    if (!extension) throw new Error('empty extension not loaded');
    const popupUrl = `chrome-extension://${extensionId}/popup.html`;
    // One unmeasured click first, as for ours.
    const order = pages.length ? [pages[0]!, ...pages.flatMap((p) => Array<BenchPage>(opts.runs).fill(p))] : [];
    for (const [i, p] of order.entries()) {
      const page = await browser.newPage();
      try {
        await page.goto(server.url(opts.indexOf(p)), { waitUntil: 'load', timeout: 120_000 });
        await page.bringToFront();
        const t0 = performance.now();
        await page.triggerExtensionAction(extension);
        const target = await browser.waitForTarget((t) => t.url() === popupUrl, { timeout: 15_000 });
        const popup = await target.asPage();
        await popup.waitForSelector('main[aria-busy="false"]', { timeout: 15_000 });
        const t1 = performance.now();
        const { origin, loaded } = (await popup.evaluate(POPUP_LCP)) as PopupClock;
        if (i > 0) {
          out.popupMs.push(t1 - t0);
          if (loaded !== null) out.clockMs.push(origin - (performance.timeOrigin + t0) + loaded);
        }
        await popup.close().catch(() => undefined);
      } finally {
        await page.close();
      }
    }
    opts.log(`  empty popup: click→popup ${median(out.popupMs).toFixed(0)} ms, popup clock ${median(out.clockMs).toFixed(0)} ms`);
    return out;
  } finally {
    await session.close();
  }
}
