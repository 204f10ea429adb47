/**
 * The one typed message protocol between the extension's pages (popup, background) and the
 * content script. Each request type maps to exactly one response type; the content script
 * implements a handler per type (no `if (action === …)` chains), and callers get the right
 * response type back from `askTab`.
 */
import browser from './browser';
import type { ExtractResult, Quote } from '../core/types';

export type ContentRequest =
  /**
   * The story. With quotesLater the answer comes before the quotes are found (its quotes are
   * empty) and a 'quotes' request fetches them: the popup shows the story sooner.
   */
  | { type: 'extract'; quotesLater?: boolean }
  /** The quotes of the story the last 'extract' read. */
  | { type: 'quotes' }
  | { type: 'overlay-open'; /** scroll to this key quote */ quote?: number }
  | { type: 'overlay-close' }
  | { type: 'overlay-toggle' }
  /** Copy the story from the page itself (shortcut, context menu: no popup is open). */
  | { type: 'copy'; format: 'text' | 'markdown' };

/** What a failure the core did not foresee looks like once it reaches the popup. */
export interface PageFailure {
  ok: false;
  error: 'failed';
  message: string;
}
export type PageResult = ExtractResult | PageFailure;

export interface OverlayState {
  ok: true;
  open: boolean;
}

export interface QuotesAnswer {
  ok: true;
  quotes: Quote[];
}

export interface ContentResponses {
  extract: PageResult;
  quotes: QuotesAnswer | PageResult;
  'overlay-open': OverlayState | PageResult;
  'overlay-close': OverlayState;
  'overlay-toggle': OverlayState | PageResult;
  copy: { ok: true; copied: boolean } | PageResult;
}

export type RequestOf<K extends ContentRequest['type']> = Extract<ContentRequest, { type: K }>;
export type ContentHandlers = {
  [K in ContentRequest['type']]: (request: RequestOf<K>) => Promise<ContentResponses[K]>;
};

/** Sends a typed request to the content script in a tab. */
export async function askTab<K extends ContentRequest['type']>(
  tabId: number,
  request: RequestOf<K>,
): Promise<ContentResponses[K]> {
  return (await browser.tabs.sendMessage(tabId, request)) as ContentResponses[K];
}

const requestTypes: ReadonlySet<string> = new Set<ContentRequest['type']>([
  'extract',
  'quotes',
  'overlay-open',
  'overlay-close',
  'overlay-toggle',
  'copy',
]);

export function isContentRequest(value: unknown): value is ContentRequest {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    requestTypes.has((value as { type: string }).type)
  );
}
