/**
 * What page HTML may keep, for every place it goes: the reader overlay, rich-text copies and
 * saved HTML files. DOMPurify removes scripts, handlers and javascript: URLs itself; on top
 * of that a story needs no forms or embeds, and keeps no styles (a style attribute can load
 * URLs through url(), and would be blocked by a strict page CSP anyway), no ids or names
 * (DOM clobbering) and no classes (they would pick up styles wherever the HTML is pasted).
 */
export const SANITIZE_CONFIG = {
  FORBID_TAGS: [
    'style', 'link', 'meta', 'base', 'form', 'input', 'button', 'textarea', 'select', 'option',
    'iframe', 'frame', 'frameset', 'object', 'embed', 'portal', 'template', 'noscript', 'dialog',
  ],
  FORBID_ATTR: ['style', 'id', 'class', 'name', 'srcdoc', 'formaction', 'action', 'ping', 'background'],
  ALLOW_DATA_ATTR: false,
};
