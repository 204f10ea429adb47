/**
 * The performance benchmark, in real Chromium with the network blocked (scripts/lib/browser.ts):
 *
 *   npm run build && npm run bench -- [--pages DIR] [--json] [--runs N] [--click-runs N]
 *                                     [--cold-runs N] [--no-clicks] [--profile N]
 *   npm run bench -- --node [--pages DIR] [--runs N]     the command line's DOM libraries
 *
 * For each page (every *.html under DIR; by default the fixtures plus generated 1 MB, 5 MB
 * and 5,000-level pages): bare Readability on a clone (baseline), the whole pipeline
 * (extract) and the floor (clone + one walk), 1 warm-up + N measured runs; medians per page,
 * then median and 95th percentile across pages. Then, with the built extension: click to
 * story in the popup and click to reader overlay painted, on the fixture articles (or on the
 * DIR pages), split into phases by the popup's own marks, against an empty popup clicked the
 * same way (the browser's floor); and the size of the injected script. CPU profiles of the 2 slowest pages and
 * the median one (--profile N: the N slowest; 0: none) go to out/bench/profiles/, and the
 * report says where the pipeline's time goes.
 *
 * Progress goes to stderr. With --json the last line of stdout is one JSON object (Summary
 * in scripts/bench/summary.ts); otherwise readable tables. No test asserts a time.
 */
import { chromiumPath, launch } from './lib/browser.ts';
import { buildBenchBundle } from './bench/bundle.ts';
import { listPages } from './bench/pages.ts';
import { servePages } from './bench/serve-dir.ts';
import { timePages } from './bench/chromium.ts';
import { timeClicks } from './bench/clicks.ts';
import { timeEmptyPopup } from './bench/popup-floor.ts';
import { profilePages } from './bench/profile.ts';
import { timeCold } from './bench/cold.ts';
import { builtSizes, injectedScript, sizeOf } from './bench/size.ts';
import { machine, report, summarize } from './bench/summary.ts';
import { runNodeBench } from './bench/node-dom.ts';

interface Options {
  pages: string | null;
  json: boolean;
  runs: number;
  clickRuns: number;
  coldRuns: number;
  clicks: boolean;
  profile: number;
  node: boolean;
}

const USAGE =
  'usage: npm run bench -- [--pages DIR] [--json] [--runs N] [--click-runs N] [--cold-runs N] [--no-clicks] [--profile N] | --node [--pages DIR] [--runs N]';

function parseArgs(argv: string[]): Options {
  const o: Options = { pages: null, json: false, runs: 7, clickRuns: 3, coldRuns: 3, clicks: true, profile: 2, node: false };
  const count = (v: string | undefined, name: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${name} needs a whole number ≥ 1`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') continue;
    else if (a === '--pages') o.pages = argv[++i] ?? null;
    else if (a === '--json') o.json = true;
    else if (a === '--runs') o.runs = count(argv[++i], a);
    else if (a === '--click-runs') o.clickRuns = count(argv[++i], a);
    else if (a === '--cold-runs') o.coldRuns = /^\d+$/.test(argv[i + 1] ?? '') ? Number(argv[++i]) : count(argv[i + 1], a);
    else if (a === '--no-clicks') o.clicks = false;
    else if (a === '--node') o.node = true;
    else if (a === '--profile') o.profile = /^\d+$/.test(argv[i + 1] ?? '') ? Number(argv[++i]) : 2;
    else throw new Error(`unknown argument: ${a}`);
  }
  if (argv.includes('--pages') && !o.pages) throw new Error('--pages needs a folder');
  return o;
}

const log = (line: string) => process.stderr.write(`${line}\n`);

async function main(): Promise<void> {
  let o: Options;
  try {
    o = parseArgs(process.argv.slice(2));
  } catch (error) {
    log(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  if (o.node) {
    await runNodeBench({ pages: o.pages, runs: o.runs, json: o.json, log });
    return;
  }
  chromiumPath(); // fail early and plainly without Chromium
  log('bundling out/bench/bench.js …');
  await buildBenchBundle();
  const pages = listPages(o.pages);
  const server = await servePages(pages.map((p) => p.file));
  const session = await launch();
  try {
    const chromium = await session.browser.version();
    log(`${machine(chromium)}\n${pages.length} pages, 1 warm-up + ${o.runs} runs each:`);
    const timings = await timePages(session.browser, server, pages, { runs: o.runs, warmup: 1, log });
    const cold = o.coldRuns > 0 ? await (async () => {
      log(`first runs in fresh tabs, ${o.coldRuns} per kind on ${pages.length} pages:`);
      return timeCold(session.browser, server, pages, { runs: o.coldRuns, indexOf: (p) => pages.indexOf(p), log });
    })() : null;
    let clicks = null;
    let emptyPopup = null;
    if (o.clicks) {
      const clickPages = o.pages ? pages : pages.filter((p) => p.fixture);
      log(`click timings with dist/chrome, ${o.clickRuns} runs on ${clickPages.length} pages:`);
      clicks = await timeClicks(session, server, clickPages, { runs: o.clickRuns, indexOf: (p) => pages.indexOf(p), log });
      log('the same clicks with an empty popup (what the browser alone costs):');
      emptyPopup = await timeEmptyPopup(server, clickPages, { runs: o.clickRuns, indexOf: (p) => pages.indexOf(p), log });
    }
    // The slowest pages, and the median page (what a click on a usual story costs).
    const byTime = timings.map((t, index) => ({ index, page: t.page, ms: t.median.pipeline })).sort((a, b) => b.ms - a.ms);
    const mid = byTime[byTime.length >> 1];
    const targets = byTime.slice(0, o.profile);
    if (o.profile > 0 && mid && !targets.includes(mid)) targets.push(mid);
    if (targets.length) log(`profiling ${targets.map((s) => s.page.name).join(', ')} …`);
    const profiles = await profilePages(session.browser, server, targets);
    const summary = summarize(timings, clicks, sizeOf(injectedScript()), cold, emptyPopup);
    if (o.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
    else {
      process.stdout.write(`${machine(chromium)}\n\n`);
      process.stdout.write(`${report(summary, timings, clicks, builtSizes(), profiles, cold, emptyPopup)}\n`);
    }
  } finally {
    await session.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
