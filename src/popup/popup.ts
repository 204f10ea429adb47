/**
 * The popup: asks the content script in the active tab for the cleaned story and shows it,
 * with the ways to read it (the overlay), copy it and save it. Every failure ends as a plain
 * sentence on screen and a logged error for developers.
 *
 * This entry holds only what the request needs, so the page starts working as soon as the
 * popup's first script runs; the story view (story.ts: copy, Markdown, save, settings) loads
 * meanwhile. The story is drawn before its quotes are found (a second request brings them);
 * the marks (declutter:boot, :ask, :answer, :shown, :quotes) let the benchmark say where a
 * click's time goes. The page is busy (aria-busy) until the quotes are in.
 */
import browser from '../shared/browser';
import { accessMessages, fileAccessMessage, offLimitsMessage, pageAccess } from '../shared/restricted';
import { requestInTab, TimeoutError } from '../shared/inject';
import { applySettings, loadSettings } from '../shared/settings';
import { renderMessage } from './view';

performance.mark('declutter:boot');

const app = document.getElementById('app') as HTMLElement;
const dark = window.matchMedia('(prefers-color-scheme: dark)');

function show(message: string): void {
  renderMessage(app, message);
  app.setAttribute('aria-busy', 'false');
}

async function main(): Promise<void> {
  // The story view loads while the page works (unused when the page gives no story).
  const story = import('./story');
  story.catch(() => undefined); // a failed load is reported where it is awaited
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
    performance.mark('declutter:ask');
    // The story comes first; its quotes follow on a second request.
    result = await requestInTab(tab.id, { type: 'extract', quotesLater: true });
    performance.mark('declutter:answer');
  } catch (error) {
    console.error('[Declutter] popup: extract request failed', error);
    if (error instanceof TimeoutError) return show('This page took too long to answer. Try again once it has finished loading.');
    return show(tab.url?.startsWith('file:') ? fileAccessMessage : offLimitsMessage);
  }
  if (!result.ok) return show(result.error === 'no-article' ? 'No article found on this page.' : result.message);
  const quotes = requestInTab(tab.id, { type: 'quotes' }).then(
    (answer) => ('quotes' in answer ? answer.quotes : null),
    (error: unknown) => {
      console.error('[Declutter] popup: quotes request failed', error);
      return null;
    },
  );
  const { showArticle } = await story;
  const shown = showArticle(app, tab.id, result.article, await settings, dark, quotes);
  performance.mark('declutter:shown');
  await shown.quotesShown;
  app.setAttribute('aria-busy', 'false');
  performance.mark('declutter:quotes');
}

main().catch((error: unknown) => {
  console.error('[Declutter] popup failed', error);
  show('Something went wrong while reading this page.');
});
