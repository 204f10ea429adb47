import type { Removal } from './types.ts';
import type { GenericRule } from './generic/types.ts';
import { genericRules } from './generic/index.ts';
import { log } from './removal-log.ts';
import { blockTexts, countWords, hasProse, normalize } from './text.ts';

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

/** Why this element is the rule's clutter, or null when it is not (or a guard protects it). */
export function matchRule(rule: GenericRule, el: Element, rootWords: number): boolean {
  // Block-aware text: textContent glues "Post navigation" and "Previous post" into one word.
  const text = blockTexts(el).join(' ');
  const cand = rule.when.find((c) => el.matches(c.selectors) && (!c.signal || new RegExp(c.signal.source, c.signal.flags.replace('g', '')).test(text)));
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
  for (const rule of rules) {
    const selectors = rule.when.map((c) => c.selectors).join(', ');
    for (const el of Array.from(root.querySelectorAll(selectors))) {
      if (!root.contains(el)) continue; // went with an ancestor
      if (!matchRule(rule, el, rootWords)) continue;
      log(removed, `generic:${rule.id}`, normalize(el.textContent ?? '') ? el : `<${el.tagName.toLowerCase()}>`);
      el.remove();
    }
  }
}
