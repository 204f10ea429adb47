import { blockTexts } from './text.ts';

/**
 * Indexes of the paragraphs that come from a <blockquote> in the cleaned body, so the quote
 * finder can take a blockquote without quotation marks as a quotation. Matched by text,
 * in order, since paragraphs are plain strings.
 */
export function blockquoteParagraphs(root: ParentNode, paragraphs: readonly string[]): Set<number> {
  const out = new Set<number>();
  let from = 0;
  for (const bq of Array.from(root.querySelectorAll('blockquote'))) {
    for (const text of blockTexts(bq)) {
      const at = paragraphs.indexOf(text, from);
      if (at < 0) continue;
      out.add(at);
      from = at + 1;
    }
  }
  return out;
}
