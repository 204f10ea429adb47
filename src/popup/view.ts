/**
 * Builds the popup's screens from plain data. Text only: the popup never renders page HTML,
 * so nothing here needs sanitizing.
 */
import type { Article } from '../core/types';
import { metaParts } from '../shared/display';

type Action = () => Promise<string | null>;
export interface Actions {
  readerView: Action;
  copyText: Action;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function renderMessage(root: HTMLElement, message: string): void {
  const box = el('div', 'message');
  box.append(el('p', 'message-text', message));
  root.replaceChildren(box);
}

function button(label: string, primary: boolean, run: Action, status: HTMLElement): HTMLButtonElement {
  const b = el('button', primary ? 'btn primary' : 'btn', label);
  b.type = 'button';
  b.addEventListener('click', async () => {
    b.disabled = true;
    try {
      const said = await run();
      if (said) status.textContent = said;
    } finally {
      b.disabled = false;
    }
  });
  return b;
}

function quotesSection(article: Article): HTMLElement {
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
  for (const quote of article.quotes) {
    const item = el('li', 'quote');
    item.append(el('blockquote', 'quote-text', `“${quote.text}”`));
    item.append(el('p', 'quote-speaker', quote.speaker ? `— ${quote.speaker}` : '— Unattributed'));
    list.append(item);
  }
  section.append(list);
  return section;
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

export function renderArticle(root: HTMLElement, article: Article, actions: Actions): void {
  const header = el('header', 'head');
  if (article.siteName) header.append(el('p', 'site', article.siteName));
  header.append(el('h1', 'title', article.title));
  header.append(el('p', 'meta', metaParts(article).join(' · ')));

  const status = el('p', 'status-line');
  status.setAttribute('role', 'status');
  const bar = el('div', 'actions');
  bar.append(
    button('Reader view', true, actions.readerView, status),
    button('Copy text', false, actions.copyText, status),
  );

  const body = el('section', 'body');
  body.setAttribute('aria-label', 'Story');
  body.dir = article.dir ?? 'auto';
  if (article.lang) body.lang = article.lang;
  for (const text of article.paragraphs) body.append(el('p', undefined, text));

  const parts: HTMLElement[] = [header, bar, status, quotesSection(article), body];
  const removed = removedSection(article);
  if (removed) parts.push(removed);
  root.replaceChildren(...parts);
}
