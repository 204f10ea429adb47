/**
 * What runs inside the benchmarked page. Bundled by bundle.ts (vite, IIFE) into
 * out/bench/bench.js and injected into each page; exposes `window.__bench`.
 *
 *   readability  the baseline: bare Readability on a clone (same options as the pipeline)
 *   pipeline     the whole core, exactly what the content script runs: extract(document, url)
 *   floor        what any reader must pay: cloneNode(true) plus one TreeWalker walk
 *
 * Where the pipeline's time goes comes from CPU profiles (profile.ts), not from a copy of
 * extract()'s steps here, so the figures follow the core as it changes.
 */
import { Readability } from '@mozilla/readability';
import { extract } from '../../src/core/extract.ts';

export type Kind = 'readability' | 'pipeline' | 'floor';

/** A number that depends on the work, so nothing can be skipped as dead code. */
const kinds: Record<Kind, () => number> = {
  readability() {
    const clone = document.cloneNode(true) as Document;
    const parsed = new Readability(clone, { charThreshold: 300, keepClasses: false }).parse();
    return parsed?.textContent?.length ?? -1;
  },
  pipeline() {
    const r = extract(document, location.href);
    // Paragraphs found; -1 no article; -2 the page was refused (too large, not a page, …).
    return r.ok ? r.article.paragraphs.length : r.error === 'no-article' ? -1 : -2;
  },
  floor() {
    const clone = document.cloneNode(true) as Document;
    const walker = clone.createTreeWalker(clone, 0xffffffff);
    let n = 0;
    while (walker.nextNode()) n++;
    return n;
  },
};

function once(kind: Kind): { ms: number; result: number } {
  const t0 = performance.now();
  const result = kinds[kind]();
  return { ms: performance.now() - t0, result };
}

function info(): { nodes: number; elements: number; depth: number } {
  let nodes = 0;
  let elements = 0;
  let depth = 0;
  const walker = document.createTreeWalker(document, 0xffffffff);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes++;
    if (n.nodeType === 1) elements++;
    if (n.firstChild) continue;
    let d = 0;
    for (let p: Node | null = n; p; p = p.parentNode) d++;
    if (d > depth) depth = d;
  }
  return { nodes, elements, depth };
}

const api = { once, info };
export type BenchApi = typeof api;
(window as unknown as { __bench: BenchApi }).__bench = api;
