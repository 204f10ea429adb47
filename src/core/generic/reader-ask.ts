import type { GenericRule } from './types.ts';

/**
 * A short ask to the reader in the middle of a post: "Enjoying this post? Subscribe to get
 * new posts in your inbox", "Like this story? Become a member" (Ghost and Substack callout
 * cards, blog CTAs), "Download the KXTV 7 News app for breaking news alerts", "Click here to
 * download …", "Have a news tip? Send it to us here." (local TV). The block must open with
 * the question or the imperative and carry an ask word; at most
 * 40 words, and the prose guard holds, so a story paragraph never qualifies.
 */
export const readerAsk: GenericRule = {
  id: 'reader-ask',
  when: [
    {
      selectors: 'p, div, aside, section',
      signal: /^\W*(?:enjoy(?:ing|ed)|lik(?:e|ed|ing)|lov(?:e|ed|ing)) (?:this|the|our|what you(?:'|’)re reading)(?: \w+)?\s*\?/i,
    },
    {
      selectors: 'p, div, aside, section',
      // "Download the X app for …" names the app; "Get the app working again" is prose.
      signal: /^\W*(?:(?:click|tap) here to )?(?:download|install) (?:the|our) [\w .&'’-]{1,40}\bapp\b.{0,40}\b(?:alerts?|notifications?|news|updates|video)\b/i,
    },
    {
      selectors: 'p, div, aside, section',
      // "Have a news tip? Send it to us here." The question, then the ask at once.
      signal: /^\W*(?:have|got) an? (?:news )?(?:tip|story(?: idea| tip)?)\s*\?\s*(?:send|e-?mail|contact|tell us|let us know)\b/i,
    },
  ],
  // The ask: subscribe, join, give, download, or send the newsroom a tip.
  require: /subscri|sign up|member|inbox|support|donat|follow|\bapp\b|\bsend\b|\be-?mail\b|\bcontact\b|\btell us\b|let us know/i,
  maxWords: 40,
};
