/**
 * The reader overlay: a closed Shadow DOM on the page, styled through a constructable
 * stylesheet so neither the page's CSS nor a strict style-src CSP can reach it. Opening
 * appends one host element; closing removes it and puts focus and scroll back, so the
 * page's DOM is exactly as it was.
 */
import type { Article } from '../core/types';
import { renderSanitizedHTML } from '../shared/safe-html';
import { metaParts } from '../shared/display';
import overlayCss from './overlay.css?raw';

const HOST_TAG = 'declutter-reader';

export class Overlay {
  private host: HTMLElement | null = null;
  private restore: { scrollX: number; scrollY: number; focus: Element | null } | null = null;
  private readonly onKey = (event: KeyboardEvent) => this.handleKey(event);

  get isOpen(): boolean {
    return this.host !== null;
  }

  open(article: Article): void {
    if (this.host) return;
    this.restore = { scrollX: window.scrollX, scrollY: window.scrollY, focus: document.activeElement };
    const host = document.createElement(HOST_TAG);
    const root = host.attachShadow({ mode: 'closed' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(overlayCss);
    root.adoptedStyleSheets = [sheet];
    root.append(this.build(article));
    (document.body ?? document.documentElement).append(host);
    this.host = host;
    document.addEventListener('keydown', this.onKey, true);
    root.querySelector<HTMLElement>('[role="dialog"]')?.focus();
  }

  close(): void {
    if (!this.host) return;
    document.removeEventListener('keydown', this.onKey, true);
    this.host.remove();
    this.host = null;
    const restore = this.restore;
    this.restore = null;
    if (restore) {
      window.scrollTo(restore.scrollX, restore.scrollY);
      if (restore.focus instanceof HTMLElement) restore.focus.focus({ preventScroll: true });
    }
  }

  private handleKey(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.close();
    }
  }

  private build(article: Article): HTMLElement {
    const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string) => {
      const node = document.createElement(tag);
      if (cls) node.className = cls;
      if (text !== undefined) node.textContent = text;
      return node;
    };
    const backdrop = el('div', 'backdrop');
    const dialog = el('div', 'reader');
    dialog.setAttribute('role', 'dialog');
    dialog.setAttribute('aria-modal', 'true');
    dialog.setAttribute('aria-labelledby', 'declutter-title');
    dialog.tabIndex = -1;
    dialog.dir = article.dir ?? 'auto';
    if (article.lang) dialog.lang = article.lang;

    const bar = el('div', 'bar');
    bar.append(el('span', 'brand', 'Declutter'));
    const close = el('button', 'close', '×');
    close.type = 'button';
    close.setAttribute('aria-label', 'Close reader view');
    close.addEventListener('click', () => this.close());
    bar.append(close);

    const story = el('article', 'story');
    if (article.siteName) story.append(el('p', 'site', article.siteName));
    const title = el('h1', 'title', article.title);
    title.id = 'declutter-title';
    story.append(title, el('p', 'meta', metaParts(article).join(' · ')));
    const body = el('div', 'body');
    renderSanitizedHTML(body, article.content, article.url);
    story.append(body);

    dialog.append(bar, story);
    backdrop.append(dialog);
    return backdrop;
  }
}
