import type { Removal } from './types.ts';
import { log } from './apply-rule.ts';
import { hasProse, normalize } from './text.ts';

/**
 * Site-independent clutter, kept as data. Each kind names candidate selectors and a text
 * signal; a candidate goes only if it shows the signal and holds no prose paragraph of its
 * own (20+ words and no `boilerplate` phrase), so a story block that merely mentions
 * cookies or prices is never taken.
 */
interface ClutterKind {
  id: string;
  selectors: string;
  /** The candidate's text must match (omit: the selector alone is the signal). */
  signal?: RegExp;
  /** Minimum number of distinct signal hits in the candidate's text. */
  minHits?: number;
  /** A second signal that must also be present (keeps a short paragraph of rupee figures). */
  require?: RegExp;
  /** Phrases that make even a long paragraph boilerplate ("By continuing to browse, you agree …"). */
  boilerplate?: RegExp;
}

const KINDS: ClutterKind[] = [
  {
    id: 'consent-banner',
    selectors: '[id*="consent" i], [class*="consent" i], [id*="cookie" i], [class*="cookie" i], [aria-label*="cookie" i]',
    signal: /cookie|consent|privacy/i,
    boilerplate: /we use cookies|by continuing|accept (?:all )?cookies|cookie policy|privacy policy|you agree to/i,
  },
  {
    id: 'share-bar',
    selectors: '[class*="share" i], [class*="social" i], [aria-label*="share" i]',
    signal: /share|facebook|twitter|whatsapp|follow us|^\s*$/i,
  },
  { id: 'ad-slot', selectors: '[id^="div-gpt-ad"], .ad, .ads, .adsbox, .advert, .advertisement, [class*="Ads_"], ins.adsbygoogle' },
  {
    id: 'newsletter',
    selectors: '[class*="newsletter" i], [id*="newsletter" i], form',
    signal: /newsletter|sign up|subscribe|inbox/i,
    boilerplate: /sign up|newsletter|delivered to your inbox/i,
  },
  {
    // Pricing / plan blocks, e.g. BS "Smart Quarterly ₹900 … Renews automatically" (notes §2).
    id: 'subscription',
    selectors: 'div, section, aside, form, ul, p',
    signal: /(?:₹|Rs\.?|\$|€|£)\s?\d[\d,.]*|\/\s?month\b|per month|\bsave \d+%|subscription plans?|renews automatically|subscribe now|already subscribed|log ?in to continue/gi,
    minHits: 3,
    require: /subscri|renews?\b|\bplans?\b/i,
    boilerplate: /renews automatically|subscription plans|already subscribed|subscribe to read|cancel anytime|complimentary access/i,
  },
];

/** Whole-text labels with nothing else in them ("ADVERTISEMENT", "Advertisement - Continue Reading"). */
const LABEL = /^(advertisement|advertisements|sponsored|ad|ads|advertisement - continue reading below|story continues below advertisement)$/i;

function hits(text: string, signal: RegExp): number {
  const found = new Set<string>();
  for (const m of text.matchAll(new RegExp(signal.source, signal.flags.includes('g') ? signal.flags : `${signal.flags}g`))) {
    found.add(m[0].toLowerCase());
  }
  return found.size;
}

export function genericClean(root: Element, removed: Removal[]): void {
  for (const kind of KINDS) {
    for (const el of Array.from(root.querySelectorAll(kind.selectors))) {
      if (!root.contains(el)) continue; // went with an ancestor
      const text = normalize(el.textContent ?? '');
      if (kind.signal && hits(text, kind.signal) < (kind.minHits ?? 1)) continue;
      if (kind.require && !kind.require.test(text)) continue;
      if (hasProse(el, kind.boilerplate)) continue;
      log(removed, `generic:${kind.id}`, text || `<${el.tagName.toLowerCase()}>`);
      el.remove();
    }
  }
  for (const el of Array.from(root.querySelectorAll('div, span, p, small, aside'))) {
    if (!root.contains(el) || el.children.length > 1) continue;
    const text = normalize(el.textContent ?? '');
    if (LABEL.test(text)) {
      log(removed, 'generic:ad-label', text);
      el.remove();
    }
  }
}
