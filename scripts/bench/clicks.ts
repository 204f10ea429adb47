/**
 * What a person waits for, with the built extension (dist/chrome) in real Chromium:
 *
 *   click → popup   from page.triggerExtensionAction to the popup's main[aria-busy="false"],
 *                   as openPopup() in scripts/lib/browser.ts does it. Measured from Node, so
 *                   it includes puppeteer attaching to the popup (~25–50 ms here). Also kept:
 *                   the popup's own clock (its timeOrigin after the click, plus its largest
 *                   contentful paint), which does not include puppeteer's attach.
 *                   The popup's marks (src/popup/popup.ts) split the click into phases on the
 *                   popup's clock: the browser opening the popup (click → its timeOrigin),
 *                   the popup's start-up (→ declutter:ask), the page's work: inject, extract,
 *                   answer (→ declutter:answer), drawing the story (→ declutter:shown), and
 *                   the quotes, asked for once the story is in and drawn (→ declutter:quotes).
 *   click → overlay from the mouse-up on the popup's "Reader view" button to the
 *                   declutter-reader element in the page and painted (a requestAnimationFrame
 *                   then a task, watched from the page's own main world).
 *
 * Each run is a fresh load of the page, so the content script is injected anew, as on a
 * person's first click. One unmeasured click first warms the browser and the extension.
 */
import { performance } from 'node:perf_hooks';
import type { Session } from '../lib/browser.ts';
import type { BenchPage } from './pages.ts';
import type { PageServer } from './serve-dir.ts';
import { median } from './stats.ts';

export interface ClickTiming {
  page: BenchPage;
  /** The popup showed a story (not a message) on every run. */
  story: boolean;
  popupMs: number[];
  /** Click to the popup's largest contentful paint, on the popup's clock. */
  popupPaintMs: number[];
  /** Click to the story drawn (declutter:shown), on the popup's clock: no puppeteer in it. */
  shownMs: number[];
  phases: Record<Phase, number[]>;
  overlayMs: number[];
}

export const PHASES = ['open', 'boot', 'page', 'render', 'quotes'] as const;
export type Phase = (typeof PHASES)[number];
export const emptyPhases = (): Record<Phase, number[]> => ({ open: [], boot: [], page: [], render: [], quotes: [] });

// In-page code as source text: tsx's name-keeping helper (__name) does not exist in the page.

/** Resolves in the page once the overlay host is in the DOM and a frame has been painted. */
const ARM_OVERLAY_WATCH = `window.__overlayPainted = new Promise(function (resolve) {
  function painted() { requestAnimationFrame(function () { setTimeout(function () { resolve(performance.now()); }, 0); }); }
  if (document.querySelector('declutter-reader')) return painted();
  var mo = new MutationObserver(function () {
    if (!document.querySelector('declutter-reader')) return;
    mo.disconnect();
    painted();
  });
  mo.observe(document, { childList: true, subtree: true });
}); undefined`;

/** The popup's navigation start (epoch ms), its largest contentful paint and its marks (ms after it). */
export const POPUP_LCP = `new Promise(function (resolve) {
  function done(lcp) {
    var marks = {};
    performance.getEntriesByType('mark').forEach(function (m) { marks[m.name] = m.startTime; });
    var nav = performance.getEntriesByType('navigation')[0];
    resolve({ origin: performance.timeOrigin, lcp: lcp, marks: marks, loaded: nav ? nav.domContentLoadedEventEnd : null });
  }
  new PerformanceObserver(function (list) {
    var last = list.getEntries().at(-1);
    done(last ? last.startTime : null);
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  setTimeout(function () { done(null); }, 1000);
})`;

export interface PopupClock {
  origin: number;
  lcp: number | null;
  marks: Record<string, number>;
  /** domContentLoadedEventEnd, ms after origin. */
  loaded: number | null;
}

async function oneRun(session: Session, url: string, measured: ClickTiming | null): Promise<boolean> {
  const { browser, extensionId } = session;
  const extension = (await browser.extensions()).get(extensionId);
  if (!extension) throw new Error('extension not loaded');
  const page = await browser.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.bringToFront();
    await page.evaluate(ARM_OVERLAY_WATCH);
    const popupUrl = `chrome-extension://${extensionId}/src/popup/popup.html`;
    const t0 = performance.now();
    await page.triggerExtensionAction(extension);
    const target = await browser.waitForTarget((t) => t.url() === popupUrl, { timeout: 15_000 });
    const popup = await target.asPage();
    await popup.waitForSelector('main[aria-busy="false"]', { timeout: 60_000 });
    const t1 = performance.now();
    const { origin, lcp, marks } = (await popup.evaluate(POPUP_LCP)) as PopupClock;
    const button = await popup.$('::-p-aria(Reader view[role="button"])');
    const story = button !== null;
    if (measured) {
      const opened = origin - (performance.timeOrigin + t0);
      measured.popupMs.push(t1 - t0);
      if (lcp !== null) measured.popupPaintMs.push(opened + lcp);
      const ask = marks['declutter:ask'];
      const answer = marks['declutter:answer'];
      const shown = marks['declutter:shown'];
      const quoted = marks['declutter:quotes'];
      if (ask !== undefined && answer !== undefined && shown !== undefined && quoted !== undefined) {
        measured.shownMs.push(opened + shown);
        measured.phases.open.push(opened);
        measured.phases.boot.push(ask);
        measured.phases.page.push(answer - ask);
        measured.phases.render.push(shown - answer);
        measured.phases.quotes.push(quoted - shown);
      }
    }
    if (!button) {
      await popup.close();
      return false;
    }
    const box = await button.boundingBox();
    if (!box) throw new Error('Reader view button has no box');
    await popup.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await popup.mouse.down();
    const t2 = performance.now();
    await popup.mouse.up();
    await page.evaluate('window.__overlayPainted');
    const t3 = performance.now();
    measured?.overlayMs.push(t3 - t2);
    if (!popup.isClosed()) await popup.close().catch(() => undefined);
    return story;
  } finally {
    await page.close();
  }
}

export async function timeClicks(
  session: Session,
  server: PageServer,
  pages: BenchPage[],
  opts: { runs: number; indexOf: (p: BenchPage) => number; log: (line: string) => void },
): Promise<ClickTiming[]> {
  const out: ClickTiming[] = [];
  if (pages[0]) await oneRun(session, server.url(opts.indexOf(pages[0])), null);
  for (const p of pages) {
    const t: ClickTiming = { page: p, story: true, popupMs: [], popupPaintMs: [], shownMs: [], phases: emptyPhases(), overlayMs: [] };
    for (let r = 0; r < opts.runs; r++) t.story = (await oneRun(session, server.url(opts.indexOf(p)), t)) && t.story;
    opts.log(
      `  ${p.name}: click→popup ${median(t.popupMs).toFixed(0)} ms` +
        (t.story ? `, click→overlay ${median(t.overlayMs).toFixed(0)} ms` : ' (no story)'),
    );
    out.push(t);
  }
  return out;
}
