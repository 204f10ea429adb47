import type { GenericRule } from './types.ts';

/**
 * A promotion card dropped into the story: the paper's podcast ("All Points North: our
 * weekly podcast … wherever you get your podcasts"), its fantasy game ("Pick your XI … Play
 * now"), its members' club ("Culture Club: members get priority booking … Join now"), a
 * premium teaser. The box is named for it (a class with "promo", or a data-promo attribute)
 * and says what it asks for (join, play, listen, subscribe …). At most 40 words and the prose
 * guard holds, so a story paragraph in a box of that name stays; pictures, links and articles
 * are never candidates, so a lead picture classed "promo-image" keeps its caption.
 */
export const promoCard: GenericRule = {
  id: 'promo-card',
  when: [
    {
      selectors:
        '[class*="promo" i]:not(figure):not(img):not(picture):not(a):not(article):not(main):not(body):not(html), [data-promo]:not(article):not(main):not(body)',
      signal:
        /\b(?:join(?: now| today| us)?|play now|play (?:for free|today)|listen (?:on|now|to)|podcasts?|subscribe|sign up|register|become a member|members? (?:get|enjoy)|free trial|win (?:match )?tickets|download (?:the|our) app)\b/i,
    },
  ],
  boilerplate: /\b(?:wherever you get your podcasts|join now|play now|subscribe (?:now|today|for)|members get)\b/i,
  maxWords: 40,
};
