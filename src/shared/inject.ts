/**
 * Puts the content script into a tab when the person asks, then talks to it. Works from any
 * extension context that holds the tab's activeTab grant (the popup after a toolbar click;
 * the background after a shortcut or a context-menu click).
 */
import browser from './browser';
import { askTab, type ContentRequest, type ContentResponses, type RequestOf } from './messages';
// One self-contained IIFE file: nothing the page could import or probe.
import contentScript from '../content/content-script.ts?script&iife';

export class TimeoutError extends Error {}

/**
 * Tabs this context has put the script into. The first request to a tab injects without
 * asking first: a probe costs a round trip on every first click, and injecting twice is
 * harmless (the script finds its marker and returns). Later requests send straight away;
 * if the tab has since loaded another page, the message finds no receiver and the script
 * goes in again.
 */
const injected = new Set<number>();

async function inject(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [contentScript] });
  injected.add(tabId);
}

/** The error both browsers give when no content script listens in the tab. */
const NO_RECEIVER = /receiving end does not exist|could not establish connection/i;

async function send<K extends ContentRequest['type']>(tabId: number, request: RequestOf<K>): Promise<ContentResponses[K]> {
  if (!injected.has(tabId)) {
    await inject(tabId);
    return askTab(tabId, request);
  }
  try {
    return await askTab(tabId, request);
  } catch (error) {
    if (!(error instanceof Error && NO_RECEIVER.test(error.message))) throw error;
    await inject(tabId);
    return askTab(tabId, request);
  }
}

/** Injects if needed and sends one request, failing with TimeoutError after `ms`. */
export async function requestInTab<K extends ContentRequest['type']>(
  tabId: number,
  request: RequestOf<K>,
  ms = 10_000,
): Promise<ContentResponses[K]> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`no answer in ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([
      send(tabId, request),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
