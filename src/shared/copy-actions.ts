/**
 * The ways to copy a story, shared by the popup and the overlay so both offer the same
 * buttons with the same names and put the same bytes on the clipboard.
 */
import type { Article } from '../core/types';
import { toMarkdown, toPlainText } from '../core/format';
import { toHtmlFragment } from '../core/format-html';
import type { ClipboardContent } from './clipboard';

export interface CopyAction {
  /** The accessible name, e.g. "Copy Markdown". */
  label: string;
  /** The visible text where the group says "Copy", e.g. "Markdown". */
  short: string;
  done: string;
  content(article: Article): ClipboardContent;
}

export const copyActions: readonly CopyAction[] = [
  { label: 'Copy text', short: 'Text', done: 'Copied the story as text.', content: (a) => ({ text: toPlainText(a) }) },
  { label: 'Copy Markdown', short: 'Markdown', done: 'Copied the story as Markdown.', content: (a) => ({ text: toMarkdown(a, document) }) },
  {
    label: 'Copy rich text',
    short: 'Rich text',
    done: 'Copied the story as rich text.',
    content: (a) => ({ text: toPlainText(a), html: toHtmlFragment(a) }),
  },
];
