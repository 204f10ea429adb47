/**
 * The first run, as a person's click gets it: the content script is injected fresh on every
 * click, so its code is parsed, compiled and its regular expressions built anew each time.
 * For each page and kind (bare Readability, the pipeline), a fresh tab loads the page and the
 * bench bundle, and one run is timed; `runs` such tabs per kind, median per page. Bare
 * Readability gets the same fresh start, so the ratio compares like with like.
 */
import type { Browser } from 'puppeteer-core';
import type { Kind } from './in-page.ts';
import { openBenchPage } from './chromium.ts';
import type { BenchPage } from './pages.ts';
import type { PageServer } from './serve-dir.ts';
import { median } from './stats.ts';

export interface ColdTiming {
  page: BenchPage;
  readability: number;
  pipeline: number;
}

const COLD_KINDS: Kind[] = ['readability', 'pipeline'];

export async function timeCold(
  browser: Browser,
  server: PageServer,
  pages: BenchPage[],
  opts: { runs: number; indexOf: (p: BenchPage) => number; log: (line: string) => void },
): Promise<ColdTiming[]> {
  const out: ColdTiming[] = [];
  for (const bp of pages) {
    const runs: Record<string, number[]> = { readability: [], pipeline: [] };
    for (let r = 0; r < opts.runs; r++) {
      for (const kind of r % 2 ? [...COLD_KINDS].reverse() : COLD_KINDS) {
        const { page, cdp } = await openBenchPage(browser, server.url(opts.indexOf(bp)));
        try {
          const { ms } = await page.evaluate((k) => window.__bench.once(k), kind);
          runs[kind]!.push(ms);
        } finally {
          await cdp.detach().catch(() => undefined);
          await page.close();
        }
      }
    }
    const t = { page: bp, readability: median(runs.readability!), pipeline: median(runs.pipeline!) };
    opts.log(`  ${bp.name}: first run, baseline ${t.readability.toFixed(1)} ms, pipeline ${t.pipeline.toFixed(1)} ms`);
    out.push(t);
  }
  return out;
}
