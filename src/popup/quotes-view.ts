/** The "Key quotes" list: each quote with its speaker, a copy button and a way to it in the overlay. */
import type { Article, Quote } from '../core/types';
import { actionButton, el, type Action } from './dom';

export interface QuoteActions {
  copyQuote(quote: Quote): Promise<string | null>;
  showQuote(index: number): Promise<string | null>;
}

export function quotesSection(article: Article, actions: QuoteActions, status: HTMLElement): HTMLElement {
  const section = el('section', 'quotes');
  const heading = el('h2', 'section-title', 'Key quotes');
  heading.id = 'key-quotes-title';
  section.append(heading);
  if (article.quotes.length === 0) {
    section.append(el('p', 'empty', 'No direct quotations in this story.'));
    return section;
  }
  const list = el('ul', 'quote-list');
  list.setAttribute('aria-label', 'Key quotes');
  article.quotes.forEach((quote, index) => {
    const item = el('li', 'quote');
    item.append(el('blockquote', 'quote-text', `“${quote.text}”`));
    const foot = el('div', 'quote-foot');
    foot.append(el('p', 'quote-speaker', quote.speaker ? `— ${quote.speaker}` : '— Unattributed'));
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
  return section;
}
