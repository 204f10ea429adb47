import type { SiteRule } from '../sites/types.ts';
import { siteRules } from '../sites/index.ts';

/** Lower-case host without a leading "www.", or null for unparsable / host-less URLs. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const h = new URL(url).hostname.toLowerCase();
    return h ? h.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

export function ruleForHost(host: string | null, rules: readonly SiteRule[] = siteRules): SiteRule | null {
  if (!host) return null;
  for (const rule of rules) {
    if (rule.hosts.some((h) => host === h || host.endsWith(`.${h}`))) return rule;
  }
  return null;
}

/** The page's own idea of its address: link[rel=canonical], then og:url. */
export function canonicalUrl(doc: Document, base: string): string | null {
  const raw =
    doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ??
    null;
  if (!raw) return null;
  try {
    return new URL(raw.trim(), base).href;
  } catch {
    return null;
  }
}

/**
 * Which rule applies: the page host first; where none matches, the host of the canonical
 * link or og:url. That serves saved pages, mirrors and fixtures served on 127.0.0.1
 * (architecture.md, "Which rule applies"). The extension and the CLI both go through here.
 */
export function selectRule(doc: Document, url: string, rules: readonly SiteRule[] = siteRules): SiteRule | null {
  return ruleForHost(hostOf(url), rules) ?? ruleForHost(hostOf(canonicalUrl(doc, url)), rules);
}
