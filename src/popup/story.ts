/**
 * The popup's story view and its actions (reader view, copy, save, quotes, settings). Loaded
 * by popup.ts while the page is still answering, so none of it delays the request.
 */
import { writeClipboard } from '../shared/clipboard';
import { copyActions } from '../shared/copy-actions';
import { applySettings, saveSettings, type Settings } from '../shared/settings';
import { settingsForm } from '../shared/settings-form';
import { fileName } from '../shared/display';
import { requestInTab } from '../shared/inject';
import { toMarkdown } from '../core/format';
import { toHtmlDocument } from '../core/format-html';
import { toQuoteCitation } from '../core/format-quote';
import type { Article, Quote } from '../core/types';
import { renderArticle } from './view';
import { saveFile } from './save';

function settingsPanel(settings: Settings, dark: MediaQueryList): HTMLElement {
  const panel = document.createElement('div');
  panel.className = 'settings-panel';
  panel.append(
    settingsForm(settings, (next) => {
      applySettings(document.documentElement, next, dark.matches);
      saveSettings(next).catch((error: unknown) => console.error('[Declutter] settings not saved', error));
    }),
  );
  return panel;
}

/**
 * Draws the story, then its quotes once `quotes` settles (null: the page could not find
 * them). Resolves when the story is drawn; `quotesShown` when the quotes are.
 */
export function showArticle(
  app: HTMLElement,
  tabId: number,
  article: Article,
  settings: Settings,
  dark: MediaQueryList,
  quotes: Promise<Quote[] | null>,
): { quotesShown: Promise<void> } {
  const openOverlay = async (quote?: number) => {
    try {
      const answer = await requestInTab(tabId, { type: 'overlay-open', quote });
      if ('open' in answer) {
        window.close();
        return null;
      }
      return answer.ok ? null : answer.message;
    } catch (error) {
      console.error('[Declutter] popup: overlay failed', error);
      return 'The reader view could not open on this page.';
    }
  };
  const copies = copyActions.map((action) => ({
    label: action.label,
    text: action.short,
    run: async () => ((await writeClipboard(action.content(article))) ? action.done : 'Copying failed.'),
  }));
  const saves = [
    { label: 'Save as Markdown', text: 'Markdown', run: async () => saveFile(fileName(article, 'md'), toMarkdown(article, document), 'text/markdown') },
    { label: 'Save as HTML', text: 'HTML', run: async () => saveFile(fileName(article, 'html'), toHtmlDocument(article), 'text/html') },
  ];
  const view = renderArticle(app, article, {
    readerView: () => openOverlay(),
    groups: [
      { title: 'Copy', items: copies },
      { title: 'Save', items: saves },
    ],
    copyQuote: async (quote) =>
      (await writeClipboard({ text: toQuoteCitation(quote, article) })) ? 'Copied the quote with its citation.' : 'Copying failed.',
    showQuote: (index) => openOverlay(index),
    settingsPanel: settingsPanel(settings, dark),
  }, true);
  return { quotesShown: quotes.then((found) => view.showQuotes(found)) };
}
