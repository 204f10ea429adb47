/**
 * The extraction core: (Document, URL) in, plain data out. No extension API; runs the same
 * in the content script (real DOM) and in Node (jsdom). The live document is never touched:
 * every step works on `doc.cloneNode(true)`.
 *
 *   clone → select rule → read metadata → site rule (apply-rule.ts) → generic clean
 *   → Readability → DOMPurify → post-clean (paragraphs, invisible chars) → quotes
 */
import { Readability } from '@mozilla/readability';
import DOMPurify from 'dompurify';
import type { Article, ExtractResult, Removal } from './types.ts';
import { selectRule } from './select-rule.ts';
import { readMeta } from './metadata.ts';
import { applyRule } from './apply-rule.ts';
import { genericClean } from './generic-clean.ts';
import { findLeadFigure, lostLeadFigure, placeLeadFigure } from './lead-figure.ts';
import { blockTexts, countWords, normalize, stripInvisible } from './text.ts';
import { extractQuotes } from './quotes.ts';
import { blockquoteParagraphs } from './quote-blocks.ts';
import { unwrapNoscriptImages } from './noscript-images.ts';
import { preflight } from './preflight.ts';
import { SANITIZE_CONFIG } from './sanitize-config.ts';

/** Fewer words than this after cleaning is not an article (home pages, link lists). */
export const MIN_WORDS = 80;
/** A teaser above a paywall (BS premium stories) may be one or two paragraphs. */
export const MIN_TEASER_WORDS = 30;
/** More of the text than this inside links is a link list, not a story. */
export const MAX_LINK_DENSITY = 0.5;

const NO_ARTICLE: ExtractResult = { ok: false, error: 'no-article', message: 'No article found on this page.' };

/**
 * One DOMPurify instance per window: making one costs more than most sanitizing does. In a
 * browser the library has already made one for the global window when it loaded, so that
 * one is used there (a second cost ~2 ms of every click); the command line's jsdom windows
 * get their own.
 */
const purifiers = new WeakMap<object, ReturnType<typeof DOMPurify>>();
function purifierFor(view: Window): ReturnType<typeof DOMPurify> {
  if (DOMPurify.isSupported && typeof window !== 'undefined' && view === window) return DOMPurify;
  let purify = purifiers.get(view);
  if (!purify) {
    purify = DOMPurify(view as unknown as Parameters<typeof DOMPurify>[0]);
    purifiers.set(view, purify);
  }
  return purify;
}

/** Where the pipeline was, for the developer's log when something throws. */
interface Trace {
  stage: string;
  rule: string | null;
}

/** The story first, its quotes on demand: a popup can show the story before the quotes are found. */
export interface Staged {
  /** The story with `quotes` still empty (when ok), or why there is none. */
  result: ExtractResult;
  /** Finds the story's quotes and puts them into `result.article.quotes` (no-op for a failure). May throw. */
  findQuotes(): void;
}

const nothingToFind = () => undefined;

function failure(trace: Trace, error: unknown): ExtractResult {
  return {
    ok: false,
    error: 'failed',
    message: 'Declutter could not clean this page: something in it stopped the reader.',
    stage: trace.stage,
    rule: trace.rule,
    cause: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
  };
}

/**
 * The whole pipeline on a clone of `doc`. Never throws: a page that breaks a step gives
 * `error: 'failed'` with the stage and the site rule, so the extension can log them for
 * developers and say a plain sentence to the person, and the CLI can go on to the next file.
 */
export function extract(doc: Document, url: string): ExtractResult {
  const staged = extractStory(doc, url);
  if (!staged.result.ok) return staged.result;
  try {
    staged.findQuotes();
  } catch (error) {
    return failure({ stage: 'quotes', rule: staged.result.article.siteRule }, error);
  }
  return staged.result;
}

/** As extract(), with the quotes left for `findQuotes()`; never throws either. */
export function extractStory(doc: Document, url: string): Staged {
  const trace: Trace = { stage: 'preflight', rule: null };
  try {
    return run(doc, url, trace);
  } catch (error) {
    return { result: failure(trace, error), findQuotes: nothingToFind };
  }
}

const done = (result: ExtractResult): Staged => ({ result, findQuotes: nothingToFind });

function run(doc: Document, url: string, trace: Trace): Staged {
  const refused = preflight(doc);
  if (refused) return done(refused);
  trace.stage = 'clone';
  const work = doc.cloneNode(true) as Document;
  trace.stage = 'select-rule';
  const rule = selectRule(work, url);
  trace.rule = rule?.id ?? null;
  trace.stage = 'metadata';
  const meta = readMeta(work, rule);
  const removed: Removal[] = [];
  trace.stage = 'site-rule';
  const root = rule ? applyRule(work, rule, removed) : (work.body ?? work.documentElement);
  trace.stage = 'generic-clean';
  genericClean(root, removed);
  unwrapNoscriptImages(root);
  neutralizeHeadingNames(root);
  const leadFigure = findLeadFigure(root);

  trace.stage = 'readability';
  const parsed = new Readability(work, { charThreshold: 300, keepClasses: false }).parse();
  if (!parsed?.content) return done(NO_ARTICLE);
  const restore = lostLeadFigure(leadFigure, parsed.content, parsed.textContent ?? '');
  const content = restore ? leadFigure.html + parsed.content : parsed.content;

  trace.stage = 'sanitize';
  const view = doc.defaultView ?? (globalThis as { window?: Window }).window;
  if (!view) throw new Error('extract: the document has no window for DOMPurify');
  const purify = purifierFor(view);
  const frag = purify.sanitize(content, { ...SANITIZE_CONFIG, RETURN_DOM_FRAGMENT: true });
  if (restore) placeLeadFigure(frag, leadFigure);
  stripInvisibleText(frag);

  trace.stage = 'post-clean';
  const title = normalize(meta.title ?? parsed.title ?? '');
  dropLeadingTitle(frag, title);
  dropLeadingByline(frag, meta.byline);
  let paragraphs = blockTexts(frag);
  if (paragraphs[0] && paragraphs[0] === title) paragraphs = paragraphs.slice(1);
  const text = paragraphs.join(' ');
  const wordCount = countWords(text);
  // A paywalled teaser is a story cut short, not a link list: the popup says so instead.
  if (wordCount < (meta.paywalled ? MIN_TEASER_WORDS : MIN_WORDS) || linkDensity(frag, text.length) > MAX_LINK_DENSITY) return done(NO_ARTICLE);
  if (isStoryList(frag, paragraphs.length)) return done(NO_ARTICLE);

  const holder = frag.ownerDocument.createElement('div');
  holder.append(frag);
  const blockquotes = blockquoteParagraphs(holder, paragraphs);
  const article: Article = {
    url,
    title,
    byline: meta.byline,
    // og:site_name verbatim; the old BS layout has none, so the rule's name comes next.
    siteName: meta.siteName ?? rule?.name ?? (parsed.siteName ? normalize(parsed.siteName) : null),
    published: meta.published,
    lang: meta.lang ?? parsed.lang ?? null,
    dir: meta.dir ?? (parsed.dir === 'rtl' || parsed.dir === 'ltr' ? parsed.dir : null),
    excerpt: meta.excerpt ?? (parsed.excerpt ? normalize(parsed.excerpt) : (paragraphs[0] ?? null)),
    content: holder.innerHTML,
    paragraphs,
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / 230)),
    quotes: [],
    removed,
    siteRule: rule?.id ?? null,
    paywalled: meta.paywalled,
  };
  return {
    result: { ok: true, article },
    findQuotes: () => {
      article.quotes = extractQuotes(paragraphs, blockquotes);
    },
  };
}

/**
 * Readability drops a heading whose class or id scores as clutter ("section-header" reads as
 * a page header), which loses a long-read's section headings. The site and generic rules
 * have already used the names; inside what is left, a heading is judged by its text alone.
 */
function neutralizeHeadingNames(root: Element): void {
  for (const h of Array.from(root.querySelectorAll('h1, h2, h3, h4, h5, h6'))) {
    h.removeAttribute('class');
    h.removeAttribute('id');
  }
}

/** Soft hyphens and zero-width characters go from the sanitized HTML too, not only the text. */
function stripInvisibleText(root: Node): void {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const v = n.nodeValue ?? '';
    const s = stripInvisible(v);
    if (s !== v) n.nodeValue = s;
  }
}

/**
 * Readability often keeps the article's own headline as the body's first heading; the
 * reader already shows the headline above the body, so that copy goes.
 */
function dropLeadingTitle(root: DocumentFragment, title: string): void {
  const heading = root.querySelector('h1, h2, h3');
  if (!heading || normalize(heading.textContent ?? '') !== title) return;
  for (const p of Array.from(root.querySelectorAll('p'))) {
    // A paragraph before the heading means it is not the leading one.
    if (p.compareDocumentPosition(heading) & 4 /* FOLLOWING */ && normalize(p.textContent ?? '')) return;
  }
  heading.remove();
}

/**
 * A byline line at the top of the body ("By Lucy Barnes and Josh Hartley", "By Priya Sandhu
 * 13 May 2025") repeats what the metadata line already shows, so it goes: only among the
 * first few blocks, and only a block whose whole text is the byline, with or without "By",
 * followed by nothing or a date (a sentence naming the author stays; so does a live-blog
 * entry's "13:42 Tom Reeve" or a line that adds a role; a desk label such as "/ Staff Writers"
 * names none and goes with it).
 */
function dropLeadingByline(root: DocumentFragment, byline: string | null): void {
  const want = byline ? bylineKey(byline) : '';
  if (!want) return;
  let seen = 0;
  for (const el of Array.from(root.querySelectorAll('p, div, address, li, h4, h5, h6'))) {
    const text = normalize(el.textContent ?? '');
    if (!text) continue;
    if (el.querySelector('p, div, li, address, h4, h5, h6')) continue; // a wrapper: look at its blocks
    const key = bylineKey(text);
    const rest = key.slice(want.length).trim();
    if (key.startsWith(want) && (rest === '' || DATE_REST.test(rest) || DESK_REST.test(rest))) {
      el.remove();
      return;
    }
    if (++seen >= 4) return;
  }
}

/** A desk label that names no role of the author's own: "By Kenji Ota and Mayu Sakamoto / Staff Writers". */
const DESK_REST = /^(?:[/|,–—-]\s*)?(?:staff|special) (?:writers?|reporters?|correspondents?)$/;

/** What may follow the byline on its line: a date, perhaps a weekday and a time. */
const DATE_REST =
  /^(?:[|·•,–—-]\s*)?(?:(?:updated|published|posted)\s*:?\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?,?\s+\d{4}|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:am|pm)?(?:\s+[a-z]{2,5})?)?$/;

function bylineKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/^(?:by|von|par|por)\s+/, '')
    .replace(/[.,;:|·•\s]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Search results, section fronts and "latest" pages are lists of stories: headings that are
 * nothing but a link, each over a snippet. Their link density can stay low (the snippets are
 * plain text), so the structure decides: four or more such headings, making up a third or
 * more of the blocks. A story's own subheadings are not links.
 */
export function isStoryList(root: DocumentFragment, blocks: number): boolean {
  let linked = 0;
  for (const h of Array.from(root.querySelectorAll('h1, h2, h3, h4'))) {
    const text = normalize(h.textContent ?? '');
    const links = h.querySelectorAll('a');
    if (text && links.length === 1 && normalize(links[0]!.textContent ?? '') === text) linked++;
  }
  return linked >= 4 && linked * 3 >= blocks;
}

function linkDensity(root: DocumentFragment, total: number): number {
  if (total === 0) return 1;
  let inLinks = 0;
  for (const a of Array.from(root.querySelectorAll('a'))) inLinks += normalize(a.textContent ?? '').length;
  return inLinks / total;
}
