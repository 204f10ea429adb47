import type { MetaSource, SiteRule } from '../sites/types.ts';
import type { Article } from './types.ts';
import { inShownZone, parseDate } from './dates.ts';
import { normalize } from './text.ts';

/** What the page says about itself, read from the clone before any cleaning. */
export type PageMeta = Pick<Article, 'byline' | 'siteName' | 'published' | 'lang' | 'dir' | 'excerpt' | 'paywalled'> & {
  /** Null where the page states none: Readability's title comes next. */
  title: string | null;
};

/** The page's <meta> tags by property, name and itemprop, read once per document. */
const metaIndexes = new WeakMap<Document, Map<string, string>>();
function metaIndex(doc: Document): Map<string, string> {
  let index = metaIndexes.get(doc);
  if (!index) {
    index = new Map();
    for (const el of Array.from(doc.getElementsByTagName('meta'))) {
      const v = el.getAttribute('content');
      if (!v) continue;
      for (const attr of ['property', 'name', 'itemprop']) {
        const k = el.getAttribute(attr);
        if (k && !index.has(k)) index.set(k, v);
      }
    }
    metaIndexes.set(doc, index);
  }
  return index;
}

function metaContent(doc: Document, ...keys: string[]): string | null {
  const index = metaIndex(doc);
  for (const k of keys) {
    const v = index.get(k);
    if (v && normalize(v)) return normalize(v);
  }
  return null;
}

type Json = Record<string, unknown>;

/** NewsArticle-like objects from JSON-LD (arrays and @graph included). */
function jsonLdArticles(doc: Document): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (!v || typeof v !== 'object') return;
    const o = v as Json;
    const t = o['@type'];
    const types = (Array.isArray(t) ? t : [t]).map(String);
    if (types.some((x) => /Article|Posting|Report/i.test(x))) out.push(o);
    if (o['@graph']) visit(o['@graph']);
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(s.textContent ?? ''));
    } catch {
      /* a broken JSON-LD block is the page's problem, not ours */
    }
  }
  return out;
}

function ldAuthors(a: Json): string | null {
  const list = Array.isArray(a.author) ? a.author : a.author ? [a.author] : [];
  const names = list
    .map((x: unknown) => (typeof x === 'string' ? x : x && typeof x === 'object' ? (x as Json).name : null))
    .filter((x): x is string => typeof x === 'string' && normalize(x).length > 0)
    .map(normalize);
  return names.length ? listOf([...new Set(names)]) : null;
}

/** Several authors as a byline says them: "A and B", "A, B and C". */
export function listOf(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

function readSource(doc: Document, src: MetaSource): string[] {
  return Array.from(doc.querySelectorAll(src.selector))
    .map((el) => (src.attr ? el.getAttribute(src.attr) : el.textContent) ?? '')
    .map(normalize)
    .filter((v) => v !== '' && (!src.pattern || src.pattern.test(v)));
}

/** Title and byline hints: first source with a match. Byline joins all matches of that source. */
function hint(doc: Document, sources: MetaSource[] | undefined, all: boolean): string | null {
  for (const src of sources ?? []) {
    const vals = readSource(doc, src);
    if (vals.length) return all ? listOf([...new Set(vals)]) : (vals[0] ?? null);
  }
  return null;
}

/** An ISO time in UTC: Z or +00:00. */
const UTC = /(?:Z|[+-]00:?00)$/;

export function readMeta(doc: Document, rule: SiteRule | null): PageMeta {
  const ld = jsonLdArticles(doc);
  const offset = rule?.meta?.utcOffset;
  const stated = [
    parseDate(metaContent(doc, 'article:published_time'), offset),
    ...ld.map((a) => parseDate(typeof a.datePublished === 'string' ? a.datePublished : null, offset)),
  ].filter((d): d is string => d !== null);
  let published = stated[0] ?? null;
  // The same moment in the site's own offset beats UTC (a meta tag in Z, the JSON-LD in -05:00).
  if (published && UTC.test(published)) published = stated.find((d) => !UTC.test(d) && /T/.test(d) && Date.parse(d) === Date.parse(published!)) ?? published;
  // Or as the article's dateline prints it, zone and all ("12:42 AM PDT" beside a meta tag in Z).
  if (published && UTC.test(published)) published = shownZone(doc, published) ?? published;
  if (!published) {
    const at = inArticle(doc, 'time[datetime][itemprop="datePublished"], [itemprop="datePublished"][content], time[datetime]')[0];
    published = parseDate(at?.getAttribute('datetime') ?? at?.getAttribute('content'), offset);
  }
  if (!published) {
    for (const src of rule?.meta?.published ?? []) {
      published = readSource(doc, src).map((v) => parseDate(v, offset)).find(Boolean) ?? null;
      if (published) break;
    }
  }
  const html = doc.documentElement;
  const dirAttr = (html?.getAttribute('dir') ?? doc.body?.getAttribute('dir') ?? '').toLowerCase();
  return {
    title: hint(doc, rule?.meta?.title, false) ?? fullerTitle(doc, metaContent(doc, 'og:title', 'twitter:title'), ld),
    byline:
      hint(doc, rule?.meta?.byline, true) ??
      ld.map(ldAuthors).find(Boolean) ??
      // article:author is often a profile URL, not a name.
      [metaContent(doc, 'author', 'article:author')].find((v) => v && !/^https?:/i.test(v)) ??
      articleByline(doc),
    siteName: metaContent(doc, 'og:site_name'),
    published,
    lang: html?.getAttribute('lang') || metaContent(doc, 'og:locale')?.replace('_', '-') || null,
    dir: dirAttr === 'rtl' || dirAttr === 'ltr' ? dirAttr : null,
    excerpt: metaContent(doc, 'description', 'og:description', 'twitter:description'),
    paywalled: isPaywalled(doc, rule, ld),
  };
}

/**
 * A social title cut short ("Council passes 6.4% tax hike after marathon meeting", where the
 * headline goes on "; recess called as gallery erupts"): the article's own headline, the JSON-LD
 * headline or the page's one <h1>, when it begins with the social title and goes on.
 */
function fullerTitle(doc: Document, social: string | null, ld: Record<string, unknown>[]): string | null {
  if (!social) return null;
  const h1s = doc.querySelectorAll('h1');
  const heads = [...ld.map((a) => (typeof a.headline === 'string' ? a.headline : '')), h1s.length === 1 ? (h1s[0]?.textContent ?? '') : ''];
  const longer = heads.map((h) => h.replace(/\s+/g, ' ').trim()).find((h) => h.length > social.length && h.startsWith(social) && /^[\s;:,.–—-]/.test(h.slice(social.length)));
  return longer ?? social;
}

/**
 * Related-story cards, rails, comments and footers carry their own bylines and dates
 * (the held-out wire page's related rail: "By Peter Hallam", June 2); metadata never
 * comes from them.
 */
const NOT_THE_ARTICLE =
  'aside, nav, footer, [class*="related" i], [class*="card" i], [class*="rail" i], [class*="sidebar" i], [class*="widget" i], [class*="teaser" i], [class*="most-read" i], [class*="recommend" i], [class*="comment" i], [class*="top-table" i]';

function inArticle(doc: Document, selector: string): Element[] {
  return Array.from(doc.querySelectorAll(selector)).filter((el) => !el.closest(NOT_THE_ARTICLE));
}

/** The UTC time in the zone of a clock time printed in the article's date or byline line. */
function shownZone(doc: Document, utc: string): string | null {
  for (const el of inArticle(doc, 'time, [class*="date" i], [class*="time" i], [class*="byline" i]')) {
    const text = normalize(el.textContent ?? '');
    if (text.length > 160) continue;
    const found = inShownZone(utc, text);
    if (found) return found;
  }
  return null;
}

/** Byline from the article's own markup: microdata author, rel=author, a byline element. */
function articleByline(doc: Document): string | null {
  const sources = [
    '[itemprop="author"] [itemprop="name"]',
    '[itemprop="author"]',
    'a[rel~="author"]',
    '[class*="byline" i] [class*="author" i]',
    '.author-name',
    '[class*="byline" i]',
  ];
  for (const sel of sources) {
    for (const el of inArticle(doc, sel)) {
      const v = normalize(el.getAttribute('content') ?? el.textContent ?? '')
        .replace(/^by:?\s+/i, '')
        .replace(/[|,;]+$/, '')
        .trim();
      if (v && !/\d/.test(v) && v.split(' ').length <= 8) return v;
    }
  }
  return null;
}

/** A paywall prompt in the page's visible text: without one a "locked" page is a subscriber's full view. */
const PAYWALL_PROMPT = /subscribe (?:now )?to (?:read|continue)|to read the full story|already (?:a )?subscriber|already subscribed|log ?in to (?:read|continue)/i;

/**
 * Cut by a paywall: the rule's own markers (BS: "Subscribe to read the full story", the old
 * layout's span.p-content.paywall, notes §2-3), or a page that says it is locked
 * (JSON-LD isAccessibleForFree false, article:content_tier "locked", as on the real 2020 BS
 * page) and shows a paywall prompt.
 */
function isPaywalled(doc: Document, rule: SiteRule | null, ld: Json[]): boolean {
  // The whole body's text is read only when a check needs it (it is the costly part).
  let body: string | null = null;
  const text = () => (body ??= normalize(doc.body?.textContent ?? ''));
  const pw = rule?.paywall;
  if (pw?.selectors?.some((s) => doc.querySelector(s))) return true;
  if (pw?.text?.some((re) => re.test(text()))) return true;
  const locked =
    ld.some((a) => a.isAccessibleForFree === false || String(a.isAccessibleForFree).toLowerCase() === 'false') ||
    metaContent(doc, 'article:content_tier')?.toLowerCase() === 'locked';
  return locked && PAYWALL_PROMPT.test(text());
}
