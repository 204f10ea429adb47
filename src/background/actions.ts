/**
 * What a shortcut or a context-menu click does. Both grant activeTab on the tab, like the
 * toolbar button, so the content script can be injected there and then. The outcome is
 * shown on the toolbar button's badge: the page itself is never touched for feedback.
 */
import browser from '../shared/browser';
import { requestInTab } from '../shared/inject';
import { pageAccess } from '../shared/restricted';

export type BackgroundAction = 'toggle-reader' | 'copy-text';

async function badge(tabId: number, text: string, color: string): Promise<void> {
  try {
    await browser.action.setBadgeBackgroundColor({ tabId, color });
    await browser.action.setBadgeText({ tabId, text });
    setTimeout(() => void browser.action.setBadgeText({ tabId, text: '' }).catch(() => undefined), 2500);
  } catch {
    // The tab may be gone; the badge was only a courtesy.
  }
}

export async function runAction(action: BackgroundAction, tab: { id?: number; url?: string } | undefined): Promise<void> {
  if (tab?.id === undefined || tab.id < 0) return;
  const tabId = tab.id;
  if (!pageAccess(tab.url).ok) {
    await badge(tabId, '×', '#8a1c1c');
    return;
  }
  try {
    const answer =
      action === 'toggle-reader'
        ? await requestInTab(tabId, { type: 'overlay-toggle' })
        : await requestInTab(tabId, { type: 'copy', format: 'text' });
    if (!answer.ok) {
      console.info(`[Declutter] ${action}: ${answer.message}`);
      await badge(tabId, '×', '#8a1c1c');
    } else if ('copied' in answer) {
      await badge(tabId, answer.copied ? '✓' : '×', answer.copied ? '#1f6f3a' : '#8a1c1c');
    }
  } catch (error) {
    console.error(`[Declutter] ${action} failed (injection or messaging)`, error);
    await badge(tabId, '×', '#8a1c1c');
  }
}
