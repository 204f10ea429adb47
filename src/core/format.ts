/**
 * Plain-text and Markdown copies of an article. Shared by the popup ("Copy text") and the
 * CLI, so both produce the very same output. No Node-only imports: this is bundled.
 */
import TurndownService from 'turndown';
import type { Article } from './types.ts';

/** Header lines present in the article, in order: byline, outlet, date (ISO as given), URL. */
function headerLines(a: Article): string[] {
  return [a.byline, a.siteName, a.published, a.url].filter((v): v is string => !!v && v.trim() !== '');
}

/**
 * Headline, then byline / outlet / date / URL lines (missing ones skipped), a blank line,
 * and the paragraphs separated by blank lines. Ends with a single newline.
 */
export function toPlainText(article: Article): string {
  return `${[article.title, ...headerLines(article)].join('\n')}\n\n${article.paragraphs.join('\n\n')}\n`;
}

/**
 * Markdown: "# title", then "byline · outlet · date", the URL, and the body via turndown.
 * Pass the source document (any document with a window) to parse the HTML with its own
 * DOMParser; without one, turndown parses the string itself (domino in Node, DOMParser in a browser).
 */
export function toMarkdown(article: Article, doc?: Document): string {
  const td = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-' });
  const view = doc?.defaultView as (Window & { DOMParser: typeof DOMParser }) | null | undefined;
  const input: string | HTMLElement = view?.DOMParser
    ? new view.DOMParser().parseFromString(article.content, 'text/html').body
    : article.content;
  const meta = [article.byline, article.siteName, article.published].filter(Boolean).join(' · ');
  const head = [`# ${article.title}`, meta, article.url].filter(Boolean).join('\n\n');
  return `${head}\n\n${td.turndown(input).trim()}\n`;
}
