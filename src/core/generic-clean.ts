import type { Removal } from './types.ts';
import type { Candidate, GenericRule } from './generic/types.ts';
import { genericRules } from './generic/index.ts';
import { log } from './removal-log.ts';
import { blockTexts, countWords, global, isBlock, isProse, normalize, SKIP_TAGS, stripInvisible, testable } from './text.ts';

/**
 * Site-independent clutter. The rules are data (src/core/generic/<id>.ts, one file each);
 * this file only interprets them. An element goes when a rule's candidate selector and
 * signal match it and every guard holds:
 *   - it has no prose paragraph of its own (20+ words without a boilerplate phrase),
 *     unless the rule says the structure is proof enough (comment threads; a sign-up box
 *     of at most 90 words that holds an e-mail field);
 *   - it is within the rule's word cap and link-density floor;
 *   - it does not hold the bulk of the page (40%+ of the words of a 150+ word root), so a
 *     wrapper that happens to carry a clutter class can never take the story with it.
 */
const LINK_TEXT = 'a';

function hits(text: string, signal: RegExp): number {
  const found = new Set<string>();
  for (const m of text.matchAll(global(signal))) {
    found.add(m[0].toLowerCase());
  }
  return found.size;
}

function linkDensity(el: Element, textLength: number): number {
  if (textLength === 0) return 0;
  let inLinks = 0;
  for (const a of Array.from(el.querySelectorAll(LINK_TEXT))) inLinks += normalize(a.textContent ?? '').length;
  return inLinks / textLength;
}

/**
 * Rough word counts, kept for one cleaning pass: the words of an element's text as
 * textContent would give them (adjacent blocks glued into one word, so never more than the
 * block-aware count), less script, style and other text blockTexts skips. Computed bottom-up
 * and remembered per element, so asking for every candidate of every rule costs one walk of
 * the root in all, not one walk per candidate. Ancestors are forgotten when a block goes.
 */
interface Span {
  words: number;
  /** Starts with a non-space character (it joins the word before it). */
  lead: boolean;
  /** Ends with a non-space character (it joins the word after it). */
  trail: boolean;
}

function join(a: Span | null, b: Span | null): Span | null {
  if (!a) return b;
  if (!b) return a;
  return { words: a.words + b.words - (a.trail && b.lead ? 1 : 0), lead: a.lead, trail: b.trail };
}

export class WordMemo {
  private spans = new Map<Element, Span | null>();

  words(el: Element): number {
    return this.span(el)?.words ?? 0;
  }

  /** The element and its ancestors changed (a child went): count them again when asked. */
  forget(el: Element | null): void {
    for (let up = el; up; up = up.parentElement) this.spans.delete(up);
  }

  private span(el: Element): Span | null {
    if (this.spans.has(el)) return this.spans.get(el) ?? null;
    let acc: Span | null = null;
    if (!SKIP_TAGS.has(el.tagName.toUpperCase())) {
      for (let c = el.firstChild; c; c = c.nextSibling) {
        if (c.nodeType === 1) acc = join(acc, this.span(c as Element));
        else if (c.nodeType === 3) acc = join(acc, textSpan(c.nodeValue ?? ''));
      }
    }
    // A block (or a <br>) separates words, as blockTexts's paragraph breaks do.
    if (el.tagName.toUpperCase() === 'BR' || isBlock(el)) acc = { words: acc?.words ?? 0, lead: false, trail: false };
    this.spans.set(el, acc);
    return acc;
  }
}

function textSpan(raw: string): Span | null {
  const s = stripInvisible(raw);
  if (s === '') return null;
  const t = s.trim();
  if (t === '') return { words: 0, lead: false, trail: false };
  return { words: t.split(/\s+/).length, lead: !/^\s/.test(s), trail: !/\s$/.test(s) };
}

/**
 * What one cleaning pass remembers about elements: block-aware paragraphs (read once, used
 * by the signal, the word cap and the prose guard) and rough word counts. Both forget an
 * element's ancestors when it is removed.
 */
export class PassCache {
  readonly words = new WordMemo();
  /** The cleaned root: where a search for story prose after an element stops. */
  constructor(readonly root: Element | null = null) {}
  private paragraphs = new Map<Element, string[]>();

  /** Block-aware paragraphs: textContent glues "Post navigation" and "Previous post" into one word. */
  paragraphsOf(el: Element): string[] {
    let ps = this.paragraphs.get(el);
    if (ps === undefined) {
      ps = blockTexts(el);
      this.paragraphs.set(el, ps);
    }
    return ps;
  }

  private flats = new Map<Element, string>();
  private texts = new Map<Element, string>();

  /**
   * The element's paragraphs joined by spaces, as `paragraphsOf(el).join(' ')` gives them, but
   * built bottom-up from its children's remembered text: every rule asks for the text of the
   * same elements, and of elements nested in each other, so each text node is read once per pass.
   */
  textOf(el: Element): string {
    let text = this.texts.get(el);
    if (text === undefined) {
      text = normalize(this.flat(el));
      this.texts.set(el, text);
    }
    return text;
  }

  /** Text with a line break at every block edge and <br>, nothing from SKIP_TAGS (as blockTexts reads it). */
  private flat(el: Element): string {
    let s = this.flats.get(el);
    if (s !== undefined) return s;
    const tag = el.tagName.toUpperCase();
    s = '';
    if (tag === 'BR') s = '\n';
    else if (!SKIP_TAGS.has(tag)) {
      for (let c = el.firstChild; c; c = c.nextSibling) {
        if (c.nodeType === 1) s += this.flat(c as Element);
        else if (c.nodeType === 3) s += c.nodeValue ?? '';
      }
      if (isBlock(el)) s = `\n${s}\n`;
    }
    this.flats.set(el, s);
    return s;
  }

  removed(el: Element): void {
    this.words.forget(el.parentElement);
    for (let up = el.parentElement; up; up = up.parentElement) {
      this.paragraphs.delete(up);
      this.flats.delete(up);
      this.texts.delete(up);
    }
    this.removals++;
  }

  private removals = 0;
  private holders = new Map<string, { at: number; set: Set<Element> }>();

  /**
   * Whether the element is or holds a match of the selector (a candidate's required
   * structure). One search of the root per selector and pass marks every match and its
   * ancestors, so the many candidates that hold no player or form are answered from a set,
   * not by a search of their own subtree each. A removal can only take matches away: after
   * one, a yes is checked again on the element itself.
   */
  holds(el: Element, selector: string): boolean {
    if (!this.root) return el.matches(selector) || el.querySelector(selector) !== null;
    let h = this.holders.get(selector);
    if (!h) {
      const set = new Set<Element>();
      for (const m of Array.from(this.root.querySelectorAll(selector))) {
        for (let up: Element | null = m; up && !set.has(up); up = up === this.root ? null : up.parentElement) set.add(up);
      }
      this.holders.set(selector, (h = { at: this.removals, set }));
    }
    if (!h.set.has(el)) return false;
    return h.at === this.removals || el.matches(selector) || el.querySelector(selector) !== null;
  }
}

/**
 * Whether the element comes after the story: no prose paragraph follows it in its article
 * (or main, or the root), and it does not continue a run of prose blocks of its own tag
 * (a story whose paragraphs are divs). Read only for candidates whose signal matched.
 */
function isAfterStory(el: Element, cache: PassCache, signal: RegExp | undefined): boolean {
  // Any 20+ word paragraph counts as story here, bio words or not (a story about reporters
  // is still story), unless it opens as the candidate does (a second bio box after the first).
  const own = signal && testable(signal);
  const prose = (s: Element): boolean => cache.paragraphsOf(s).some((p) => isProse(p) && !(own && own.test(p)));
  const prev = el.previousElementSibling;
  if (prev && prev.tagName === el.tagName && cache.paragraphsOf(prev).length === 1 && prose(prev)) return false;
  const outer = el.parentElement?.closest('article, main') ?? null;
  const scope = outer && (!cache.root || cache.root.contains(outer)) ? outer : cache.root;
  for (let n: Element | null = el; n && n !== scope; n = n.parentElement) {
    for (let s = n.nextElementSibling; s; s = s.nextElementSibling) if (prose(s)) return false;
  }
  return true;
}

/** Whether the rule takes this element: a candidate selector and signal match and every guard holds. */
export function matchRule(
  rule: GenericRule,
  el: Element,
  rootWords: number,
  cache: PassCache = new PassCache(),
  /** The element came from a search for the rule's selectors: a rule of one candidate need not match it again. */
  found = false,
): boolean {
  // Cheap size guards first, on remembered rough counts (never above the block-aware count,
  // so nothing the exact guards below would keep is dropped here): big wrappers, where
  // reading text is costly and nested candidates would repeat it, fail here.
  const rough = cache.words.words(el);
  if (rootWords >= 150 && rough > 0.4 * rootWords) return false;
  // Each candidate's word cap (its own, or else the rule's), before any text is read.
  const cap = (c: Candidate): number => c.maxWords ?? rule.maxWords ?? Infinity;
  let candidates = rule.when.filter((c) => rough <= cap(c));
  if (candidates.length === 0) return false;
  // Then the signal, on text every rule shares: most elements a rule's selectors find carry
  // none of its signals, and are turned away before a selector is matched again.
  const text = cache.textOf(el);
  const single = found && rule.when.length === 1;
  candidates = candidates.filter((c) => (!c.signal || testable(c.signal).test(text)) && (single || el.matches(c.selectors)));
  candidates = candidates.filter((c) => c.contains === undefined || cache.holds(el, c.contains));
  if (candidates.length === 0) return false;
  let density: number | undefined;
  const cand = candidates.find((c) => {
    // A candidate short of the rule's distinct hits gives way to the next ("a month" in a
    // registration wall is one plan signal; the wall's own phrases are three).
    if (rule.minHits && c.signal && hits(text, c.signal) < rule.minHits) return false;
    const floor = c.minLinkDensity ?? rule.minLinkDensity;
    if (floor !== undefined && (density ??= linkDensity(el, text.length)) < floor) return false;
    return !c.afterStory || isAfterStory(el, cache, c.signal);
  });
  if (!cand) return false;
  if (rule.require && !rule.require.test(text)) return false;
  const words = countWords(text);
  if (words > cap(cand)) return false;
  if (rootWords >= 150 && words > 0.4 * rootWords) return false;
  const waived = rule.proseWaivedIf !== undefined && words <= rule.proseWaivedIf.maxWords && el.querySelector(rule.proseWaivedIf.contains) !== null;
  if (!rule.proseAllowed && !waived && cache.paragraphsOf(el).some((p) => isProse(p, rule.boilerplate))) return false;
  return true;
}

/** root.contains(el) as a walk up the parents: jsdom's contains builds both ancestor lists per call. */
function within(root: Element, el: Element): boolean {
  for (let up: Node | null = el; up; up = up.parentNode) if (up === root) return true;
  return false;
}

/**
 * A rule's candidate selectors as one list, each selector once: candidates often share
 * "p, div, aside, section", and the browser tests every selector of a list on every element.
 */
const lists = new WeakMap<GenericRule, string>();
function selectorsOf(rule: GenericRule): string {
  let list = lists.get(rule);
  if (list === undefined) {
    // Split at commas outside brackets, parentheses and quotes.
    const parts = rule.when.flatMap((c) => c.selectors.match(/(?:[^,(["']|\([^)]*\)|\[[^\]]*\]|"[^"]*"|'[^']*')+/g) ?? []);
    list = [...new Set(parts.map((p) => p.trim()))].join(', ');
    lists.set(rule, list);
  }
  return list;
}

export function genericClean(root: Element, removed: Removal[], rules: readonly GenericRule[] = genericRules): void {
  const rootWords = countWords(root.textContent ?? '');
  // Every rule reads the same elements' text: walk each subtree once, not once per rule.
  const cache = new PassCache(root);
  for (const rule of rules) {
    for (const el of Array.from(root.querySelectorAll(selectorsOf(rule)))) {
      if (!within(root, el)) continue; // went with an ancestor
      if (!matchRule(rule, el, rootWords, cache, true)) continue;
      // The text matchRule already read: a huge removed block is not walked again for its snippet.
      log(removed, `generic:${rule.id}`, cache.textOf(el) || `<${el.tagName.toLowerCase()}>`);
      cache.removed(el);
      el.remove();
    }
  }
}
