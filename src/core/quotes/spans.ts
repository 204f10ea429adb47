/**
 * Where the quotations are: spans between double marks in each paragraph, run-on
 * quotations across paragraphs, and blockquotes that carry no marks at all.
 * Single marks (‘…’) are scare quotes and titles and never open a span.
 */

/** Opening mark → the marks that may close it („…“ and „…” are both German use). */
const PAIRS: Record<string, string> = { '“': '”', '"': '"', '«': '»', '„': '“”' };

export interface Span {
  /** Index of the opening mark in the paragraph (-1 for a blockquote without marks). */
  open: number;
  /** Index of the closing mark, or the paragraph's length when it never comes. */
  close: number;
  /** The characters between the marks, typographic spaces inside « » trimmed. */
  text: string;
  /** The paragraph opens a quotation the previous paragraph left open (news run-on convention). */
  continued: boolean;
  /** The closing mark never comes in this paragraph. */
  unclosed: boolean;
  /** A blockquote paragraph taken whole. */
  block: boolean;
}

/** Where a quotation may open: in German copy “ closes „…“ and opens nothing. */
const OPENERS = /[“"«„]/g;
const GERMAN_OPENERS = /["«„]/g;

/** The first of the closing marks after `from`, or the paragraph's length when none comes. */
function closeOf(p: string, closers: string, from: number): number {
  let j = p.length;
  for (const c of closers) {
    const k = p.indexOf(c, from);
    if (k >= 0 && k < j) j = k;
  }
  return j;
}

/** Marks found by a search, not by looking at every character: this runs over every paragraph of every story. */
function spansIn(p: string): Span[] {
  const out: Span[] = [];
  const openers = p.includes('„') ? GERMAN_OPENERS : OPENERS;
  openers.lastIndex = 0;
  for (let m = openers.exec(p); m; m = openers.exec(p)) {
    const i = m.index;
    const j = closeOf(p, PAIRS[m[0]]!, i + 1);
    out.push({ open: i, close: j, text: p.slice(i + 1, j).trim(), continued: false, unclosed: j >= p.length, block: false });
    openers.lastIndex = j + 1;
  }
  return out;
}

/**
 * Spans for every paragraph. A paragraph that ends inside an open quotation and is followed by
 * a paragraph opening with a mark makes that opening mark a continuation, not a new quotation.
 * Blockquote paragraphs without any mark become one span over their whole text.
 */
export function findSpans(paragraphs: readonly string[], blockquotes: ReadonlySet<number>): Span[][] {
  const all: Span[][] = [];
  let open = false;
  paragraphs.forEach((p, index) => {
    const spans = spansIn(p);
    if (spans.length === 0 && blockquotes.has(index) && p.split(/\s+/).length > 3 && !/^[—–-]/.test(p)) {
      spans.push({ open: -1, close: p.length, text: p, continued: false, unclosed: false, block: true });
    }
    const first = spans[0];
    if (open && first && first.open === 0) first.continued = true;
    const last = spans[spans.length - 1];
    open = !!last && last.unclosed && !last.block;
    all.push(spans);
  });
  return all;
}

/** Text for comparing a pull quote with the body: marks, case and end punctuation ignored. */
export function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
