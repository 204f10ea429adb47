/**
 * The reader overlay: a closed Shadow DOM on the page, styled through constructable
 * stylesheets so neither the page's CSS nor a strict style-src CSP can reach it. Opening
 * appends one host element (and a print-only adopted sheet); closing removes both and puts
 * focus and scroll back, so the page is exactly as it was.
 */
import type { Article } from '../core/types';
import { applySettings, loadSettings, onSettingsChanged, saveSettings, type Settings } from '../shared/settings';
import { writeClipboard } from '../shared/clipboard';
import { buildOverlay, type OverlayView } from './overlay-view';
import { trapTab } from './focus-trap';
import { markQuotes } from './mark-quotes';
import { addPrintSheet, removePrintSheet } from './print';
import overlayCss from './overlay.css?raw';
import themeCss from '../shared/theme.css?raw';
import formCss from '../shared/settings-form.css?raw';

const HOST_TAG = 'declutter-reader';
let sheets: CSSStyleSheet[] | null = null;

function styleSheets(): CSSStyleSheet[] {
  sheets ??= [themeCss, formCss, overlayCss].map((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    return sheet;
  });
  return sheets;
}

/**
 * Closes the overlay when the page moves to another document or, in a single-page app, to
 * another URL: the story shown would no longer be the page's. Hash-only changes (in-page
 * anchors) do not count. The Navigation API reports SPA moves where it exists; a light poll
 * of the URL covers the rest.
 */
function watchNavigation(onLeave: () => void): () => void {
  const withoutHash = (href: string) => href.split('#')[0];
  const start = withoutHash(location.href);
  const check = () => {
    if (withoutHash(location.href) !== start) onLeave();
  };
  const timer = window.setInterval(check, 400);
  window.addEventListener('popstate', check);
  window.addEventListener('pagehide', onLeave);
  const nav = (window as unknown as { navigation?: EventTarget }).navigation;
  const onNavigate = (event: Event) => {
    const to = (event as Event & { destination?: { url?: string } }).destination?.url;
    if (!to || withoutHash(to) !== start) onLeave();
  };
  nav?.addEventListener('navigate', onNavigate);
  return () => {
    window.clearInterval(timer);
    window.removeEventListener('popstate', check);
    window.removeEventListener('pagehide', onLeave);
    nav?.removeEventListener('navigate', onNavigate);
  };
}

export class Overlay {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private view: OverlayView | null = null;
  private marks = new Map<number, HTMLElement>();
  private restore: { scrollX: number; scrollY: number; focus: Element | null } | null = null;
  private unsubscribe: (() => void) | null = null;
  private readonly dark = window.matchMedia('(prefers-color-scheme: dark)');
  private settings: Settings | null = null;
  private readonly onKey = (event: KeyboardEvent) => this.handleKey(event);
  private readonly onScheme = () => this.applySettings();
  private stopWatching: (() => void) | null = null;

  get isOpen(): boolean {
    return this.host !== null;
  }

  async open(article: Article, quote?: number): Promise<void> {
    if (!this.host) await this.mount(article);
    if (quote !== undefined) this.showQuote(quote);
  }

  close(): void {
    if (!this.host) return;
    window.removeEventListener('keydown', this.onKey, true);
    this.dark.removeEventListener('change', this.onScheme);
    this.unsubscribe?.();
    this.stopWatching?.();
    this.stopWatching = null;
    this.host.remove();
    removePrintSheet();
    this.host = this.root = this.view = this.unsubscribe = null;
    this.marks.clear();
    const restore = this.restore;
    this.restore = null;
    if (restore) {
      window.scrollTo(restore.scrollX, restore.scrollY);
      if (restore.focus instanceof HTMLElement) restore.focus.focus({ preventScroll: true });
    }
  }

  private async mount(article: Article): Promise<void> {
    this.restore = { scrollX: window.scrollX, scrollY: window.scrollY, focus: document.activeElement };
    this.settings = await loadSettings();
    if (this.host) return; // opened meanwhile by another request
    const host = document.createElement(HOST_TAG);
    const root = host.attachShadow({ mode: 'closed' });
    root.adoptedStyleSheets = styleSheets();
    const view = buildOverlay(article, this.settings, {
      close: () => this.close(),
      copy: async (action) => ((await writeClipboard(action.content(article))) ? action.done : 'Copying failed.'),
      settingsChanged: (next) => {
        this.settings = next;
        this.applySettings();
        saveSettings(next).catch((error: unknown) => console.error('[Declutter] settings not saved', error));
      },
    });
    root.append(view.backdrop);
    this.marks = markQuotes(view.body, article.quotes);
    this.host = host;
    this.root = root;
    this.view = view;
    this.applySettings();
    (document.body ?? document.documentElement).append(host);
    addPrintSheet();
    window.addEventListener('keydown', this.onKey, true);
    this.dark.addEventListener('change', this.onScheme);
    this.unsubscribe = onSettingsChanged((next) => {
      this.settings = next;
      this.applySettings();
    });
    this.stopWatching = watchNavigation(() => this.close());
    view.dialog.focus({ preventScroll: true });
  }

  private applySettings(): void {
    if (this.view && this.settings) applySettings(this.view.backdrop, this.settings, this.dark.matches);
  }

  private showQuote(index: number): void {
    const mark = this.marks.get(index);
    if (!mark) return;
    for (const m of this.marks.values()) m.classList.remove('current');
    mark.classList.add('current');
    mark.scrollIntoView({ block: 'center' });
  }

  private handleKey(event: KeyboardEvent): void {
    // While the person reads, their keys are theirs: the page's own shortcuts stay quiet.
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      this.close();
    } else if (event.key === 'Tab' && this.root && this.view) {
      trapTab(event, this.root, this.view.dialog);
    }
  }
}
