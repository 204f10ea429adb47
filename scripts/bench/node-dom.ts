/**
 * The command line's side: the same core on a DOM library in Node. For each library
 * (jsdom, which scripts/cli.ts uses; linkedom and happy-dom when installed):
 *
 *   fidelity    extract() on every fixture against its expected.json (paragraphs, title,
 *               quote count, or no-article) and against what jsdom gives
 *   throughput  pages/second over the pages (by default the fixtures; --pages DIR) for the
 *               CLI's work per file (parse twice, as cli.ts does for the canonical URL, then
 *               extract) and for bare Readability (parse once, Readability on a clone): the
 *               sum of per-page medians; plus median parse and extract ms, and failures
 *
 * linkedom and happy-dom are not dependencies: `npm i --no-save linkedom@0.18.14 happy-dom`
 * (0.18.15 needs a package this registry does not have), or point DOM_LIBS_DIR at a folder
 * whose node_modules holds them.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { extract } from '../../src/core/extract.ts';
import { listPages, type BenchPage } from './pages.ts';
import { fmtMs, median, round, table } from './stats.ts';

interface Lib {
  name: string;
  /** A document for the page at `url`, and how to free it. */
  parse(html: string, url: string): { doc: Document; close(): void };
}

function optional(name: string): unknown {
  const bases = [import.meta.url, process.env.DOM_LIBS_DIR && path.join(process.env.DOM_LIBS_DIR, 'x.js')];
  for (const base of bases.filter(Boolean) as string[]) {
    try {
      return createRequire(base)(name);
    } catch {
      /* try the next place */
    }
  }
  return null;
}

function libraries(log: (l: string) => void): Lib[] {
  const libs: Lib[] = [
    {
      name: 'jsdom',
      parse: (html, url) => {
        const { window } = new JSDOM(html, { url });
        return { doc: window.document, close: () => window.close() };
      },
    },
  ];
  const linkedom = optional('linkedom') as { parseHTML(html: string): { document: Document } } | null;
  if (linkedom) libs.push({ name: 'linkedom', parse: (html) => ({ doc: linkedom.parseHTML(html).document, close: () => undefined }) });
  type HappyWindow = { document: Document; happyDOM: { close(): Promise<void> } };
  const happy = optional('happy-dom') as { Window: new (o: object) => HappyWindow } | null;
  if (happy) {
    const settings = {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
    };
    libs.push({
      name: 'happy-dom',
      parse: (html, url) => {
        const w = new happy.Window({ url, settings });
        w.document.write(html);
        return { doc: w.document, close: () => void w.happyDOM.close() };
      },
    });
  }
  const missing = ['linkedom', 'happy-dom'].filter((n) => !libs.some((l) => l.name === n));
  if (missing.length) log(`not installed, skipped: ${missing.join(', ')} (see scripts/bench/node-dom.ts)`);
  return libs;
}

const norm = (s: string) => s.replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim();

interface Expected {
  url: string;
  error?: string;
  title?: string;
  paragraphs?: string[];
  quotes?: unknown[];
}

type Outcome = { paragraphs: string[]; title: string; quotes: number } | { error: string };

function run(lib: Lib, html: string, url: string): Outcome {
  const { doc, close } = lib.parse(html, url);
  try {
    const r = extract(doc, url);
    return r.ok ? { paragraphs: r.article.paragraphs.map(norm), title: r.article.title, quotes: r.article.quotes.length } : { error: r.error };
  } catch (e) {
    return { error: `throws: ${(e as Error).message.slice(0, 60)}` };
  } finally {
    close();
  }
}

/** As tests/unit/fixtures.test.ts: expected paragraphs in order, title, quotes where labelled. */
function verdict(got: Outcome, exp: Expected): string {
  if ('error' in got) return got.error === exp.error ? 'ok' : got.error;
  if (exp.error) return `article, expected ${exp.error}`;
  const want = (exp.paragraphs ?? []).map(norm);
  let from = 0;
  let found = 0;
  for (const p of want) {
    const at = got.paragraphs.indexOf(p, from);
    if (at < 0) continue;
    found++;
    from = at + 1;
  }
  const quotesOk = exp.quotes === undefined || got.quotes === exp.quotes.length;
  if (found === want.length && got.title === exp.title && quotesOk) return 'ok';
  return `${found}/${want.length} ¶${got.title === exp.title ? '' : ', title differs'}${quotesOk ? '' : `, ${got.quotes} quotes`}`;
}

/** ms of each part of one call; an exception ends the call and is returned. */
function timed(parts: Array<() => void>): { ms: number[]; error: string | null } {
  const ms: number[] = [];
  for (const part of parts) {
    const t0 = performance.now();
    try {
      part();
    } catch (e) {
      return { ms, error: (e as Error).message.slice(0, 60) };
    }
    ms.push(performance.now() - t0);
  }
  return { ms, error: null };
}

/** Freeing a window can overflow the stack too (jsdom on 5,000 levels): not a timing matter. */
function quietly(f: () => void): void {
  try {
    f();
  } catch {
    /* the page's failure is already recorded */
  }
}

interface LibTimes {
  /** Per page: median ms of the CLI's work (parse at the file URL, parse, extract). */
  cli: number[];
  /** Per page: median ms of parse + Readability on a clone. */
  bare: number[];
  parse: number[];
  extract: number[];
  failures: string[];
  /** Pages over 200 kB, one row each: page, parse ms, extract ms, Readability ms (or the failure). */
  big: string[][];
}

/** Pages over 200 kB get one run and no warm-up: jsdom takes seconds on them. */
function timeLib(lib: Lib, inputs: Array<{ name: string; html: string; url: string }>, runs: number): LibTimes {
  const t: LibTimes = { cli: [], bare: [], parse: [], extract: [], failures: [], big: [] };
  for (const p of inputs) {
    const big = p.html.length > 200_000;
    const cli: number[][] = [];
    const bare: number[] = [];
    let failed: string | null = null;
    for (let r = big ? 1 : 0; r <= (big ? 1 : runs) && !failed; r++) {
      let first: { doc: Document; close(): void } | null = null;
      let doc: { doc: Document; close(): void } | null = null;
      const c = timed([
        () => (first = lib.parse(p.html, 'file:///page.html')), // cli.ts parses once for the canonical link
        () => (doc = lib.parse(p.html, p.url)),
        () => {
          const r = extract(doc!.doc, p.url);
          if (!r.ok && r.error !== 'no-article') throw new Error(`refused: ${r.error}`);
        },
      ]);
      quietly(() => (first as { close(): void } | null)?.close());
      quietly(() => (doc as { close(): void } | null)?.close());
      let bdoc: { doc: Document; close(): void } | null = null;
      const b = timed([
        () => (bdoc = lib.parse(p.html, p.url)),
        () => new Readability(bdoc!.doc.cloneNode(true) as Document, { charThreshold: 300 }).parse(),
      ]);
      quietly(() => (bdoc as { close(): void } | null)?.close());
      failed = c.error ?? b.error;
      if (r > 0 && !failed) {
        cli.push(c.ms);
        bare.push(b.ms.reduce((x, y) => x + y, 0));
      }
    }
    if (failed) {
      t.failures.push(`${p.name}: ${failed}`);
      if (big) t.big.push([p.name, lib.name, failed, '', '']);
      continue;
    }
    if (big) t.big.push([p.name, lib.name, fmtMs(cli[0]![1]!), fmtMs(cli[0]![2]!), fmtMs(bare[0]!)]);
    t.cli.push(median(cli.map((m) => m.reduce((x, y) => x + y, 0))));
    t.parse.push(median(cli.map((m) => m[1]!)));
    t.extract.push(median(cli.map((m) => m[2]!)));
    t.bare.push(median(bare));
  }
  return t;
}

export async function runNodeBench(o: { pages: string | null; runs: number; json: boolean; log: (l: string) => void }): Promise<void> {
  // A DOM library can throw from a timer after the page's work (happy-dom on deep trees).
  process.on('uncaughtException', (e) => o.log(`(uncaught, ignored) ${e.message.slice(0, 80)}`));
  const libs = libraries(o.log);
  const fixtures = listPages(null, false).filter((p) => p.fixture);
  const pages: BenchPage[] = o.pages ? listPages(o.pages) : fixtures;
  const canonical = (html: string) => /<link[^>]+rel=["']?canonical["']?[^>]*href=["']([^"']+)/i.exec(html)?.[1];
  const inputs = pages.map((p) => {
    const html = readFileSync(p.file, 'utf8');
    return { name: p.name, html, url: canonical(html) ?? 'https://example.org/page' };
  });
  const fidelity: string[][] = [];
  const jsdomOut = new Map<string, Outcome>();
  for (const f of fixtures) {
    const exp = JSON.parse(readFileSync(path.join(path.dirname(f.file), 'expected.json'), 'utf8')) as Expected;
    const html = readFileSync(f.file, 'utf8');
    const row = [f.name];
    for (const lib of libs) {
      const got = run(lib, html, exp.url);
      if (lib.name === 'jsdom') jsdomOut.set(f.name, got);
      const asJsdom = JSON.stringify(got) === JSON.stringify(jsdomOut.get(f.name)) ? '= jsdom' : '≠ jsdom';
      row.push(lib.name === 'jsdom' ? verdict(got, exp) : `${verdict(got, exp)} (${asJsdom})`);
    }
    fidelity.push(row);
  }
  const results: Record<string, Record<string, number | string[]>> = {};
  const times = new Map<string, LibTimes>();
  const rows: string[][] = [];
  for (const lib of libs) {
    o.log(`${lib.name}: ${inputs.length} pages, 1 warm-up + ${o.runs} runs each …`);
    const t = timeLib(lib, inputs, o.runs);
    times.set(lib.name, t);
    const perSecond = (ms: number[]) => (ms.length ? round(ms.length / (ms.reduce((x, y) => x + y, 0) / 1000)) : NaN);
    const rate = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '—');
    results[lib.name] = {
      cliPagesPerSecond: perSecond(t.cli),
      readabilityPagesPerSecond: perSecond(t.bare),
      parseMedianMs: round(median(t.parse)),
      extractMedianMs: round(median(t.extract)),
      failures: t.failures,
    };
    rows.push([
      lib.name,
      rate(perSecond(t.cli)),
      rate(perSecond(t.bare)),
      fmtMs(median(t.parse)),
      fmtMs(median(t.extract)),
      t.failures.length ? `${t.failures.length} pages, e.g. ${t.failures[0]}` : '—',
    ]);
  }
  if (o.json) {
    process.stdout.write(`${JSON.stringify({ pages: inputs.length, libraries: results })}\n`);
    return;
  }
  const bigRows = libs.flatMap((l) => times.get(l.name)?.big ?? []).sort((a, b) => a[0]!.localeCompare(b[0]!));
  process.stdout.write(
    `fidelity on the fixtures (extract() against expected.json, as tests/unit/fixtures.test.ts; "= jsdom": the same article as with jsdom):\n${table(['fixture', ...libs.map((l) => l.name)], fidelity)}\n\n` +
      `throughput over ${inputs.length} pages (per page: median of ${o.runs} runs; pages over 200 kB: 1 run):\n` +
      `${table(['library', 'CLI pages/s', 'Readability pages/s', 'parse ms (median page)', 'extract ms (median page)', 'failed'], rows)}\n` +
      (bigRows.length ? `\npages over 200 kB (one run):\n${table(['page', 'library', 'parse ms', 'extract ms', 'parse + Readability ms'], bigRows)}\n` : ''),
  );
}
