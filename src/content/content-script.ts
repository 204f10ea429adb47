/**
 * The content script. It is injected only when the person asks (toolbar click today) and
 * then answers the typed requests of src/shared/messages.ts:
 *   extract        → run the pure core on a clone of the page (the live page is untouched)
 *   overlay-*      → mount or remove the reader overlay (the only time the page changes)
 * Injecting twice is harmless: the second run finds the first one's marker and returns.
 */
import browser, { type Runtime } from '../shared/browser';
import { isContentRequest, type ContentHandlers, type PageResult } from '../shared/messages';
import { extractStory, type Staged } from '../core/extract';
import { Overlay } from './overlay';
import { writeClipboard } from '../shared/clipboard';
import { copyActions } from '../shared/copy-actions';

const marker = Symbol.for('declutter.content');
const scope = globalThis as typeof globalThis & { [marker]?: true };

if (!scope[marker]) {
  scope[marker] = true;
  /** The last reading of the page; quotesFound once its quotes are in it. */
  let last: { url: string; staged: Staged; quotesFound: boolean } | null = null;
  const overlay = new Overlay();

  /** The story as the page is now, quotes not yet looked for. */
  function story(): NonNullable<typeof last> {
    // The result must match the page at the moment of the request: reuse it only while
    // the URL is the same (a single-page app may have moved on).
    if (last && last.url === location.href) return last;
    let staged: Staged;
    try {
      staged = extractStory(document, location.href);
    } catch (error) {
      staged = { result: { ok: false, error: 'failed', message: 'Declutter could not read this page.' }, findQuotes: () => undefined };
      console.error('[Declutter] extraction threw outside the core', error);
    }
    const result = staged.result;
    if (!result.ok && 'stage' in result && result.stage) {
      // For developers: the person sees result.message; this says where and why.
      console.error(`[Declutter] extraction failed at stage "${result.stage}" (site rule: ${result.rule ?? 'none'}) on ${location.href}: ${result.cause}`);
    }
    last = { url: location.href, staged, quotesFound: false };
    return last;
  }

  /** The story with its quotes. */
  function currentResult(): PageResult {
    const entry = story();
    findQuotes(entry);
    return entry.staged.result;
  }

  /** Puts the quotes into a reading once. A quote finder that throws leaves the story without quotes. */
  function findQuotes(entry: NonNullable<typeof last>): void {
    if (!entry.quotesFound) {
      entry.quotesFound = true;
      try {
        entry.staged.findQuotes();
      } catch (error) {
        console.error(`[Declutter] quotes failed on ${location.href}`, error);
      }
    }
  }

  const handlers: ContentHandlers = {
    extract: async ({ quotesLater }) => {
      last = null; // a fresh click reads the page as it is now
      if (!quotesLater) return currentResult();
      const entry = story();
      const { result } = entry.staged;
      if (!result.ok) return result;
      // Once this answer is on its way (a task after it), the quotes are found, so they are
      // ready or nearly when the popup asks.
      setTimeout(() => findQuotes(entry), 0);
      return { ...result, article: { ...result.article, quotes: [] } };
    },
    quotes: async () => {
      const result = currentResult();
      return result.ok ? { ok: true, quotes: result.article.quotes } : result;
    },
    'overlay-open': async ({ quote }) => {
      const result = currentResult();
      if (!result.ok) return result;
      await overlay.open(result.article, quote);
      return { ok: true, open: true };
    },
    'overlay-close': async () => {
      overlay.close();
      return { ok: true, open: false };
    },
    'overlay-toggle': async () => {
      if (overlay.isOpen) {
        overlay.close();
        return { ok: true, open: false };
      }
      const result = currentResult();
      if (!result.ok) return result;
      await overlay.open(result.article);
      return { ok: true, open: true };
    },
    copy: async ({ format }) => {
      last = null;
      const result = currentResult();
      if (!result.ok) return result;
      const action = copyActions.find((a) => a.label === (format === 'markdown' ? 'Copy Markdown' : 'Copy text'));
      if (!action) return { ok: true, copied: false };
      return { ok: true, copied: await writeClipboard(action.content(result.article)) };
    },
  };

  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    // Only the extension itself may drive the content script; pages cannot reach
    // runtime messaging, but a check costs nothing and documents the rule.
    if (sender.id !== browser.runtime.id || !isContentRequest(message)) return undefined;
    const handler = handlers[message.type] as (m: typeof message) => Promise<unknown>;
    return handler(message);
  });
}
