/**
 * The one place where page-derived HTML becomes DOM on screen. Everything else uses text
 * nodes. The core already sanitized the HTML; it is sanitized again here because it crossed
 * a message boundary and because this is the last point before it is live.
 */
import DOMPurify from 'dompurify';
import { SANITIZE_CONFIG } from '../core/sanitize-config';

const config = { ...SANITIZE_CONFIG, RETURN_DOM_FRAGMENT: true as const };

/** Replaces the children of `target` with the sanitized HTML, links opening in a new tab. */
export function renderSanitizedHTML(target: Element | ShadowRoot, html: string, baseUrl?: string): void {
  const fragment = DOMPurify.sanitize(html, config);
  for (const link of fragment.querySelectorAll('a[href]')) {
    const href = link.getAttribute('href') ?? '';
    try {
      link.setAttribute('href', new URL(href, baseUrl).href);
    } catch {
      link.removeAttribute('href');
      continue;
    }
    link.setAttribute('target', '_blank');
    link.setAttribute('rel', 'noopener noreferrer');
  }
  target.replaceChildren(fragment);
}
