/** The figures the benchmark reports, computed from the raw timings, and their readable form. */
import os from 'node:os';
import type { PageTiming } from './chromium.ts';
import { PHASES, type ClickTiming, type Phase } from './clicks.ts';
import type { EmptyPopupTiming } from './popup-floor.ts';
import type { ColdTiming } from './cold.ts';
import type { FileSize } from './size.ts';
import type { ProfileSummary } from './profile.ts';
import { fmtBytes, fmtMs, median, percentile, round, table } from './stats.ts';

/** The last line of `--json`: exactly these keys. Times in ms; null where not measured. */
export interface Summary {
  pages: number;
  baselineMedianMs: number;
  pipelineMedianMs: number;
  floorMedianMs: number;
  pipelineP95Ms: number;
  /** Median over pages of (pipeline ms / baseline ms) on the same page. */
  ratioPipelineToBaseline: number;
  /** Median over pages of (pipeline ms / floor ms) on the same page. */
  ratioPipelineToFloor: number;
  clickToPopupMedianMs: number | null;
  clickToOverlayMedianMs: number | null;
  /** Click to the story drawn in the popup, on the popup's own clock (no puppeteer attach in it). */
  clickToStoryShownMedianMs: number | null;
  /** The same click on an extension whose popup is one static line: the browser's floor. */
  clickToEmptyPopupMedianMs: number | null;
  /** The popup's clock split: browser opens the popup, popup start-up, the page's work, drawing the story; then the quotes. */
  popupPhasesMedianMs: Record<Phase, number> | null;
  injectedScriptBytes: number;
  injectedScriptGzipBytes: number;
  /** The first run in a fresh tab (a click's case): medians across pages; null when skipped. */
  firstRunBaselineMedianMs: number | null;
  firstRunPipelineMedianMs: number | null;
  /** Median over pages of (first-run pipeline / first-run bare Readability). */
  ratioFirstRunPipelineToBaseline: number | null;
}

export function summarize(
  timings: PageTiming[],
  clicks: ClickTiming[] | null,
  injected: FileSize,
  cold: ColdTiming[] | null = null,
  empty: EmptyPopupTiming | null = null,
): Summary {
  const m = (k: 'readability' | 'pipeline' | 'floor') => timings.map((t) => t.median[k]);
  const stories = (clicks ?? []).filter((c) => c.story);
  const clickMedian = (f: (c: ClickTiming) => number[]) =>
    clicks && stories.length ? round(median(stories.map((c) => median(f(c))))) : null;
  return {
    pages: timings.length,
    baselineMedianMs: round(median(m('readability'))),
    pipelineMedianMs: round(median(m('pipeline'))),
    floorMedianMs: round(median(m('floor'))),
    pipelineP95Ms: round(percentile(m('pipeline'), 95)),
    ratioPipelineToBaseline: round(median(timings.map((t) => t.median.pipeline / t.median.readability))),
    ratioPipelineToFloor: round(median(timings.map((t) => t.median.pipeline / t.median.floor))),
    clickToPopupMedianMs: clickMedian((c) => c.popupMs),
    clickToOverlayMedianMs: clickMedian((c) => c.overlayMs),
    clickToStoryShownMedianMs: clickMedian((c) => c.shownMs),
    clickToEmptyPopupMedianMs: empty && empty.popupMs.length ? round(median(empty.popupMs)) : null,
    popupPhasesMedianMs:
      stories.length && stories.every((c) => c.shownMs.length)
        ? (Object.fromEntries(PHASES.map((ph) => [ph, round(median(stories.map((c) => median(c.phases[ph]))))])) as Record<Phase, number>)
        : null,
    injectedScriptBytes: injected.bytes,
    injectedScriptGzipBytes: injected.gzipBytes,
    firstRunBaselineMedianMs: cold ? round(median(cold.map((c) => c.readability))) : null,
    firstRunPipelineMedianMs: cold ? round(median(cold.map((c) => c.pipeline))) : null,
    ratioFirstRunPipelineToBaseline: cold ? round(median(cold.map((c) => c.pipeline / c.readability))) : null,
  };
}

export function machine(chromium: string): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  const load = os.loadavg()[0]?.toFixed(1) ?? '?';
  return `${os.cpus().length} cores (${cpu}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${chromium}, load ${load}`;
}

export function report(
  s: Summary,
  timings: PageTiming[],
  clicks: ClickTiming[] | null,
  sizes: FileSize[],
  profiles: ProfileSummary[],
  cold: ColdTiming[] | null = null,
  empty: EmptyPopupTiming | null = null,
): string {
  const out: string[] = [];
  out.push(
    table(
      ['page', 'size', 'nodes', 'depth', 'baseline ms', 'pipeline ms', 'floor ms', 'pipe/base', 'pipe/floor', 'article'],
      timings.map((t) => [
        t.page.name,
        fmtBytes(t.page.bytes),
        String(t.nodes),
        String(t.depth),
        fmtMs(t.median.readability),
        fmtMs(t.median.pipeline),
        fmtMs(t.median.floor),
        (t.median.pipeline / t.median.readability).toFixed(2),
        (t.median.pipeline / t.median.floor).toFixed(1),
        t.paragraphs >= 0 ? `${t.paragraphs} ¶` : t.paragraphs === -1 ? 'none' : 'refused',
      ]),
    ),
    '',
    `across ${s.pages} pages (medians per page, then across pages):`,
    `  baseline (bare Readability on a clone)  median ${fmtMs(s.baselineMedianMs)} ms`,
    `  pipeline (extract)                      median ${fmtMs(s.pipelineMedianMs)} ms, p95 ${fmtMs(s.pipelineP95Ms)} ms`,
    `  floor (clone + one TreeWalker walk)     median ${fmtMs(s.floorMedianMs)} ms`,
    `  pipeline / baseline ${s.ratioPipelineToBaseline} (median of per-page ratios; the issue's budget is 1.2)`,
    `  pipeline / floor    ${s.ratioPipelineToFloor}`,
  );
  if (cold) {
    out.push(
      '',
      table(
        ['page (first run, fresh tab)', 'baseline ms', 'pipeline ms', 'pipe/base'],
        cold.map((c) => [c.page.name, fmtMs(c.readability), fmtMs(c.pipeline), (c.pipeline / c.readability).toFixed(2)]),
      ),
      `  first run: baseline median ${fmtMs(s.firstRunBaselineMedianMs ?? NaN)} ms, pipeline median ${fmtMs(s.firstRunPipelineMedianMs ?? NaN)} ms, ` +
        `pipeline / baseline ${s.ratioFirstRunPipelineToBaseline} (what a click pays: the injected script is new each time)`,
    );
  }
  if (clicks) {
    out.push(
      '',
      table(
        ['page (built extension)', 'click→popup ms', 'story shown (popup clock) ms', 'click→overlay ms'],
        clicks.map((c) => [
          c.page.name,
          fmtMs(median(c.popupMs)),
          fmtMs(median(c.shownMs)),
          c.story ? fmtMs(median(c.overlayMs)) : 'no story',
        ]),
      ),
      `  click→popup median ${fmtMs(s.clickToPopupMedianMs ?? NaN)} ms (includes puppeteer attaching to the popup; ` +
        `popup clock: click→largest paint ${fmtMs(median(clicks.filter((c) => c.story).map((c) => median(c.popupPaintMs))))} ms); ` +
        `click→overlay median ${fmtMs(s.clickToOverlayMedianMs ?? NaN)} ms`,
      `  story shown, popup clock: median ${fmtMs(s.clickToStoryShownMedianMs ?? NaN)} ms` +
        (s.popupPhasesMedianMs
          ? ` = browser opens the popup ${fmtMs(s.popupPhasesMedianMs.open)} + popup start-up ${fmtMs(s.popupPhasesMedianMs.boot)}` +
            ` + page (inject, extract, answer) ${fmtMs(s.popupPhasesMedianMs.page)} + drawing ${fmtMs(s.popupPhasesMedianMs.render)} (medians of each);` +
            ` the quotes follow ${fmtMs(s.popupPhasesMedianMs.quotes)} later`
          : ''),
    );
    if (empty) {
      out.push(
        `  empty popup, the same clicks: click→popup median ${fmtMs(s.clickToEmptyPopupMedianMs ?? NaN)} ms, ` +
          `popup clock ${fmtMs(median(empty.clockMs))} ms: the browser's floor under the 150 ms budget`,
      );
    }
  }
  out.push('', table(['built script (dist/chrome)', 'bytes', 'gzip'], sizes.map((f) => [f.file, String(f.bytes), String(f.gzipBytes)])));
  for (const p of profiles) {
    out.push('', `profile of ${p.page.name} (${p.runs} runs, ms per run; ${p.file}):`);
    if (p.steps.length) {
      const steps = p.steps.map((f) => [f.name, f.where, fmtMs(f.totalMs)]);
      out.push(table(["the pipeline's steps", 'where', 'ms'], steps), '');
    }
    const top = p.functions.slice(0, 12).map((f) => [f.name, f.where, fmtMs(f.selfMs), fmtMs(f.totalMs)]);
    out.push(table(['function (by self time)', 'where', 'self', 'total'], top));
    const core = p.functions
      .filter((f) => f.where.startsWith('src/'))
      .sort((a, b) => b.totalMs - a.totalMs)
      .slice(0, 10)
      .map((f) => [f.name, f.where, fmtMs(f.selfMs), fmtMs(f.totalMs)]);
    out.push(table(['src/ function (by total time)', 'where', 'self', 'total'], core));
  }
  return out.join('\n');
}
