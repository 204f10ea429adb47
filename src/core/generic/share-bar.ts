import type { GenericRule } from './types.ts';

/**
 * Share bars: Jetpack .sharedaddy "Share this:", Arc .b-social-share, per-entry live-blog
 * share buttons; and a one-line share or follow button of any class ("Share The Margin",
 * "Follow us on Google News"): the link or button itself, matched on its whole text, so a
 * sentence that starts "Share prices …" or "Follow the money" cannot qualify.
 */
export const shareBar: GenericRule = {
  id: 'share-bar',
  when: [
    {
      selectors: '[class*="share" i], [class*="social" i], [aria-label*="share" i], .sharedaddy',
      signal: /share|facebook|twitter|whatsapp|linkedin|follow us|copy link|email|^\s*$/i,
    },
    {
      selectors: 'a, button',
      // "Share" and a capitalised name of at most four words: the publication.
      signal: /^Share (?:this (?:story|article|post)|[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,3})$/,
      maxWords: 8,
    },
    {
      selectors: 'a, button',
      signal:
        /^(?:follow (?:us|[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,3}) on (?:google news|google discover|facebook|twitter|x|instagram|whatsapp|telegram|linkedin|youtube|threads|bluesky|tiktok|flipboard)|join (?:us|our [\w ]{0,20}channel) on (?:whatsapp|telegram))\.?$/i,
      maxWords: 8,
    },
  ],
  maxWords: 40,
};
