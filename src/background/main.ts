/**
 * The service worker. Today the toolbar button opens the popup, which does the work; this
 * worker is where shortcuts and the context menu will arrive (they grant activeTab the same
 * way) and it does no DOM work. It stays tiny so it starts fast.
 */
import browser from '../shared/browser';

browser.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === 'install') console.info('[Declutter] installed');
});
