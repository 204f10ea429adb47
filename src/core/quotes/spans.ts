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

/** German „…“ closes with “, which also opens English quotes: decide per paragraph. */
function spansIn(p: string): Span[] {
  const out: Span[] = [];
  const german = p.includes('„');
  let i = 0;
  while (i < p.length) {
    const ch = p.charAt(i);
    let closers = PAIRS[ch];
    if (ch === '“' && german) closers = undefined; // a closer in German copy
    if (!closers) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < p.length && !closers.includes(p.charAt(j))) j++;
    const raw = p.slice(i + 1, j);
    out.push({ open: i, close: j, text: raw.trim(), continued: false, unclosed: j >= p.length, block: false });
    i = j + 1;
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
