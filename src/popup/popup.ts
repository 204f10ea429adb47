/**
 * The popup: asks the content script in the active tab for the cleaned story and shows it,
 * with the ways to read it (the overlay), copy it and save it. Every failure ends as a plain
 * sentence on screen and a logged error for developers.
 */
import browser from '../shared/browser';
import { accessMessages, fileAccessMessage, offLimitsMessage, pageAccess } from '../shared/restricted';
import { requestInTab, TimeoutError } from '../shared/inject';
import { writeClipboard } from '../shared/clipboard';
import { copyActions } from '../shared/copy-actions';
import { applySettings, loadSettings, saveSettings, type Settings } from '../shared/settings';
import { settingsForm } from '../shared/settings-form';
import { fileName } from '../shared/display';
import { toMarkdown } from '../core/format';
import { toHtmlDocument } from '../core/format-html';
import { toQuoteCitation } from '../core/format-quote';
import type { Article } from '../core/types';
import { renderArticle, renderMessage } from './view';
import { saveFile } from './save';

const app = document.getElementById('app') as HTMLElement;
const dark = window.matchMedia('(prefers-color-scheme: dark)');

function show(message: string): void {
  renderMessage(app, message);
  app.setAttribute('aria-busy', 'false');
}

function settingsPanel(settings: Settings): HTMLElement {
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

async function showArticle(tabId: number, article: Article, settings: Settings): Promise<void> {
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
  renderArticle(app, article, {
    readerView: () => openOverlay(),
    groups: [
      { title: 'Copy', items: copies },
      { title: 'Save', items: saves },
    ],
    copyQuote: async (quote) =>
      (await writeClipboard({ text: toQuoteCitation(quote, article) })) ? 'Copied the quote with its citation.' : 'Copying failed.',
    showQuote: (index) => openOverlay(index),
    settingsPanel: settingsPanel(settings),
  });
}

async function main(): Promise<void> {
  // Settings and the page's answer are fetched side by side: the story waits for neither.
  const settings = loadSettings().then((s) => {
    applySettings(document.documentElement, s, dark.matches);
    return s;
  });
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const access = pageAccess(tab?.url);
  if (!access.ok) return show(accessMessages[access.reason]);
  if (tab?.id === undefined) return show(offLimitsMessage);
  let result;
  try {
    result = await requestInTab(tab.id, { type: 'extract' });
  } catch (error) {
    console.error('[Declutter] popup: extract request failed', error);
    if (error instanceof TimeoutError) return show('This page took too long to answer. Try again once it has finished loading.');
    return show(tab.url?.startsWith('file:') ? fileAccessMessage : offLimitsMessage);
  }
  if (!result.ok) return show(result.error === 'no-article' ? 'No article found on this page.' : result.message);
  await showArticle(tab.id, result.article, await settings);
  app.setAttribute('aria-busy', 'false');
}

main().catch((error: unknown) => {
  console.error('[Declutter] popup failed', error);
  show('Something went wrong while reading this page.');
});
