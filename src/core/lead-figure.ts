import { countWords, normalize } from './text.ts';

/**
 * Readability scores paragraphs and keeps the best container with its scoring siblings; a
 * story's lead picture often sits just outside that container (a <figure> between the
 * headline block and the body div) and is dropped, more so once the clutter around it has
 * gone. Before Readability runs, note the article's first pictured <figure> that comes before
 * its first prose paragraph; after it, put that figure back at the top when the story came
 * back without any picture and starts with that paragraph. Only a <figure> with an <img>, only
 * inside an <article>, only ahead of the story's own text: a rail's card picture is none of
 * these. Pure DOM work on the clone, no layout.
 */
export interface LeadFigure {
  html: string;
  /** The first words of the prose paragraph the figure stood above. */
  lead: string;
}

const PROSE_WORDS = 20;

export function findLeadFigure(root: Element): LeadFigure | null {
  const article = root.querySelector('article');
  if (!article) return null;
  const figure = article.querySelector('figure');
  if (!figure?.querySelector('img')) return null;
  for (const p of Array.from(article.querySelectorAll('p'))) {
    if (figure.contains(p)) continue;
    const text = normalize(p.textContent ?? '');
    if (countWords(text) < PROSE_WORDS) continue;
    // The figure must come first: DOCUMENT_POSITION_FOLLOWING (4) from the figure to the paragraph.
    if (!(figure.compareDocumentPosition(p) & 4)) return null;
    return { html: figure.outerHTML, lead: text.slice(0, 80) };
  }
  return null;
}

/** Whether Readability's story lost the lead figure: no picture, and it holds the paragraph the figure led. */
export function lostLeadFigure(figure: LeadFigure | null, content: string, textContent: string): figure is LeadFigure {
  return !!figure && !/<img\b/i.test(content) && normalize(textContent).includes(figure.lead);
}

/** The figure put back (first in the sanitized story) moves to just above the paragraph it led. */
export function placeLeadFigure(frag: DocumentFragment, figure: LeadFigure): void {
  const put = frag.querySelector('figure');
  if (!put) return;
  for (const p of Array.from(frag.querySelectorAll('p'))) {
    if (!normalize(p.textContent ?? '').startsWith(figure.lead)) continue;
    p.before(put);
    return;
  }
}
