import type { GenericRule } from './types.ts';

/**
 * Share bars: Jetpack .sharedaddy "Share this:", Arc .b-social-share, Japanese papers' .c-sns
 * ("Post Share LINE Hatena"), per-entry live-blog share buttons; and a one-line share or follow button of any class ("Share The Margin",
 * "Follow us on Google News", "Join <Paper> WhatsApp Channel for breaking news", "Join <Paper>'s Telegram channel and get the latest …"), matched on the whole text of the block, button or (for a follow
 * link) the link, so a sentence that starts "Share prices …" or "Follow the money", or a
 * charity's name in a link mid-sentence, cannot qualify.
 */
export const shareBar: GenericRule = {
  id: 'share-bar',
  when: [
    {
      selectors: '[class*="share" i], [class*="social" i], [class*="sns" i], [aria-label*="share" i], .sharedaddy',
      signal: /share|facebook|twitter|whatsapp|linkedin|follow us|copy link|email|gift (?:this|the) (?:article|story)|^\s*$/i,
    },
    {
      // The block or button, not a bare link: a link named "Share Our Strength" may sit in a sentence.
      selectors: 'p, div, button',
      // "Share" and a capitalised name of at most four words: the publication.
      signal: /^Share (?:this (?:story|article|post)|[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,3})$/,
      contains: 'a, button',
      maxWords: 8,
    },
    {
      // Also a one-line paragraph: "Follow the Nairobi Mirror WhatsApp Channel for breaking news as
      // it happens", "Join Asia Current's Telegram channel and get the latest …".
      selectors: 'a, button, p',
      signal:
        /^(?:follow (?:us|[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,3}) on (?:google news|google discover|facebook|twitter|x|instagram|whatsapp|telegram|linkedin|youtube|threads|bluesky|tiktok|flipboard)|join (?:us|our [\w ]{0,20}channel) on (?:whatsapp|telegram)|(?:follow|join) (?:(?:us|our|the) )?(?:[\w'’&.-]+ ){0,4}(?:whatsapp|telegram|viber|signal) (?:channel|group|community)(?: (?:for|to get|and get) [\w ,'’-]{1,60})?)\.?$/i,
      maxWords: 16,
    },
    {
      // The channel box around such a line: "Join The Capital Mirror WhatsApp Channel. Get breaking
      // news and updates directly on your phone. [Join Now]": it opens with the ask and holds its link.
      selectors: 'div, aside, section',
      signal: /^(?:follow|join) (?:(?:us|our|the) )?(?:[\w'’&.-]+ ){0,4}(?:whatsapp|telegram|viber|signal) (?:channel|group|community)\b[^]{0,160}$/i,
      contains: 'a[href], button',
      maxWords: 30,
    },
    {
      // Or a box under its own heading ("Don't miss it! Stay up to date with the latest news …
      // Follow Emirates Chronicle on our channels. [Join our WhatsApp channel] [Join us on
      // Telegram]"): the ask anywhere in it, and a link to the channel itself as the proof.
      selectors: 'div, aside, section',
      signal: /\b(?:follow|join) (?:(?:us|our|the) )?(?:[\w'’&.-]+ ){0,4}(?:whatsapp|telegram|viber) (?:channel|group|community)\b/i,
      contains: 'a[href*="whatsapp.com/channel" i], a[href*="t.me/" i], a[href*="telegram.me/" i]',
      maxWords: 40,
    },
    // The notice a bookmark button leaves in the page: "Story Saved You can find this story in My
    // Bookmarks. Or by navigating to the user icon in the top right."
    {
      selectors: '[class*="bookmark" i], [class*="toast" i], [role="status"]',
      signal: /^(?:story|article) saved\b.{0,160}\bbookmarks?\b/i,
      maxWords: 30,
    },
    // The closing line of a tech site's story: "For the latest tech news and reviews, follow
    // TechSaar on X, Facebook, and Google News. For the latest videos …, subscribe to our YouTube
    // channel." Every sentence of the block is such an ask naming a network.
    {
      selectors: 'p, div',
      signal: /^(?:for (?:the latest|more|all the latest|regular) [^,.]{1,60}, (?:follow|subscribe to|join|like) [^.]{1,80}\b(?:google news|facebook|twitter|x|instagram|youtube|whatsapp|telegram|linkedin|threads)\b[^.]{0,40}\.\s*){1,3}$/i,
      maxWords: 45,
    },
  ],
  // Those asks run past 20 words without being prose.
  // So does a channel box's pitch ("Stay up to date with the latest flood news. Join The Malaya
  // Herald's WhatsApp channel and Telegram channel for breaking news alerts.").
  boilerplate: /^for (?:the latest|more|all the latest|regular) [^,.]{1,60}, (?:follow|subscribe to|join|like) |\b(?:follow|join) (?:(?:us|our|the) )?(?:[\w'’&.-]+ ){0,4}(?:whatsapp|telegram|viber) (?:channel|group|community)\b[^.]{0,60}\bfor (?:breaking|the latest|latest|news|updates|alerts)\b/i,
  maxWords: 40,
};
