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
}

export type ExtractFailure = 'no-article';

export type ExtractResult =
  | { ok: true; article: Article }
  | { ok: false; error: ExtractFailure; message: string };
