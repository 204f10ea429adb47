import type { GenericRule } from './types.ts';

/**
 * Pricing and plan blocks: BS "Smart Quarterly ₹900 … Renews automatically, cancel anytime"
 * (shared/notes/site-structure.md §2), Arc "$1 for your first 6 months", donation asks.
 * Postmedia's "This Content is Reserved for Subscribers" gate, a premium teaser ("Subscribe for
 * R75 pm … Cancel anytime", "First month free, then ¥1,980 a month").
 * Three distinct price or plan signals and a subscribe/plan word; a paragraph about prices
 * in the story stays because it has prose and none of the boilerplate phrases.
 */
export const subscription: GenericRule = {
  id: 'subscription',
  when: [
    {
      selectors: 'div, section, aside, form, ul, p',
      signal:
        /(?:₹|Rs\.?|\$|€|£|¥|\bR(?=\d)|\bK?Sh\.?(?=\s?\d))\s?\d[\d,.]*|\/\s?month\b|per month|a month\b|\/\s?week\b|per week|a week\b|\bsave \d+%|subscription plans?|renews automatically|subscribe now|subscribe today|subscribe for|already subscribed|already have an account|log ?in to continue|cancel anytime|support us|support (?:our|local|independent) journalism|reserved for subscribers|unlimited (?:online |digital )?access|first month free|for (?:the|your) first (?:\d+ )?(?:weeks?|months?)\b|already a subscriber|start (?:your )?free trial/gi,
    },
    // A meter or registration wall: "You have read 2 of your 3 free articles this month. Register to
    // read 3 free articles a month … [Register now] Already registered? Sign in". Three of its
    // phrases; a story about a newspaper's meter quotes one at most.
    {
      selectors: 'div, section, aside, form',
      signal:
        /you(?:'ve|’ve| have) read \d+ of (?:your )?\d+ free|\d+ free (?:articles|stories)(?: (?:a|per|this) month)?|register (?:now|for free|today)\b|register to (?:read|continue|keep reading|unlock)\b|already registered|(?:sign|log) in\b|create (?:a |your )?free account/gi,
      contains: 'a[href], button',
    },
  ],
  minHits: 3,
  require: /subscri|renews?\b|\bplans?\b|support|donat|free trial|\bmembership\b|become a (?:\w+ )?member|\bregist(?:er|ered|ration)\b/i,
  // A plan card's text ("Smart Essential ₹2,700 1 Year ₹225/Month SAVE 46% *Complimentary …")
  // runs past 20 words but is no prose: a price per month or a SAVE n% marks it.
  boilerplate:
    /renews automatically|subscription plans|already subscribed|subscribe to read|cancel anytime|complimentary access|unlimited (?:online |digital )?access|support (?:our|local|independent) journalism|from just|subscribe today|for (?:as little as|just) (?:₹|Rs\.?|\$|€|£)|(?:₹|Rs\.?|\$|€|£)\s?\d[\d,.]*\s?\/\s?month|\bsave \d+%|\be-?paper, an? (?:electronic|digital) replica\b|\breplica of the (?:print|daily) (?:edition|newspaper)\b/i,
};
