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

async function isInjected(tabId: number): Promise<boolean> {
  const [probe] = await browser.scripting.executeScript({
    target: { tabId },
    func: () => Boolean((globalThis as Record<symbol, unknown>)[Symbol.for('declutter.content')]),
  });
  return probe?.result === true;
}

export async function ensureContentScript(tabId: number): Promise<void> {
  if (await isInjected(tabId)) return;
  await browser.scripting.executeScript({ target: { tabId }, files: [contentScript] });
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
      ensureContentScript(tabId).then(() => askTab(tabId, request)),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
