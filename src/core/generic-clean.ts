import type { Removal } from './types.ts';
import type { GenericRule } from './generic/types.ts';
import { genericRules } from './generic/index.ts';
import { log } from './removal-log.ts';
import { blockTexts, countWords, hasProse, normalize, stripInvisible } from './text.ts';

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
  for (const m of text.matchAll(new RegExp(signal.source, signal.flags.includes('g') ? signal.flags : `${signal.flags}g`))) {
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

/** Words of an element's visible text, roughly and fast: textContent less script and style. */
function roughWords(el: Element): number {
  let words = countWords(el.textContent ?? '');
  for (const hidden of Array.from(el.querySelectorAll('script, style, noscript, template'))) words -= countWords(hidden.textContent ?? '');
  return words;
}

/** Why this element is the rule's clutter, or null when it is not (or a guard protects it). */
/** Block-aware text of elements, kept for one cleaning pass (ancestors are dropped on removal). */
export type TextCache = Map<Element, string>;

function textOf(el: Element, cache?: TextCache): string {
  let text = cache?.get(el);
  if (text === undefined) {
    // Block-aware text: textContent glues "Post navigation" and "Previous post" into one word.
    text = blockTexts(el).join(' ');
    cache?.set(el, text);
  }
  return text;
}

/**
 * A looser form of a signal for a first test on native textContent, which glues adjacent
 * blocks ("navigationPrevious") and keeps soft hyphens out of place: word boundaries go and
 * spaces may be absent, so whatever the signal matches in block text, this matches in
 * textContent. Signals with anchors or negative look-arounds have no safe looser form (null).
 */
const loose = new WeakMap<RegExp, RegExp | null>();
function looser(signal: RegExp): RegExp | null {
  if (!loose.has(signal)) {
    const src = signal.source;
    const unsafe = /(^|[^\\])[\^$]|\(\?<?!/.test(src);
    loose.set(signal, unsafe ? null : new RegExp(src.replace(/\\b/g, '').replace(/\\s\+/g, '\\s*').replace(/ /g, '\\s*'), signal.flags.replace('g', '')));
  }
  return loose.get(signal) ?? null;
}

/** False when no candidate's signal can match: decided on native text, before any walk. */
function mayMatch(candidates: GenericRule['when'], el: Element): boolean {
  let raw: string | null = null;
  return candidates.some((c) => {
    if (!c.signal) return true;
    const re = looser(c.signal);
    if (!re) return true;
    raw ??= stripInvisible(el.textContent ?? '');
    return re.test(raw);
  });
}

export function matchRule(rule: GenericRule, el: Element, rootWords: number, cache?: TextCache): boolean {
  const candidates = rule.when.filter((c) => el.matches(c.selectors));
  if (candidates.length === 0 || !mayMatch(candidates, el)) return false;
  // Cheap size guards first, on native textContent (script and style text taken out, with a
  // margin for words textContent glues together): big wrappers, where the block-aware walk
  // below is costly and nested candidates would repeat it, fail here.
  const rough = roughWords(el);
  if (rule.maxWords !== undefined && rough > rule.maxWords * 1.25 + 10) return false;
  if (rootWords >= 150 && rough > 0.5 * rootWords + 10) return false;
  const text = textOf(el, cache);
  const cand = candidates.find((c) => !c.signal || new RegExp(c.signal.source, c.signal.flags.replace('g', '')).test(text));
  if (!cand) return false;
  if (rule.minHits && cand.signal && hits(text, cand.signal) < rule.minHits) return false;
  if (rule.require && !rule.require.test(text)) return false;
  const words = countWords(text);
  if (rule.maxWords !== undefined && words > rule.maxWords) return false;
  if (rule.minLinkDensity !== undefined && linkDensity(el, text.length) < rule.minLinkDensity) return false;
  if (rootWords >= 150 && words > 0.4 * rootWords) return false;
  const waived = rule.proseWaivedIf !== undefined && words <= rule.proseWaivedIf.maxWords && el.querySelector(rule.proseWaivedIf.contains) !== null;
  if (!rule.proseAllowed && !waived && hasProse(el, rule.boilerplate)) return false;
  return true;
}

export function genericClean(root: Element, removed: Removal[], rules: readonly GenericRule[] = genericRules): void {
  const rootWords = countWords(root.textContent ?? '');
  // Every rule reads the same elements' text: walk each subtree once, not once per rule.
  const cache: TextCache = new Map();
  for (const rule of rules) {
    const selectors = rule.when.map((c) => c.selectors).join(', ');
    for (const el of Array.from(root.querySelectorAll(selectors))) {
      if (!root.contains(el)) continue; // went with an ancestor
      if (!matchRule(rule, el, rootWords, cache)) continue;
      // The text matchRule already read: a huge removed block is not walked again for its snippet.
      const text = cache.get(el);
      log(removed, `generic:${rule.id}`, text || `<${el.tagName.toLowerCase()}>`);
      for (let up = el.parentElement; up; up = up.parentElement) cache.delete(up);
      el.remove();
    }
  }
}
