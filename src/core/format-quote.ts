/** One quote with its citation: "quote" — Speaker, Outlet, date, URL. */
import type { Article, Quote } from './types';
import { formatDate } from './human-date';

export function toQuoteCitation(quote: Pick<Quote, 'text' | 'speaker'>, article: Article): string {
  // A comma that closed the quoted clause ("…," he said) belongs to the sentence around it,
  // not to a quote standing on its own.
  const text = quote.text.trim().replace(/[,;:]$/, '');
  const source = [quote.speaker, article.siteName, formatDate(article.published), article.url].filter(Boolean);
  return `"${text}" — ${source.join(', ')}`;
}
