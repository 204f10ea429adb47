/**
 * CPU profiles of the pipeline on the slowest pages (V8's sampling profiler through the
 * DevTools protocol, 100 µs interval). Each profile is written to out/bench/profiles/ for
 * DevTools' Performance panel, and summarised here: self time and inclusive time per
 * function, mapped through out/bench/bench.js.map back to src/ file:line, per pipeline run.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { benchBundle } from './bundle.ts';
import { BENCH_URL, openBenchPage } from './chromium.ts';
import { outDir, type BenchPage } from './pages.ts';
import type { PageServer } from './serve-dir.ts';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface FunctionCost {
  name: string;
  /** src/core/text.ts:42, or the bundled file for library code, or '' for natives. */
  where: string;
  selfMs: number;
  totalMs: number;
}

export interface ProfileSummary {
  page: BenchPage;
  file: string;
  runs: number;
  functions: FunctionCost[];
  /** The pipeline's steps (see summarise) by inclusive time, and the caller's own as "(self)". */
  steps: FunctionCost[];
}

function locator(): (cf: CallFrame) => string {
  const map = new SourceMap(JSON.parse(readFileSync(`${benchBundle}.map`, 'utf8')) as SourceMapPayload);
  const cache = new Map<string, string>();
  return (cf) => {
    if (cf.url !== BENCH_URL) return cf.url.startsWith('pptr:') ? '(puppeteer)' : cf.url ? path.basename(cf.url) : '';
    const k = `${cf.lineNumber}:${cf.columnNumber}`;
    let hit = cache.get(k);
    if (hit === undefined) {
      const e = map.findEntry(cf.lineNumber, cf.columnNumber) as { originalSource?: string; originalLine?: number };
      const src = e.originalSource ? e.originalSource.replace(/^.*?(src\/|node_modules\/)/, '$1') : 'bench.js';
      hit = e.originalLine === undefined ? src : `${src}:${e.originalLine + 1}`;
      cache.set(k, hit);
    }
    return hit;
  };
}

/** Self and inclusive (recursion counted once) milliseconds per function. */
export function summarise(profile: Profile, runs: number): { functions: FunctionCost[]; steps: FunctionCost[] } {
  const where = locator();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000));
  const keyOf = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'}\t${where(n.callFrame)}`;
  // Subtree totals, children before parents (iterative: deep pages recurse 5,000 levels).
  const order: ProfileNode[] = [];
  const stack = [profile.nodes[0]!];
  while (stack.length) {
    const n = stack.pop()!;
    order.push(n);
    for (const c of n.children ?? []) stack.push(byId.get(c)!);
  }
  const total = new Map<number, number>();
  for (const n of [...order].reverse()) {
    total.set(n.id, (self.get(n.id) ?? 0) + (n.children ?? []).reduce((s, c) => s + (total.get(c) ?? 0), 0));
  }
  const costs = new Map<string, { self: number; total: number }>();
  const active = new Map<string, number>();
  const visit: Array<[ProfileNode, boolean]> = [[profile.nodes[0]!, false]];
  while (visit.length) {
    const [n, leaving] = visit.pop()!;
    const key = keyOf(n);
    if (leaving) {
      active.set(key, (active.get(key) ?? 1) - 1);
      continue;
    }
    const c = costs.get(key) ?? { self: 0, total: 0 };
    c.self += self.get(n.id) ?? 0;
    if (!active.get(key)) c.total += total.get(n.id) ?? 0;
    costs.set(key, c);
    active.set(key, (active.get(key) ?? 0) + 1);
    visit.push([n, true]);
    for (const child of n.children ?? []) visit.push([byId.get(child)!, false]);
  }
  // The pipeline's steps: the callees of the function in src/core/extract.ts that calls the
  // most different functions (extract() itself, or whatever it delegates the sequence to).
  const inExtract = profile.nodes.filter((n) => where(n.callFrame).startsWith('src/core/extract.ts'));
  const fanOut = (n: ProfileNode) => new Set((n.children ?? []).map((c) => keyOf(byId.get(c)!))).size;
  const conductor = inExtract.sort((a, b) => fanOut(b) - fanOut(a))[0];
  const steps = new Map<string, { self: number; total: number }>();
  for (const n of profile.nodes) {
    if (!conductor || keyOf(n) !== keyOf(conductor)) continue;
    const own = steps.get('(self)\t') ?? { self: 0, total: 0 };
    own.total += self.get(n.id) ?? 0;
    steps.set('(self)\t', own);
    for (const c of n.children ?? []) {
      const child = byId.get(c)!;
      const s = steps.get(keyOf(child)) ?? { self: 0, total: 0 };
      s.total += total.get(c) ?? 0;
      steps.set(keyOf(child), s);
    }
  }
  const list = (m: Map<string, { self: number; total: number }>) =>
    [...m.entries()].map(([key, c]) => {
      const [name = '', loc = ''] = key.split('\t');
      return { name, where: loc, selfMs: c.self / runs, totalMs: c.total / runs };
    });
  return {
    functions: list(costs).sort((a, b) => b.selfMs - a.selfMs),
    steps: list(steps)
      .filter((f) => f.totalMs >= 0.05)
      .sort((a, b) => b.totalMs - a.totalMs),
  };
}

export async function profilePage(browser: Browser, url: string, page: BenchPage, runs: number): Promise<ProfileSummary> {
  const { page: tab, cdp } = await openBenchPage(browser, url);
  try {
    await tab.evaluate(() => window.__bench.once('pipeline')); // warm-up, not profiled
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    for (let r = 0; r < runs; r++) await tab.evaluate(() => window.__bench.once('pipeline'));
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    const dir = path.join(outDir, 'profiles');
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${page.name.replace(/[^\w.-]+/g, '_')}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    return { page, file, runs, ...summarise(profile, runs) };
  } finally {
    await cdp.detach().catch(() => undefined);
    await tab.close();
  }
}

export async function profilePages(
  browser: Browser,
  server: PageServer,
  targets: Array<{ index: number; page: BenchPage; ms: number }>,
): Promise<ProfileSummary[]> {
  const out: ProfileSummary[] = [];
  // About a second of samples per page: 3 runs of a slow page, up to 50 of a small one.
  for (const t of targets) {
    const runs = Math.min(50, Math.max(3, Math.ceil(1000 / Math.max(t.ms, 0.1))));
    out.push(await profilePage(browser, server.url(t.index), t.page, runs));
  }
  return out;
}
