import type { GenericRule } from './types.ts';

/**
 * Text only a screen reader hears: the page hides it from sight with a utility class
 * (".visually-hidden", ".sr-only", ".screen-reader-text") to label a link or a region
 * ("Join the conversation" before a comment count, "Article content" between the ad breaks
 * of a Postmedia story, "(opens in new tab)"). A reader shows what a sighted reader sees, so
 * such a label goes; at most 12 words, so a site that hides a whole block this way to show it
 * later keeps it. First in the order: a comment-count link is known for what it is once its
 * hidden label has gone.
 */
export const screenReaderText: GenericRule = {
  id: 'screen-reader-text',
  when: [
    {
      selectors:
        '.visually-hidden, .visuallyhidden, .sr-only, .screen-reader-text, .screen-reader-only, .u-visually-hidden, .a11y-hidden, .element-invisible, .hidden-visually, .assistive-text',
    },
  ],
  maxWords: 12,
};
