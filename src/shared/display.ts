/** Small pure helpers shared by the popup and the overlay to present an article's metadata. */
import type { Article } from '../core/types';
import { formatDate } from '../core/human-date';

export { formatDate };

export function readingTime(article: Pick<Article, 'readingMinutes'>): string {
  return `${article.readingMinutes} min read`;
}

/** The parts of the line under the headline, in reading order, empty ones left out. */
export function metaParts(article: Article): string[] {
  const parts = [
    article.byline ? `By ${article.byline.replace(/^by\s+/i, '')}` : null,
    formatDate(article.published),
    readingTime(article),
  ];
  return parts.filter((p): p is string => Boolean(p));
}

/** A file name for a saved story: the headline in lower-case words, no odd characters. */
export function fileName(article: Pick<Article, 'title'>, extension: string): string {
  const slug = article.title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${slug || 'story'}.${extension}`;
}

/** Said above a story the site cut short for non-subscribers. */
export const paywallNotice = 'Only the part of this story the site shows for free is here: the rest is behind its paywall.';
