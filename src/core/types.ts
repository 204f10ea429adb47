/**
 * Plain data that crosses every boundary: core → content script → popup, and core → CLI.
 * Nothing here may hold a DOM node, so a result can be structured-cloned through messaging.
 */

/** A direct quotation found in the story. */
export interface Quote {
  /** Exactly the characters between the opening and closing quotation marks. */
  text: string;
  /** Full name the story gives the speaker, honorifics dropped; null where no one is named. */
  speaker: string | null;
  /** Index into Article.paragraphs of the paragraph the quote opens in. */
  paragraph: number;
  /** The speaker's role as the story gives it ("Iran's supreme leader"), kept apart from the name; null if none. */
  role: string | null;
  /** 0..1: how sure the finder is of this quote and its speaker (an explicit "said X" is high, a guess low). */
  confidence: number;
  /** 1 = the most informative key quote (see src/core/quotes/rank.ts); Article.quotes stays in story order. */
  rank: number;
}

/** One block the pipeline took out, and the rule that took it. */
export interface Removal {
  /** Rule id, e.g. "business-standard:plan-block" or "generic:consent-banner". */
  rule: string;
  /** Short, whitespace-collapsed text of what went (at most ~120 characters). */
  text: string;
}

export interface Article {
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601 with the site's own offset where the page gives one. */
  published: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  /** Sanitized (DOMPurify) HTML of the cleaned body. Safe to render; still render through the one chokepoint. */
  content: string;
  /** The body as paragraphs of plain text (whitespace collapsed, soft hyphens removed). */
  paragraphs: string[];
  wordCount: number;
  /** Minutes at 230 words a minute, at least 1. */
  readingMinutes: number;
  quotes: Quote[];
  removed: Removal[];
  /** Id of the site rule that applied, or null for generic-only pages. */
  siteRule: string | null;
  /**
   * The page holds only a teaser; the rest is behind a paywall (BS premium stories, or a
   * locked page by JSON-LD isAccessibleForFree / article:content_tier with a paywall prompt).
   * The plan block is removed either way; this lets the popup say "cut by a paywall".
   */
  paywalled: boolean;
}

/**
 * Why there is no story: no article on the page; a page too large or too deeply nested to
 * clean within the time budget; a document that is not a web page (PDF, plain text, XML,
 * SVG, an image); a frameset; or a failure the pipeline did not foresee.
 */
export type ExtractFailure = 'no-article' | 'too-large' | 'not-a-page' | 'frameset' | 'failed';

export type ExtractResult =
  | { ok: true; article: Article }
  | {
      ok: false;
      error: ExtractFailure;
      /** A plain sentence for the person. */
      message: string;
      /** For developers, when a step threw: which step, under which site rule, and why. */
      stage?: string;
      rule?: string | null;
      cause?: string;
    };
