/**
 * Builds the popup's screens from plain data. Text only: the popup never renders page HTML,
 * so nothing here needs sanitizing.
 */
import type { Article, Quote } from '../core/types';
import { metaLine } from '../shared/meta-line';
import { paywallNotice } from '../shared/display';
import { quotesSection, type QuoteActions } from './quotes-view';
import { actionButton, el, type Action } from './dom';

export { renderMessage } from './dom';

export interface Actions extends QuoteActions {
  readerView: Action;
  /** Rows of buttons under a short title ("Copy", "Save"); `label` is the accessible name. */
  groups: Array<{ title: string; items: Array<{ label: string; text: string; run: Action }> }>;
  /** The reading-settings form, shown and hidden by the "Aa" button. */
  settingsPanel: HTMLElement;
}

function removedSection(article: Article): HTMLElement | null {
  if (article.removed.length === 0) return null;
  const details = el('details', 'removed');
  const n = article.removed.length;
  details.append(el('summary', undefined, `${n} block${n === 1 ? '' : 's'} removed`));
  const list = el('ul');
  for (const r of article.removed) {
    const item = el('li');
    item.append(el('span', 'rule', r.rule), document.createTextNode(` ${r.text}`));
    list.append(item);
  }
  details.append(list);
  return details;
}

/** What can change once the story is on screen. */
export interface ArticleView {
  /** Shows the quotes the page found (null: it could not), in place of "Finding the quotes…". */
  showQuotes(quotes: Quote[] | null): void;
}

/** `quotesPending`: the story came before its quotes; showQuotes() brings them. */
export function renderArticle(root: HTMLElement, article: Article, actions: Actions, quotesPending = false): ArticleView {
  const status = el('p', 'status-line');
  status.setAttribute('role', 'status');

  const header = el('header', 'head');
  const top = el('div', 'top');
  top.append(el('p', 'site', article.siteName ?? new URL(article.url).hostname));
  const panel = actions.settingsPanel;
  panel.id = 'reading-settings';
  panel.hidden = true;
  const toggle = actionButton('Reading settings', 'icon-btn', async () => {
    panel.hidden = !panel.hidden;
    toggle.setAttribute('aria-expanded', String(!panel.hidden));
    return null;
  }, status, 'Aa');
  toggle.setAttribute('aria-expanded', 'false');
  toggle.setAttribute('aria-controls', panel.id);
  top.append(toggle);
  header.append(top, panel, el('h1', 'title', article.title), metaLine(article));

  const bar = el('div', 'actions');
  bar.append(actionButton('Reader view', 'btn primary', actions.readerView, status));
  for (const group of actions.groups) {
    const row = el('div', 'action-row');
    row.setAttribute('role', 'group');
    row.setAttribute('aria-label', group.title);
    row.append(el('span', 'action-title', group.title));
    for (const { label, text, run } of group.items) row.append(actionButton(label, 'btn', run, status, text));
    bar.append(row);
  }

  const body = el('section', 'body');
  body.setAttribute('aria-label', 'Story');
  body.dir = article.dir ?? 'auto';
  if (article.lang) body.lang = article.lang;
  for (const text of article.paragraphs) body.append(el('p', undefined, text));

  const parts: HTMLElement[] = [header, bar, status];
  if (article.paywalled) parts.push(el('p', 'notice', paywallNotice));
  let quotes = quotesSection(article, actions, status, quotesPending ? 'pending' : 'found');
  parts.push(quotes, body);
  const removed = removedSection(article);
  if (removed) parts.push(removed);
  root.replaceChildren(...parts);
  return {
    showQuotes(found) {
      if (found) article.quotes = found;
      const next = quotesSection(article, actions, status, found ? 'found' : 'failed');
      quotes.replaceWith(next);
      quotes = next;
    },
  };
}
