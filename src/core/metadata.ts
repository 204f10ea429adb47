import type { MetaSource, SiteRule } from '../sites/types.ts';
import { parseDate } from './dates.ts';
import { normalize } from './text.ts';

/** What the page says about itself, read from the clone before any cleaning. */
export interface PageMeta {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  published: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
}

function metaContent(doc: Document, ...keys: string[]): string | null {
  for (const k of keys) {
    const el = doc.querySelector(`meta[property="${k}"], meta[name="${k}"], meta[itemprop="${k}"]`);
    const v = el?.getAttribute('content');
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
  return names.length ? [...new Set(names)].join(', ') : null;
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
    if (vals.length) return all ? [...new Set(vals)].join(', ') : (vals[0] ?? null);
  }
  return null;
}

export function readMeta(doc: Document, rule: SiteRule | null): PageMeta {
  const ld = jsonLdArticles(doc);
  const offset = rule?.meta?.utcOffset;
  let published =
    parseDate(metaContent(doc, 'article:published_time'), offset) ??
    ld.map((a) => parseDate(typeof a.datePublished === 'string' ? a.datePublished : null, offset)).find(Boolean) ??
    null;
  if (!published) {
    for (const src of rule?.meta?.published ?? []) {
      published = readSource(doc, src).map((v) => parseDate(v, offset)).find(Boolean) ?? null;
      if (published) break;
    }
  }
  const html = doc.documentElement;
  const dirAttr = (html?.getAttribute('dir') ?? doc.body?.getAttribute('dir') ?? '').toLowerCase();
  return {
    title: hint(doc, rule?.meta?.title, false) ?? metaContent(doc, 'og:title', 'twitter:title'),
    byline:
      hint(doc, rule?.meta?.byline, true) ??
      ld.map(ldAuthors).find(Boolean) ??
      // article:author is often a profile URL, not a name.
      [metaContent(doc, 'author', 'article:author')].find((v) => v && !/^https?:/i.test(v)) ??
      null,
    siteName: metaContent(doc, 'og:site_name'),
    published,
    lang: html?.getAttribute('lang') || metaContent(doc, 'og:locale')?.replace('_', '-') || null,
    dir: dirAttr === 'rtl' || dirAttr === 'ltr' ? dirAttr : null,
    excerpt: metaContent(doc, 'description', 'og:description', 'twitter:description'),
  };
}
