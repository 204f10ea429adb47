/**
 * The line under a headline (byline · date · reading time) as DOM. Each part is isolated
 * in <bdi>, so an Urdu byline next to an English date reads right in either direction.
 */
import type { Article } from '../core/types';
import { metaParts } from './display';

export function metaLine(article: Article, className = 'meta'): HTMLParagraphElement {
  const line = document.createElement('p');
  line.className = className;
  metaParts(article).forEach((part, i) => {
    if (i > 0) line.append(' · ');
    const isolated = document.createElement('bdi');
    isolated.textContent = part;
    line.append(isolated);
  });
  return line;
}
