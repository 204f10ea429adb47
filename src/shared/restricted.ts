/**
 * Pages no extension may script: the browser's own pages and the extension stores. Knowing
 * them up front lets the popup say so plainly instead of surfacing an injection error.
 */
const restrictedSchemes = new Set([
  'chrome:', 'chrome-extension:', 'chrome-search:', 'chrome-untrusted:', 'devtools:', 'edge:',
  'about:', 'moz-extension:', 'resource:', 'view-source:', 'data:', 'blob:', 'javascript:',
]);

const storeHosts: Array<[host: string, pathPrefix: string]> = [
  ['chromewebstore.google.com', '/'],
  ['chrome.google.com', '/webstore'],
  ['microsoftedge.microsoft.com', '/addons'],
  ['addons.mozilla.org', '/'],
  ['addons.opera.com', '/'],
];

export type PageAccess = { ok: true } | { ok: false; reason: 'browser-page' | 'store' };

/**
 * Whether a tab's page can be scripted, judged from its URL. A tab whose URL the extension
 * may not see (no activeTab grant, as on browser pages) counts as open here: the injection
 * attempt then fails and the popup says the page is off limits.
 */
export function pageAccess(url: string | undefined): PageAccess {
  if (!url) return { ok: true };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: true };
  }
  if (restrictedSchemes.has(parsed.protocol)) return { ok: false, reason: 'browser-page' };
  if (storeHosts.some(([host, prefix]) => parsed.hostname === host && parsed.pathname.startsWith(prefix))) {
    return { ok: false, reason: 'store' };
  }
  return { ok: true };
}

export const accessMessages: Record<Extract<PageAccess, { ok: false }>['reason'], string> = {
  'browser-page': 'Declutter can’t run on this page: browsers keep their own pages off limits to extensions.',
  store: 'Declutter can’t run on this page: browsers don’t let extensions read the extension store.',
};

/** For a page the injection could not reach, whatever the reason the browser had. */
export const offLimitsMessage =
  'Declutter can’t run on this page: browsers keep their own pages and the extension stores off limits to extensions.';

/** Chrome keeps local files from extensions until the person allows it. */
export const fileAccessMessage =
  'Declutter can’t read local files yet. To allow it, turn on “Allow access to file URLs” for Declutter on your browser’s extensions page.';
