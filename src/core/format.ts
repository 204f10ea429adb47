/**
 * Plain-text and Markdown copies of an article. Shared by the popup, the overlay, the
 * shortcut and the CLI, so every route produces the very same bytes. No Node-only imports:
 * this is bundled into the extension.
 *
 * Text hygiene in both: paragraphs one blank line apart, no soft hyphens or zero-width
 * characters, non-breaking spaces as plain spaces, no doubled spaces; quotation marks and
 * dashes stay as the page had them.
 */
import TurndownService from 'turndown';
import type { Article } from './types.ts';
import { formatDate } from './human-date.ts';
import { stripInvisible } from './text.ts';

/** One line of prose: invisible characters out, NBSP and whitespace runs to one space. */
export function cleanLine(s: string): string {
  return stripInvisible(s).replace(/[\s\u00A0]+/g, ' ').trim();
}

function headerLines(a: Article): string[] {
  return [a.byline, a.siteName, formatDate(a.published), a.url]
    .map((v) => (v ? cleanLine(v) : ''))
    .filter(Boolean);
}

/**
 * Headline, then byline / outlet / date / URL lines (missing ones skipped), a blank line,
 * and the paragraphs separated by blank lines. Ends with a single newline.
 */
export function toPlainText(article: Article): string {
  const head = [cleanLine(article.title), ...headerLines(article)].join('\n');
  const body = article.paragraphs.map(cleanLine).filter(Boolean).join('\n\n');
  return `${head}\n\n${body}\n`;
}

function turndown(): TurndownService {
  const td = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '*' });
  // An image becomes its alt text (a reader pastes words, not remote pictures); its
  // caption follows as a line of its own.
  td.addRule('image-as-text', {
    filter: 'img',
    replacement: (_content, node) => {
      const alt = cleanLine((node as Element).getAttribute('alt') ?? '');
      return alt ? `[Image: ${alt}]` : '';
    },
  });
  td.addRule('figure', {
    filter: 'figure',
    replacement: (content) => `\n\n${content.trim().replace(/\n{2,}/g, '\n')}\n\n`,
  });
  td.addRule('caption', {
    filter: 'figcaption',
    replacement: (content) => (content.trim() ? `\n*${content.trim()}*\n` : ''),
  });
  return td;
}

/** Collapses doubled spaces inside lines, keeping indentation and Markdown's two-space line breaks. */
function tidyMarkdown(md: string): string {
  return stripInvisible(md)
    .replace(/\u00A0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/(\S) {2,}(?=\S)/g, '$1 ').replace(/\s+$/, (trail) => (trail === '  ' ? trail : '')))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Markdown: "# headline", a line "By byline · outlet · date", the URL, then the body via
 * turndown with absolute links. Pass the source document (any document with a window) to
 * parse the HTML with its DOMParser; without one turndown parses the string itself.
 */
export function toMarkdown(article: Article, doc?: Document): string {
  const view = doc?.defaultView as (Window & { DOMParser: typeof DOMParser }) | null | undefined;
  const input: string | HTMLElement = view?.DOMParser
    ? new view.DOMParser().parseFromString(article.content, 'text/html').body
    : article.content;
  const byline = article.byline ? `By ${cleanLine(article.byline).replace(/^by\s+/i, '')}` : null;
  const meta = [byline, article.siteName, formatDate(article.published)].filter(Boolean).map((v) => cleanLine(v!)).join(' · ');
  const head = [`# ${cleanLine(article.title)}`, [meta, `<${article.url}>`].filter(Boolean).join('  \n')].join('\n\n');
  return `${tidyMarkdown(`${head}\n\n${turndown().turndown(input)}`)}\n`;
}
