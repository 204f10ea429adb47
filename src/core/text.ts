/** Small text helpers shared by the pipeline steps. No DOM writes here. */

/** Soft hyphen and zero-width characters (Dawn inserts U+00AD in body text: notes §4). */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

export function stripInvisible(s: string): string {
  return s.replace(INVISIBLE, '');
}

/** Collapse whitespace (NBSP included) and drop invisible characters. */
export function normalize(s: string): string {
  return stripInvisible(s).replace(/[\s\u00A0]+/g, ' ').trim();
}

export function snippet(s: string, max = 120): string {
  const t = normalize(s);
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}

export function countWords(s: string): number {
  const t = normalize(s);
  return t ? t.split(' ').length : 0;
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN',
  'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL', 'LABEL',
]);

export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

/**
 * Tags whose text is never visible and never part of a paragraph (a player's fallback inside
 * <video> or <audio> shows only where it cannot play). generic-clean.ts counts words by it too.
 */
export const SKIP_TAGS: ReadonlySet<string> = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'VIDEO', 'AUDIO']);

/**
 * The text of a subtree as paragraphs: a paragraph ends at every block boundary and at a
 * double <br> (BS bodies are text<br><br>text in one div: notes §2).
 */
export function blockTexts(root: Node): string[] {
  const out: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      out.push((node.nodeValue ?? '').replace(/[\s\u00A0]+/g, ' '));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11 && node.nodeType !== 9) return;
    const el = node as Element;
    const tag = node.nodeType === 1 ? el.tagName.toUpperCase() : '';
    if (SKIP_TAGS.has(tag)) return;
    if (tag === 'BR') {
      out.push('\n');
      return;
    }
    const block = tag !== '' && isBlock(el);
    if (block) out.push('\n\n');
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    if (block) out.push('\n\n');
  };
  walk(root);
  return out
    .join('')
    .split(/\n[ \n]*\n/)
    .map(normalize)
    .filter((p) => p.length > 0);
}

/**
 * Whether a subtree holds a prose paragraph of its own: 20+ words and no clutter signal.
 * The guard every removal heuristic uses so a story block is never taken.
 */
export function hasProse(el: Node, signal?: RegExp): boolean {
  return blockTexts(el).some((p) => isProse(p, signal));
}

const stateless = new WeakMap<RegExp, RegExp>();
const everyMatch = new WeakMap<RegExp, RegExp>();

/**
 * The pattern without its g flag, made once per pattern: test() on a g pattern moves its
 * lastIndex, and a copy made per call costs an allocation and a cache lookup on every block
 * of every page (the profile of a click showed it).
 */
export function testable(re: RegExp): RegExp {
  if (!re.global && !re.sticky) return re;
  let plain = stateless.get(re);
  if (!plain) stateless.set(re, (plain = new RegExp(re.source, re.flags.replace(/[gy]/g, ''))));
  return plain;
}

/** A copy with the g flag, made once per pattern, for matchAll (which never moves the copy's lastIndex). */
export function global(re: RegExp): RegExp {
  let g = everyMatch.get(re);
  if (!g) everyMatch.set(re, (g = new RegExp(re.source, re.global ? re.flags : `${re.flags}g`)));
  return g;
}

/** One paragraph of prose: 20+ words and no match of the clutter signal. */
export function isProse(paragraph: string, signal?: RegExp): boolean {
  if (countWords(paragraph) < 20) return false;
  return !(signal && testable(signal).test(paragraph));
}
