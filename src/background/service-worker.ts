/**
 * The service worker: keyboard shortcuts and the context menu. (The toolbar button opens the
 * popup, which does its own work.) No DOM work happens here; each action is handed to the
 * content script of the tab it was asked for.
 */
import browser from '../shared/browser';
import { runAction, type BackgroundAction } from './actions';

const commands: Record<string, BackgroundAction> = {
  'toggle-reader': 'toggle-reader',
  'copy-text': 'copy-text',
};

const menu: Array<{ id: BackgroundAction; title: string }> = [
  { id: 'copy-text', title: 'Copy clean text' },
  { id: 'toggle-reader', title: 'Open reader view' },
];

browser.runtime.onInstalled.addListener(async () => {
  await browser.contextMenus.removeAll();
  for (const item of menu) {
    browser.contextMenus.create({ id: item.id, title: item.title, contexts: ['page', 'selection'] });
  }
});

browser.commands.onCommand.addListener((command, tab) => {
  const action = commands[command];
  if (action) void runAction(action, tab);
});

browser.contextMenus.onClicked.addListener((info, tab) => {
  const action = menu.find((m) => m.id === info.menuItemId)?.id;
  if (action) void runAction(action, tab);
});

// For the end-to-end tests: the browser's own shortcut and menu UI cannot be driven in a
// headless browser, so the tests call the same entry point the listeners call.
(globalThis as { declutterRunAction?: typeof runAction }).declutterRunAction = runAction;
