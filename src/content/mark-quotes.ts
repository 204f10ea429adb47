/**
 * Marks each key quote inside the rendered story with <mark data-quote="i">, so the reader
 * sees them and the popup can scroll the overlay to one. Works on text nodes only: a quote
 * that crosses elements (a link inside it, say) is marked piece by piece.
 */
import type { Quote } from '../core/types';

interface Piece {
  node: Text;
  start: number;
}

function textIndex(root: Element): { text: string; pieces: Piece[] } {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const pieces: Piece[] = [];
  let text = '';
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    pieces.push({ node, start: text.length });
    text += node.data;
  }
  return { text, pieces };
}

function wrap(root: Element, from: number, to: number, index: number): HTMLElement | null {
  const { pieces } = textIndex(root);
  let first: HTMLElement | null = null;
  for (const { node, start } of pieces) {
    const end = start + node.data.length;
    if (end <= from || start >= to) continue;
    let target = node;
    if (from > start) target = target.splitText(from - start);
    if (to < end) target.splitText(to - Math.max(from, start));
    const mark = root.ownerDocument.createElement('mark');
    mark.className = 'dc-quote';
    mark.dataset.quote = String(index);
    target.replaceWith(mark);
    mark.append(target);
    first ??= mark;
  }
  return first;
}

const openingMarks = '"“„«‘';
const closingMarks = '"”»’“';

/**
 * The text with soft hyphens dropped and whitespace runs collapsed, and for each of its
 * characters the offset it came from, so a match maps back onto the DOM's own text.
 */
function normalized(text: string): { value: string; origin: number[] } {
  let value = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\u00ad') continue;
    if (/\s/.test(ch)) {
      if (value.endsWith(' ')) continue;
      value += ' ';
    } else {
      value += ch;
    }
    origin.push(i);
  }
  return { value, origin };
}

/** Returns the first mark of each quote, by quote index (missing where not found). */
export function markQuotes(root: Element, quotes: readonly Quote[]): Map<number, HTMLElement> {
  const found = new Map<number, HTMLElement>();
  quotes.forEach((quote, index) => {
    const needle = normalized(quote.text).value.trim();
    if (!needle) return;
    const raw = textIndex(root).text;
    const hay = normalized(raw);
    const at = hay.value.indexOf(needle);
    if (at < 0) return;
    let from = hay.origin[at]!;
    let to = hay.origin[at + needle.length - 1]! + 1;
    // Mark the quotation marks too, so the highlight reads as the whole quotation.
    if (from > 0 && openingMarks.includes(raw[from - 1]!)) from -= 1;
    if (to < raw.length && closingMarks.includes(raw[to]!)) to += 1;
    const mark = wrap(root, from, to, index);
    if (mark) found.set(index, mark);
  });
  return found;
}
