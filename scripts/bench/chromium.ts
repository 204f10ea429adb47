/**
 * The in-page timings: for each page, the baseline (bare Readability), the pipeline and the
 * floor, `warmup` + `runs` times each, in the page's own main world with performance.now().
 * The three kinds take turns within a run, and the heap is collected (DevTools protocol)
 * before every measurement, so one kind's garbage is not billed to the next.
 */
import { readFileSync } from 'node:fs';
import type { Browser, CDPSession, Page } from 'puppeteer-core';
import type { BenchApi, Kind } from './in-page.ts';
import { benchBundle } from './bundle.ts';
import type { BenchPage } from './pages.ts';
import type { PageServer } from './serve-dir.ts';
import { median } from './stats.ts';

declare global {
  interface Window {
    __bench: BenchApi;
  }
}

export const KINDS: Kind[] = ['readability', 'pipeline', 'floor'];
/** The bench bundle's script URL inside the page. */
export const BENCH_URL = 'declutter-bench.js';
/** A first round slower than this (any kind) cuts the page's measured runs to 3. */
const SLOW_MS = 1000;

export interface PageTiming {
  page: BenchPage;
  nodes: number;
  depth: number;
  /** Median ms per kind over the measured runs. */
  median: Record<Kind, number>;
  runs: Record<Kind, number[]>;
  /** Paragraphs the pipeline found; -1 for no article; -2 when it refused the page (too large …). */
  paragraphs: number;
}

export interface TimingOptions {
  runs: number;
  warmup: number;
  log: (line: string) => void;
}

/** Opens a page from the server with the bench bundle in it. */
export async function openBenchPage(browser: Browser, url: string): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await browser.newPage();
  await page.setBypassCSP(true); // a saved page's CSP must not keep the bench script out
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  // Named with sourceURL so CPU profiles can tell the bundle's frames (profile.ts).
  await page.addScriptTag({ content: `${readFileSync(benchBundle, 'utf8')}\n//# sourceURL=${BENCH_URL}` });
  const cdp = await page.createCDPSession();
  return { page, cdp };
}

async function measure(page: Page, cdp: CDPSession, kind: Kind): Promise<{ ms: number; result: number }> {
  await cdp.send('HeapProfiler.collectGarbage');
  return page.evaluate((k) => window.__bench.once(k), kind);
}

export async function timePage(browser: Browser, server: PageServer, index: number, bp: BenchPage, opts: TimingOptions): Promise<PageTiming> {
  const { page, cdp } = await openBenchPage(browser, server.url(index));
  try {
    const { nodes, depth } = await page.evaluate(() => window.__bench.info());
    const runs: Record<Kind, number[]> = { readability: [], pipeline: [], floor: [] };
    let paragraphs = -1;
    let rounds = opts.warmup + opts.runs;
    for (let r = 0; r < rounds; r++) {
      // Rotate the order so no kind always runs first (or right after another's allocations).
      const order = KINDS.map((_, i) => KINDS[(i + r) % KINDS.length]!);
      let slowest = 0;
      for (const kind of order) {
        const { ms, result } = await measure(page, cdp, kind);
        if (kind === 'pipeline') paragraphs = result;
        if (r >= opts.warmup) runs[kind].push(ms);
        slowest = Math.max(slowest, ms);
      }
      // Pages that take seconds get 3 measured runs, so the whole benchmark stays minutes.
      if (r === 0 && slowest > SLOW_MS) rounds = Math.min(rounds, opts.warmup + 3);
    }
    const med = { readability: median(runs.readability), pipeline: median(runs.pipeline), floor: median(runs.floor) };
    opts.log(
      `  ${bp.name}: baseline ${med.readability.toFixed(1)} ms, pipeline ${med.pipeline.toFixed(1)} ms, floor ${med.floor.toFixed(1)} ms`,
    );
    return { page: bp, nodes, depth, median: med, runs, paragraphs };
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}

export async function timePages(browser: Browser, server: PageServer, pages: BenchPage[], opts: TimingOptions): Promise<PageTiming[]> {
  const out: PageTiming[] = [];
  for (const [i, p] of pages.entries()) out.push(await timePage(browser, server, i, p, opts));
  return out;
}
