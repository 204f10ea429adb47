import type { GenericRule } from './types.ts';

/**
 * Newsletter sign-ups (Arc .b-newsletter-signup, "Sign up here" wire promos, WordPress widgets,
 * Guardian-style inline promotions with skip links and a privacy notice, TownNews inline
 * sign-ups, a named newsletter offered in one line, an e-mail pitch that ends in its "Sign up"
 * button). A promotion's pitch can run past 20 words ("Our morning email breaks down the
 * key stories…"): a box of at most 90 words that holds an e-mail field goes all the same.
 */
export const newsletter: GenericRule = {
  id: 'newsletter',
  when: [
    {
      selectors:
        '[class*="newsletter" i], [id*="newsletter" i], [class*="signup" i], [class*="sign-up" i], [id*="signup" i], [data-testid*="newsletter" i], [data-module*="newsletter" i], [data-component*="newsletter" i], form',
      signal: /newsletter|sign up|subscribe|inbox/i,
    },
    // A box named for a newsletter needs no English word (Arabic "النشرة البريدية … اشترك"):
    // the name is the signal; the prose guard and the e-mail-field waiver apply as above.
    { selectors: '[class*="newsletter" i], [id*="newsletter" i]' },
    // A box of any class that opens with a newsletter's name and pitches it to "your inbox"
    // ("Business Pulse newsletter / Markets, money and companies, in your inbox every
    // weekday evening"), holding the form or link that signs you up.
    {
      selectors: 'div, section, aside',
      // Case-sensitive: the name is capitalised ("Business Pulse", "The Briefing", "Our").
      signal: /^(?:(?:[Ss]ign up (?:for|to) )?(?:[A-Z][\w'’&-]* ){1,4}|[Ss]ign up (?:for|to) our )[Nn]ewsletter\b.{0,160}\b(?:in|to|into) your in-?box\b/,
      contains: 'form, input, button, a[href]',
      maxWords: 60,
    },
    // The same box with any pitch ("The Rundschau International Newsletter / Our best stories
    // from Germany and Europe, delivered every Friday"): the e-mail field is the proof.
    {
      selectors: 'div, section, aside',
      signal: /^(?:(?:[Ss]ign up (?:for|to) )?(?:[A-Z][\w'’&-]* ){1,4}|[Ss]ign up (?:for|to) our )[Nn]ewsletters?\b/,
      contains: 'input[type="email"], input[name*="email" i]',
      maxWords: 60,
    },
    // "Get the Morning Ledger newsletter: the day's biggest business stories …": the offer of a
    // named newsletter (capitalised, or "our") opens the block; short, and the prose guard holds.
    {
      selectors: 'p, div, aside, section',
      signal: /^(?:[Gg]et|[Rr]eceive|[Ss]ign up (?:for|to)|[Ss]ubscribe to|[Tt]ry) (?:our|the (?:[A-Z][\w'’&-]* ){1,4})(?:free |daily |weekly )?(?:e-?mail )?newsletters?\b/,
      maxWords: 30,
    },
    // A one-line offer in italics under the story: "Click here to sign up for the KTRV 12 Daily
    // Headlines newsletter.", "Start the day with the stories that matter to Melbourne. Sign up
    // for our Morning Briefing newsletter." The whole block is the offer, with at most a short
    // sentence before it.
    {
      selectors: 'p, div, em, i',
      signal: /^(?:[^.]{0,80}\.\s+)?(?:click here to )?sign up (?:for|to) (?:our|the) (?:[\w'’&-]+ ){1,6}newsletters?\.?$/i,
      maxWords: 30,
    },
    // A box that pitches an e-mail and ends with its "Sign up" button ("Singapore Brief / Catch up
    // on the day's most-read local stories with our free evening e-mail, delivered at 6pm. / Sign up").
    {
      selectors: 'div, section, aside',
      signal: /\b(?:e-?mail|inbox|newsletter|briefing)\b.{0,200}\bsign (?:me )?up\W*$/i,
      contains: 'a[href], button',
      maxWords: 50,
    },
    // A sign-up box named for neither ("gnt_em_nl" with "Get the Lakeshore Morning Briefing"): its
    // email field and the ask.
    {
      selectors: 'div, section, aside',
      signal: /\b(?:sign (?:me )?up|subscribe|delivered to your inbox)\b/i,
      contains: 'input[type="email" i], input[name*="email" i]',
      maxWords: 60,
    },
  ],
  // "newsletter" alone is not boilerplate: a story may be about a school newsletter (fixture).
  proseWaivedIf: { contains: 'input[type="email"], input[name*="email" i]', maxWords: 90 },
  boilerplate: /sign up|delivered to your inbox|by signing up|subscribe to (?:our|the) [\w ]*newsletter/i,
};
