import type { GenericRule } from './types.ts';

/**
 * A reader poll dropped into the story: "Who should replace Ashworth at No. 6 in Ranchi?
 * ( ) Rehan Siddiqui ( ) Will Garside [Vote now] 12,480 votes so far". A box named for the poll
 * that holds its radio buttons and says "vote"; a story paragraph about a poll has neither the
 * buttons nor the name.
 */
export const readerPoll: GenericRule = {
  id: 'reader-poll',
  when: [
    {
      selectors: '[class*="poll" i]:not(article):not(main):not(body), [data-component*="poll" i], [id*="poll" i]:not(article):not(main):not(body)',
      signal: /\bvot(?:e|es|ed|ing)\b/i,
      contains: 'input[type="radio" i]',
    },
  ],
  maxWords: 60,
};
