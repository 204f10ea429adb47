import type { GenericRule } from './types.ts';

/**
 * "Also read" / "Read more" / "Related" boxes inside the body: WordPress Jetpack
 * #jp-relatedposts, Arc .b-interstitial-link, rich-link asides in live blogs, wire "Related
 * coverage" lists, BS "ALSO READ" (notes §2, §3), South African portals' "READ | <headline>",
 * WordPress embed cards of another post. Mostly links by construction, so a story
 * paragraph that happens to start "Related …" stays (it is not link text).
 */
export const relatedBox: GenericRule = {
  id: 'related-box',
  when: [
    {
      selectors:
        '[class*="related" i], [id*="related" i], [class*="also-read" i], [class*="alsoread" i], [class*="read-more" i], [class*="readmore" i], [class*="rich-link" i], [class*="interstitial" i], [class*="recommended" i], [class*="more-on" i], [class*="onward" i], [class*="further-reading" i], [class*="read-next" i], [class*="more-from" i]',
    },
    // WordPress's embed card for another post (`blockquote.wp-embedded-content`, then its
    // iframe): a blockquote whose whole text is the link to that post. A quoted passage in a
    // blockquote is prose with at most a link inside it, so it stays.
    {
      selectors: 'blockquote.wp-embedded-content, blockquote[class*="embed" i]:not([class*="twitter" i]):not([class*="tiktok" i]):not([class*="instagram" i])',
      minLinkDensity: 0.9,
      maxWords: 30,
    },
    // Ghost's bookmark card in the body ("Aquatic centre leak costing $3000 a week, report finds /
    // Engineers say … / The Waitaki Ledger"): the whole card is one link to another page.
    {
      selectors: 'figure.kg-bookmark-card, .kg-bookmark-card',
      minLinkDensity: 0.9,
      maxWords: 60,
    },
    {
      selectors: 'p, div, aside, section, ul, li',
      signal: /^(?:also read|read more|read also|related|related coverage|related stories|related articles|more on this story|see also|you may also like|recommended(?: for you)?|read next|up next|sponsored content|more from)\b\s*:?|^read\s*[|:]\s*\S|^(?:watch(?: now| video| the video)?|video)\s*[:|]/i,
      // Headed by its label, a list of story cards ("More from this author", "More from
      // <publication>") is a related box even when each title link carries a one-line
      // summary that is not a link: a lower link share suffices. A "Watch now: <linked video
      // title>" line is the same promotion for a video; it needs its colon or bar.
      minLinkDensity: 0.25,
    },
  ],
  minLinkDensity: 0.4,
  // A bookmark card's summary may run to 20 words; the card is one link all the same.
  proseWaivedIf: { contains: 'a.kg-bookmark-container', maxWords: 60 },
  maxWords: 80,
};
