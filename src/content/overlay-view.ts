/**
 * Builds the overlay's DOM from plain data: a toolbar (copy actions, reading settings,
 * close), the settings panel, and the story. Page HTML enters only through safe-html.
 */
import type { Article } from '../core/types';
import type { Settings } from '../shared/settings';
import { settingsForm } from '../shared/settings-form';
import { renderSanitizedHTML } from '../shared/safe-html';
import { metaLine } from '../shared/meta-line';
import { paywallNotice } from '../shared/display';
import { copyActions, type CopyAction } from '../shared/copy-actions';

export interface ViewHandlers {
  close(): void;
  copy(action: CopyAction): Promise<string>;
  settingsChanged(settings: Settings): void;
}

export interface OverlayView {
  backdrop: HTMLElement;
  dialog: HTMLElement;
  body: HTMLElement;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  if (text !== undefined) node.textContent = text;
  return node;
}

function toolButton(label: string, text: string, onClick: (b: HTMLButtonElement) => void): HTMLButtonElement {
  const b = el('button', 'tool', text);
  b.type = 'button';
  b.setAttribute('aria-label', label);
  b.addEventListener('click', () => onClick(b));
  return b;
}

export function buildOverlay(article: Article, settings: Settings, on: ViewHandlers): OverlayView {
  const backdrop = el('div', 'backdrop');
  const dialog = el('div', 'reader');
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-modal', 'true');
  dialog.setAttribute('aria-labelledby', 'declutter-title');
  dialog.tabIndex = -1;

  const status = el('p', 'status');
  status.setAttribute('role', 'status');
  const tools = el('div', 'tools');
  for (const action of copyActions) {
    tools.append(
      toolButton(action.label, action.label, async () => {
        status.textContent = await on.copy(action);
      }),
    );
  }
  const panel = el('div', 'panel');
  panel.id = 'declutter-settings';
  panel.hidden = true;
  panel.append(settingsForm(settings, (next) => on.settingsChanged(next)));
  const settingsButton = toolButton('Reading settings', 'Aa', (b) => {
    panel.hidden = !panel.hidden;
    b.setAttribute('aria-expanded', String(!panel.hidden));
  });
  settingsButton.setAttribute('aria-expanded', 'false');
  settingsButton.setAttribute('aria-controls', panel.id);
  const close = toolButton('Close reader view', '×', () => on.close());
  close.classList.add('close');
  tools.append(settingsButton, close);

  const bar = el('div', 'bar');
  const brand = el('span', 'brand', 'Declutter');
  brand.setAttribute('aria-hidden', 'true');
  bar.append(brand, tools);

  const story = el('article', 'story');
  story.dir = article.dir ?? 'auto';
  if (article.lang) story.lang = article.lang;
  if (article.siteName) story.append(el('p', 'site', article.siteName));
  const title = el('h1', 'title', article.title);
  title.id = 'declutter-title';
  story.append(title, metaLine(article));
  if (article.paywalled) story.append(el('p', 'notice', paywallNotice));
  const body = el('div', 'body');
  renderSanitizedHTML(body, article.content, article.url);
  story.append(body);

  dialog.append(bar, panel, status, story);
  backdrop.append(dialog);
  return { backdrop, dialog, body };
}
