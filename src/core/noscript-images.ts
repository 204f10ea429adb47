/**
 * Lazy-loading pages often keep the real image only inside <noscript>. Readability unwraps
 * that when an <img> placeholder stands right before the <noscript>; this handles the rest
 * (a <div> placeholder, or none), so the reader shows the picture the page meant to show.
 *
 * With scripting on (a real browser) a <noscript>'s content is raw text, with it off (jsdom)
 * it is elements: both are read, through an inert parsed document, and only a fresh <img>
 * with the image attributes is put into the clone.
 */
const IMAGE_ATTRIBUTES = ['src', 'srcset', 'sizes', 'alt', 'width', 'height', 'title'];

function imageIn(noscript: Element): Element | null {
  const direct = noscript.querySelectorAll('img');
  if (direct.length > 0) return direct.length === 1 ? direct[0]! : null;
  const text = noscript.textContent ?? '';
  if (!/<img\b/i.test(text)) return null;
  const view = noscript.ownerDocument.defaultView as (Window & { DOMParser: typeof DOMParser }) | null;
  if (!view?.DOMParser) return null;
  const parsed = new view.DOMParser().parseFromString(text, 'text/html');
  const found = parsed.querySelectorAll('img');
  return found.length === 1 ? found[0]! : null;
}

export function unwrapNoscriptImages(root: ParentNode & Node): void {
  const doc = root.ownerDocument ?? (root as Document);
  for (const noscript of Array.from(root.querySelectorAll('noscript'))) {
    // Readability's own unwrapping covers an <img> placeholder right before it.
    if (noscript.previousElementSibling?.tagName === 'IMG') continue;
    const source = imageIn(noscript);
    if (!source?.getAttribute('src')) continue;
    const img = doc.createElement('img');
    for (const name of IMAGE_ATTRIBUTES) {
      const value = source.getAttribute(name);
      if (value !== null) img.setAttribute(name, value);
    }
    noscript.replaceWith(img);
  }
}
