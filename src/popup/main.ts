/**
 * The popup: asks the content script in the active tab for the cleaned story and shows it.
 * Every failure ends as a plain sentence on screen (and a logged error for developers).
 */
import browser from '../shared/browser';
import { accessMessages, offLimitsMessage, pageAccess } from '../shared/restricted';
import { requestInTab, TimeoutError } from '../shared/inject';
import { renderArticle, renderMessage } from './view';
import { copyText } from './clipboard';
import { toPlainText } from '../core/format';
import type { Article } from '../core/types';

const app = document.getElementById('app') as HTMLElement;

function show(message: string): void {
  renderMessage(app, message);
  app.setAttribute('aria-busy', 'false');
}

async function main(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const access = pageAccess(tab?.url);
  if (!access.ok) {
    show(accessMessages[access.reason]);
    return;
  }
  if (tab?.id === undefined) {
    show(offLimitsMessage);
    return;
  }
  const tabId = tab.id;
  let result;
  try {
    result = await requestInTab(tabId, { type: 'extract' });
  } catch (error) {
    console.error('[Declutter] popup: extract request failed', error);
    show(
      error instanceof TimeoutError
        ? 'This page took too long to answer. Try again once it has finished loading.'
        : offLimitsMessage,
    );
    return;
  }
  if (!result.ok) {
    show(result.error === 'no-article' ? 'No article found on this page.' : result.message);
    return;
  }
  const article: Article = result.article;
  renderArticle(app, article, {
    readerView: async () => {
      try {
        await requestInTab(tabId, { type: 'overlay-open' });
        window.close();
      } catch (error) {
        console.error('[Declutter] popup: overlay failed', error);
        return 'The reader view could not open on this page.';
      }
      return null;
    },
    copyText: async () => ((await copyText(toPlainText(article))) ? 'Copied the story as text.' : 'Copying failed.'),
  });
  app.setAttribute('aria-busy', 'false');
}

main().catch((error: unknown) => {
  console.error('[Declutter] popup failed', error);
  show('Something went wrong while reading this page.');
});
