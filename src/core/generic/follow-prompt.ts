import type { GenericRule } from './types.ts';

/**
 * A prompt to follow the story's topics or authors, with its follow buttons: "Follow topics and
 * authors from this story to see more like this in your homepage feed and get email updates.
 * [Policy] [Jess Kwan]", "Follow this topic to get alerts when we publish", "Get email alerts
 * on Climate change [Sign up]". The block opens with the ask, names what following brings
 * (a feed, updates, alerts) and holds a button or link; at most 40 words. A prompt's sentence
 * can reach 20 words, so "get email updates" is its boilerplate; story prose that opens
 * "Follow the money …" or quotes an app's "Follow topics … in your news feed" keeps the
 * prose guard.
 */
export const followPrompt: GenericRule = {
  id: 'follow-prompt',
  when: [
    {
      selectors: 'div, section, aside',
      signal:
        /^(?:follow (?:(?:the|this|these) )?(?:topics?|authors?|writers?|reporters?|subjects?)\b|follow (?:[\w'’.&-]+ ){1,4}to (?:get|receive) (?:e-?mail |push )?(?:updates|alerts|notifications)\b|get (?:e-?mail |push )?(?:alerts|updates|notifications) (?:on|for|about) )/i,
      contains: 'button, [role="button"], a[href]',
    },
  ],
  // What following brings: "in your feed", "get email updates", "alerts when we publish".
  require: /\bin your (?:homepage |news ?)?feed\b|\b(?:get|receive) (?:e-?mail |push )?(?:updates|alerts|notifications)\b|\b(?:alerts|notifications) when\b/i,
  boilerplate: /\b(?:get|receive) (?:e-?mail|push) (?:updates|alerts|notifications)\b/i,
  maxWords: 40,
};
