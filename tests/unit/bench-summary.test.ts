/**
 * The benchmark's figures from raw timings (scripts/bench/summary.ts): every key the issue
 * names, ratios as medians of per-page ratios, and the popup's phases and floor. Pure: no
 * browser, no timing of anything here.
 */
import { describe, expect, it } from 'vitest';
import { summarize, report } from '../../scripts/bench/summary';
import { emptyPhases, type ClickTiming } from '../../scripts/bench/clicks';
import type { PageTiming } from '../../scripts/bench/chromium';
import type { BenchPage } from '../../scripts/bench/pages';

const page = (name: string): BenchPage => ({ name, file: `/x/${name}.html`, bytes: 1000, fixture: true });

function timing(name: string, readability: number, pipeline: number, floor: number): PageTiming {
  return {
    page: page(name),
    nodes: 10,
    depth: 3,
    median: { readability, pipeline, floor },
    runs: { readability: [readability], pipeline: [pipeline], floor: [floor] },
    paragraphs: 5,
  };
}

function click(name: string, open: number, boot: number, work: number, render: number): ClickTiming {
  const phases = emptyPhases();
  phases.open.push(open);
  phases.boot.push(boot);
  phases.page.push(work);
  phases.render.push(render);
  phases.quotes.push(12);
  return {
    page: page(name),
    story: true,
    popupMs: [open + boot + work + render + 30],
    popupPaintMs: [open + 20],
    shownMs: [open + boot + work + render],
    phases,
    overlayMs: [60],
  };
}

describe('bench summary', () => {
  const timings = [timing('a', 2, 4, 1), timing('b', 4, 4, 2), timing('c', 10, 30, 5)];
  const clicks = [click('a', 80, 40, 60, 2), click('b', 100, 50, 80, 4)];
  const injected = { file: 'content.js', bytes: 1234, gzipBytes: 456 };
  const s = summarize(timings, clicks, injected, null, { popupMs: [140, 150, 160], clockMs: [100, 110, 120] });

  it('has every key the issue names, plus the popup phases and floor', () => {
    for (const key of [
      'pages', 'baselineMedianMs', 'pipelineMedianMs', 'floorMedianMs', 'pipelineP95Ms', 'ratioPipelineToBaseline',
      'ratioPipelineToFloor', 'clickToPopupMedianMs', 'clickToOverlayMedianMs', 'injectedScriptBytes', 'injectedScriptGzipBytes',
    ]) {
      expect(s).toHaveProperty(key);
    }
    expect(s.pages).toBe(3);
    expect(s.injectedScriptBytes).toBe(1234);
    expect(s.injectedScriptGzipBytes).toBe(456);
  });

  it('takes ratios per page, then the median across pages', () => {
    // per-page pipeline/baseline: 2, 1, 3 → median 2 (not median(pipeline) / median(baseline) = 1)
    expect(s.ratioPipelineToBaseline).toBe(2);
    expect(s.pipelineMedianMs).toBe(4);
    expect(s.pipelineP95Ms).toBe(30);
  });

  it('splits the click into the popup phases and reports the empty popup beside it', () => {
    expect(s.popupPhasesMedianMs).toEqual({ open: 90, boot: 45, page: 70, render: 3, quotes: 12 });
    expect(s.clickToStoryShownMedianMs).toBe(208);
    expect(s.clickToEmptyPopupMedianMs).toBe(150);
    const text = report(s, timings, clicks, [injected], [], null, { popupMs: [140, 150, 160], clockMs: [100, 110, 120] });
    expect(text).toContain('browser opens the popup 90');
    expect(text).toContain('the quotes follow 12.0 later');
    expect(text).toContain('empty popup, the same clicks: click→popup median 150 ms, popup clock 110 ms');
  });

  it('leaves the click figures null when clicks were not timed', () => {
    const none = summarize(timings, null, injected);
    expect(none.clickToPopupMedianMs).toBeNull();
    expect(none.popupPhasesMedianMs).toBeNull();
    expect(none.clickToEmptyPopupMedianMs).toBeNull();
  });
});
