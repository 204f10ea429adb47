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
    // A sponsor's line under the story: "Transfer news is brought to you by LineUpBet, Official
    // Betting Partner of …". The sponsorship words and a partner, in a short block; the prose
    // guard keeps a story sentence about a sponsor. A gambling notice on its own ("18+ Gamble
    // responsibly.") is betting-odds' to take.
    {
      selectors: 'div, p, aside, section, small',
      signal: /\b(?:brought to you by|sponsored by|in (?:association|partnership) with|presented by)\b[^.]{0,80}\b(?:official|partner|sponsor)\b/i,
      maxWords: 35,
    },
    // A shopping site's product card in the story: name, blurb, "$229 at Amazon" links marked
    // sponsored, "Prices checked at time of publishing." Named for a product, holding an
    // affiliate link, with a price at a shop.
    {
      selectors: '[class*="product" i]:not(article):not(main):not(body):not(a):not(img), [data-component*="product" i], [data-affiliate]',
      signal: /(?:\$|£|€|₹)\s?\d[\d,.]*\s+at\s+[A-Z]/,
      contains: 'a[rel~="sponsored"], a[href*="/aff/"], a[href*="affiliate" i]',
    },
    // An affiliate buy box: "Vorta Nova 5 Pro (Glacier Blue, 8GB RAM) ₹34,999 M.R.P.: ₹39,999
    // (12% off) [Buy Now]". Named for the affiliate or the deal, a price and a buying button, and
    // a link marked sponsored or carrying a shop's affiliate tag.
    {
      selectors: '[class*="affiliate" i]:not(a):not(article):not(main):not(body), [class*="deal" i]:not(a):not(article):not(main):not(body)',
      signal: /(?:\$|£|€|₹|\brs\.?)\s?\d[\d,.]*.{0,80}\b(?:buy now|buy it now|shop now|check price|see (?:it|deal|price) at)\b/i,
      contains: 'a[rel~="sponsored"], a[href*="tag="], a[href*="/aff/"], a[href*="affiliate" i]',
      maxWords: 40,
    },
  ],
  boilerplate: /\b(?:prices (?:checked|correct|accurate) at (?:the )?time of publishing|gamble responsibly|official (?:\w+ )?partner of|wherever you get your podcasts|join now|play now|subscribe (?:now|today|for)|members get)\b/i,
  maxWords: 40,
};
