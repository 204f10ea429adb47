import type { GenericRule } from './types.ts';

/**
 * Next / previous story links: WordPress nav.post-navigation, "Next article" blocks on wire
 * pages, live-blog "Older posts" pagination, BS "PREVIOUS STORY NEXT STORY" (notes §3).
 */
export const nextPrev: GenericRule = {
  id: 'next-prev',
  when: [
    {
      selectors: '.post-navigation, .nav-links, [class*="next-article" i], [class*="next-story" i], [class*="nextstory" i], [class*="prev-next" i], [class*="pagination" i]',
      signal: /\b(?:next|previous|prev|older|newer)\b/i,
    },
    {
      selectors: 'p, div, nav, aside, section',
      signal: /^(?:next|previous|prev)\s+(?:story|article|post)\b/i,
    },
  ],
  // "Previous story: Ottawa says … Next story: What happens now to …": two headlines read as one
  // paragraph may pass 20 words; a line that opens with its label and a colon is no prose.
  boilerplate: /^(?:next|previous|prev)\s+(?:story|article|post)\s*[:|›»→]/i,
  maxWords: 40,
};
