/**
 * The story as one HTML fragment for the clipboard's text/html and for "Save as HTML": a
 * headline, a line of metadata and the sanitized body. Metadata is escaped here; the body
 * is the core's DOMPurify output.
 */
import type { Article } from './types';

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => escapes[c]!);

export function metaLine(article: Article): string {
  return [article.byline, article.siteName, article.published?.slice(0, 10)].filter(Boolean).join(' · ');
}

/** `<article>` with the headline, the metadata and source link, then the body. */
export function toHtmlFragment(article: Article): string {
  const meta = metaLine(article);
  const link = `<a href="${escapeHtml(article.url)}">${escapeHtml(article.url)}</a>`;
  return [
    `<article lang="${escapeHtml(article.lang ?? '')}" dir="${article.dir ?? 'auto'}">`,
    `<h1>${escapeHtml(article.title)}</h1>`,
    `<p>${meta ? `${escapeHtml(meta)}<br>` : ''}${link}</p>`,
    article.content,
    '</article>',
  ].join('\n');
}

/** A complete, self-contained HTML file of the story (no scripts, no remote styles). */
export function toHtmlDocument(article: Article): string {
  return `<!doctype html>
<html lang="${escapeHtml(article.lang ?? 'en')}" dir="${article.dir ?? 'auto'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>${escapeHtml(article.title)}</title>
<style>body{max-width:38em;margin:2em auto;padding:0 1em;font:18px/1.6 Georgia,serif;color:#1d1d1b}img{max-width:100%;height:auto}</style>
</head>
<body>
${toHtmlFragment(article)}
</body>
</html>
`;
}
