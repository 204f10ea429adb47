import type { Removal } from './types.ts';
import type { SiteRule } from '../sites/types.ts';
import { blockTexts, hasProse, isBlock, normalize } from './text.ts';
import { genericRules } from './generic/index.ts';
import { matchRule } from './generic-clean.ts';
import { log } from './removal-log.ts';

/**
 * Applies a site rule to the working clone (never the live page): narrow <body> to the
 * container, drop selectors, drop blocks around matching texts, cut from markers, run `fix`.
 */
export function applyRule(doc: Document, rule: SiteRule, removed: Removal[]): Element {
  const body = doc.body ?? doc.documentElement;
  let root: Element = body;
  const container = firstMatch(body, rule.container ?? []);
  if (container && container !== body) {
    logOutside(container, body, rule, removed);
    body.replaceChildren(container);
    root = container;
  }
  for (const sel of rule.remove) {
    for (const el of Array.from(root.querySelectorAll(sel))) {
      if (!root.contains(el)) continue; // already gone with an ancestor
      log(removed, `${rule.id}:${sel}`, el);
      el.remove();
    }
  }
  removeByText(root, rule.removeText, `${rule.id}:text`, removed);
  for (const marker of rule.cutFrom ?? []) cutFrom(root, marker, `${rule.id}:cut`, removed);
  rule.fix?.(doc, root);
  return root;
}

function firstMatch(root: Element, selectors: string[]): Element | null {
  for (const sel of selectors) {
    const el = root.querySelector(sel);
    if (el) return el;
  }
  return null;
}

/**
 * Log the visible siblings along the path from container to body: what narrowing throws
 * away, each named by the rule that would have taken it anyway (the plan block as
 * `…:text`, a consent bar as `generic:consent-banner`), so the popup can say what it was;
 * the rest (headline, rails, nav) as `<id>:outside-container`.
 */
function logOutside(container: Element, body: Element, rule: SiteRule, removed: Removal[]): void {
  for (let el: Element | null = container; el && el !== body; el = el.parentElement) {
    const parent: Element | null = el.parentElement;
    if (!parent) break;
    for (const sib of Array.from(parent.children) as Element[]) {
      if (sib === el || /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/i.test(sib.tagName)) continue;
      log(removed, whyOutside(sib, rule), sib);
    }
  }
}

function whyOutside(el: Element, rule: SiteRule): string {
  const sel = rule.remove.find((s) => el.matches(s));
  if (sel) return `${rule.id}:${sel}`;
  if ((rule.cutFrom ?? []).some((re) => re.test(blockTexts(el)[0] ?? ''))) return `${rule.id}:cut`;
  if (rule.removeText.some((re) => blockTexts(el).some((p) => re.test(p)))) return `${rule.id}:text`;
  const g = genericRules.find((g) => matchRule(g, el, 0));
  if (g) return `generic:${g.id}`;
  return `${rule.id}:outside-container`;
}

function textNodes(root: Element): Text[] {
  const out: Text[] = [];
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

function nearestBlock(node: Node, root: Element): Element | null {
  for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
    if (isBlock(el)) return el;
  }
  return null;
}

/**
 * Removes the nearest block around each text node matching a pattern, widened to its
 * largest ancestor below root without prose of its own. Where the nearest block
 * holds much more than the match (a BS body div of text<br><br>text), only the text node
 * and its <br>s go, so the story around it stays.
 */
export function removeByText(root: Element, patterns: RegExp[], rule: string, removed: Removal[]): void {
  if (patterns.length === 0) return;
  // Sentences that are themselves matches are not prose that should stop the widening.
  const any = new RegExp(patterns.map((p) => p.source).join('|'), 'i');
  for (const node of textNodes(root)) {
    if (!root.contains(node)) continue;
    const text = normalize(node.nodeValue ?? '');
    if (!text || !patterns.some((p) => p.test(text))) continue;
    let block = nearestBlock(node, root);
    if (block && normalize(block.textContent ?? '').length <= text.length + 40) {
      // Widen to the whole box (a plan block of cards and headings) while it holds no prose.
      while (block.parentElement && block.parentElement !== root && !hasProse(block.parentElement, any)) block = block.parentElement;
      log(removed, rule, block);
      block.remove();
    } else {
      log(removed, rule, text);
      removeWithBreaks(node);
    }
  }
}

function removeWithBreaks(node: Node): void {
  let next = node.nextSibling;
  while (next && (next.nodeName === 'BR' || (next.nodeType === 3 && !normalize(next.nodeValue ?? '')))) {
    const n = next.nextSibling;
    next.parentNode?.removeChild(next);
    next = n;
  }
  node.parentNode?.removeChild(node);
}

/** Removes the block holding the marker and everything after it up to the end of root. */
function cutFrom(root: Element, marker: RegExp, rule: string, removed: Removal[]): void {
  const hit = textNodes(root).find((n) => marker.test(normalize(n.nodeValue ?? '')));
  if (!hit) return;
  let start: Node = nearestBlock(hit, root) ?? hit;
  const gone: string[] = [];
  for (let el: Node | null = start; el && el !== root; el = el.parentNode) {
    for (let sib = el.nextSibling; sib; ) {
      const n = sib.nextSibling;
      gone.push(blockTexts(sib).join(' '));
      sib.parentNode?.removeChild(sib);
      sib = n;
    }
  }
  gone.unshift(blockTexts(start).join(' '));
  start.parentNode?.removeChild(start);
  log(removed, rule, gone.join(' '));
}
