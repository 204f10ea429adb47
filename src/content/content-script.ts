/**
 * The content script. It is injected only when the person asks (toolbar click today) and
 * then answers the typed requests of src/shared/messages.ts:
 *   extract        → run the pure core on a clone of the page (the live page is untouched)
 *   overlay-*      → mount or remove the reader overlay (the only time the page changes)
 * Injecting twice is harmless: the second run finds the first one's marker and returns.
 */
import browser, { type Runtime } from '../shared/browser';
import { isContentRequest, type ContentHandlers, type PageResult } from '../shared/messages';
import { extract } from '../core/extract';
import { Overlay } from './overlay';
import { writeClipboard } from '../shared/clipboard';
import { copyActions } from '../shared/copy-actions';

const marker = Symbol.for('declutter.content');
const scope = globalThis as typeof globalThis & { [marker]?: true };

if (!scope[marker]) {
  scope[marker] = true;
  let last: { url: string; result: PageResult } | null = null;
  const overlay = new Overlay();

  function currentResult(): PageResult {
    // The result must match the page at the moment of the request: reuse it only while
    // the URL is the same (a single-page app may have moved on).
    if (last && last.url === location.href) return last.result;
    let result: PageResult;
    try {
      result = extract(document, location.href);
    } catch (error) {
      result = { ok: false, error: 'failed', message: 'Declutter could not read this page.' };
      console.error('[Declutter] extraction threw outside the core', error);
    }
    if (!result.ok && 'stage' in result && result.stage) {
      // For developers: the person sees result.message; this says where and why.
      console.error(`[Declutter] extraction failed at stage "${result.stage}" (site rule: ${result.rule ?? 'none'}) on ${location.href}: ${result.cause}`);
    }
    last = { url: location.href, result };
    return result;
  }

  const handlers: ContentHandlers = {
    extract: async () => {
      last = null; // a fresh click reads the page as it is now
      return currentResult();
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
