/** The "Key quotes" list: each quote with its speaker, a copy button and a way to it in the overlay. */
import type { Article, Quote } from '../core/types';
import { actionButton, el, type Action } from './dom';

/** How many key quotes show before "Show all"; six or fewer all show. */
const SHOWN = 5;

export interface QuoteActions {
  copyQuote(quote: Quote): Promise<string | null>;
  showQuote(index: number): Promise<string | null>;
}

/**
 * `state`: 'pending' while the page is still finding the quotes (the story shows first),
 * 'failed' when it could not, 'found' once article.quotes holds them.
 */
export function quotesSection(article: Article, actions: QuoteActions, status: HTMLElement, state: 'pending' | 'failed' | 'found' = 'found'): HTMLElement {
  const section = el('section', 'quotes');
  const heading = el('h2', 'section-title', 'Key quotes');
  heading.id = 'key-quotes-title';
  section.append(heading);
  if (state === 'pending') {
    section.setAttribute('aria-busy', 'true');
    section.append(el('p', 'empty', 'Finding the quotes…'));
    return section;
  }
  if (state === 'failed') {
    section.append(el('p', 'empty', 'The quotes could not be read on this page.'));
    return section;
  }
  if (article.quotes.length === 0) {
    section.append(el('p', 'empty', 'No direct quotations in this story.'));
    return section;
  }
  const list = el('ul', 'quote-list');
  list.setAttribute('aria-label', 'Key quotes');
  // Most informative first (rank 1); the index stays the quote's place in the story, which
  // is what the overlay marks and scrolls to.
  const ranked = article.quotes.map((quote, index) => ({ quote, index })).sort((a, b) => a.quote.rank - b.quote.rank);
  ranked.forEach(({ quote, index }, position) => {
    const item = el('li', 'quote');
    if (position >= SHOWN && ranked.length > SHOWN + 1) item.hidden = true;
    item.append(el('blockquote', 'quote-text', `“${quote.text}”`));
    const foot = el('div', 'quote-foot');
    const who = el('p', 'quote-speaker', quote.speaker ? `— ${quote.speaker}` : '— Unattributed');
    if (quote.role && quote.speaker && !quote.speaker.includes(quote.role)) who.append(el('span', 'quote-role', `, ${quote.role}`));
    foot.append(who);
    const copy: Action = () => actions.copyQuote(quote);
    const show: Action = () => actions.showQuote(index);
    foot.append(
      actionButton('Show in reader view', 'link-btn', show, status, 'Show'),
      actionButton('Copy quote', 'link-btn', copy, status, 'Copy'),
    );
    item.append(foot);
    list.append(item);
  });
  section.append(list);
  const hidden = list.querySelectorAll('li[hidden]').length;
  if (hidden > 0) {
    const more = el('button', 'link-btn more', `Show all ${ranked.length} quotes`);
    more.type = 'button';
    more.addEventListener('click', () => {
      for (const item of list.querySelectorAll<HTMLElement>('li[hidden]')) item.hidden = false;
      more.remove();
    });
    section.append(more);
  }
  return section;
}
