import type { GenericRule } from './types.ts';

/**
 * A sportsbook's odds widget in a sports story: "Next up: … Odds provided by BetGrid", the spread,
 * total and moneyline table, a "Bet $5, Get $200 in Bonus Bets" offer, and the "21+ only.
 * Gambling problem? Call 1-800-GAMBLER." line. A box named for odds, betting or a sportsbook
 * that carries the sportsbook's words; or a gambling notice on its own ("21+ only. Gambling
 * problem? …", "18+ Gamble responsibly."). At most 120 words,
 * and the prose guard holds, so a story paragraph about betting stays.
 */
export const bettingOdds: GenericRule = {
  id: 'betting-odds',
  when: [
    {
      selectors:
        '[class*="odds" i]:not(article):not(main):not(body):not(html), [class*="betting" i]:not(article):not(main):not(body):not(html), [class*="sportsbook" i]:not(article):not(main):not(body):not(html)',
      signal: /\b(?:moneyline|odds (?:provided|powered|supplied) by|bonus bets?|sportsbook|gambling problem|1-800-gambler)\b/i,
    },
    {
      selectors: 'p, div, small, span',
      signal: /^(?:18|19|21)\+(?: only)?\.?\s.{0,40}\bgambl|^gambling problem\?\s*call\b|\bgamble responsibly\b/i,
      maxWords: 30,
    },
  ],
  boilerplate: /\bgamble responsibly\b|\bgambling problem\?|\b1-800-gambler\b|\bodds (?:are )?subject to change\b/i,
  maxWords: 120,
};
