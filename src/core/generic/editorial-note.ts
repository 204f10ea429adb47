import type { GenericRule } from './types.ts';

/**
 * The aggregator's notes around a republished story (Phys.org-style science sites): the
 * "Editors' notes" box ("This article has been reviewed according to …'s editorial process
 * and policies. Editors have highlighted the following attributes …: fact-checked,
 * peer-reviewed publication …") and the "Feedback to editors" form ("Use this form if you
 * have come across a typo, inaccuracy …"). The box must open with its heading or the review
 * sentence; the review and form sentences are the boilerplate that lets the box run past
 * 20 words, and a story sentence about an editorial process has neither opening. Also the
 * publisher's accuracy and complaints-policy line, and the wire's "Reporting by …; Editing by …"
 * credit under the story.
 */
/** The notes' own sentences, which let a box of them run past 20 words. */
const NOTES =
  /\b(?:(?:our|the) (?:complaints?|corrections?) (?:policy|procedure)|reviewed according to\b.{0,60}\beditorial (?:process|policies)|editors have highlighted the following attributes|use this form if you have come across a typo|send an edit request|may earn (?:a )?(?:small )?(?:affiliate )?commission when you buy|^this (?:article|story|piece|feature) (?:appears|appeared|is published|was published) in (?:the )?[^.]{0,60}\b(?:issue|edition)\b|\b(?:opinions?|views?) expressed (?:here|in this (?:article|piece|column)) (?:are|is) (?:solely )?those of the (?:writers?|authors?|contributors?|columnists?)\b)/i;

/** An outlet's standard plug for itself, the whole block (also what lets it run past 20 words). */
const PLUG =
  /^get (?:the )?(?:breaking|latest) news(?:,| and| from)[^.]{0,120}\bon [\w .&'’-]{1,40}\.(?: catch (?:all )?the live (?:tv )?action on [^.]{1,80}\.)?(?: (?:like|follow) us on [^.]{1,120}\.)?$/i;

export const editorialNote: GenericRule = {
  id: 'editorial-note',
  when: [
    {
      selectors: 'div, section, aside, p',
      signal:
        /^(?:editors?['’]? notes?\b|this (?:article|story) has been reviewed according to\b.{0,60}\beditorial (?:process|policies|standards))/i,
    },
    // The shopping disclosure under a headline: "If you buy something from an Overclock link, we
    // may earn a commission. See our ethics statement." Opens with the purchase or the "we may
    // earn", and names the commission.
    {
      selectors: 'div, p, small, em, aside',
      // Also "Disclosure: TechSaar may earn a commission when you buy through affiliate links …".
      signal: /^(?:if you (?:buy|purchase|click)[^.]{0,80}\bwe (?:may )?(?:earn|receive|get) (?:a )?(?:small )?(?:commission|share of (?:the )?(?:sale|revenue))|(?:disclosure\s*:\s*)?(?:we|[\w'’.&-]+(?: [\w'’.&-]+){0,2}) may (?:earn|receive) (?:a )?(?:small )?(?:affiliate )?commission\b)/i,
      maxWords: 35,
    },
    {
      selectors: 'div, section, aside, form',
      signal: /^(?:feedback to (?:the )?editors?|(?:spotted|found) (?:a|an) (?:typo|error|mistake)\b)/i,
      contains: 'form, button, a[href]',
    },
    // The publisher's accuracy and complaints line: "Our journalists strive for accuracy but on
    // occasion we make mistakes. For further details on our complaints policy …", "The Halsey
    // Register strives for accuracy and fairness. If you spot an error, … Read our corrections policy."
    {
      selectors: 'div, p, aside, section, small',
      signal: /^(?:our (?:journalists|reporters|editors|newsroom)|the [\w'’&.-]+(?: [\w'’&.-]+){0,4}) (?:strives?|aims?|tr(?:y|ies)|works?) (?:hard )?(?:for|to (?:be|ensure|get)) (?:accura|it right)[^.]{0,60}\.\s*.{0,200}\b(?:complaints?|corrections?) (?:policy|procedure|process)\b/i,
    },
    // A markets desk's holdings disclosure: "Disclosure: The author has no position in any of
    // the stocks mentioned in this article." The holding and "mentioned" with nothing after it
    // but "in this article", so a story sentence about a fund's holdings goes on and stays.
    {
      selectors: 'p, div, small, em, aside',
      signal: /^(?:disclosure\s*:\s*)?[^.]{0,80}?\b(?:ha(?:s|ve)|holds?|owns?)\b (?:no |a |an )?(?:positions?|shares|holdings|(?:financial|beneficial) interests?)\b[^.]{0,60}\b(?:stocks?|securities|companies|shares|funds)\b[^.]{0,40}\bmentioned(?: (?:in|above in) (?:this|the) (?:article|story|piece|column))?\.?$/i,
      maxWords: 40,
    },
    // Where the story ran in print, under it: "This article appears in Issue 31 of Gathered, on
    // sale now.", "This article appeared in the Harbour Morning Post print edition as: <print
    // headline>", "This article appears in the March 2026 issue of …". A note about the page, not
    // the story: every blind labeller who met one (rounds Q and R) marked it clutter.
    {
      selectors: 'p, div, em, small, aside',
      signal: /^this (?:article|story|piece|feature) (?:appears|appeared|is published|was published) in (?:the )?[^.]{0,60}\b(?:issue|edition)\b/i,
      maxWords: 30,
    },
    // An opinion site's disclaimer: "DISCLAIMER: Opinions expressed here are those of the writers
    // and do not reflect those of …", "The views expressed in this article are the author's own."
    {
      selectors: 'p, div, em, small, aside',
      signal: /^(?:disclaimer\s*:?\s*)?(?:the )?(?:opinions?|views?) expressed (?:here(?:in)?|in this (?:article|piece|column|story|op-ed)|by (?:the )?(?:writers?|authors?|contributors?))? ?(?:are|is) (?:(?:solely )?(?:those|that) of the (?:writers?|authors?|contributors?|columnists?)\b|(?:the|their|his|her) (?:writer|author|columnist|contributor)?(?:['’]s?)? own\b)/i,
      maxWords: 50,
    },
    // The wire's credit line: "Reporting by Elena Vasquez-Hart; Editing by Graham Pike". The
    // whole block is the credit, with an editing credit in it.
    {
      selectors: 'p, div, span, small, em',
      signal: /^\(?(?:(?:additional )?reporting|writing|compiled|reported) by [^;.]{2,120}(?:;\s*[^;.]{2,120}?){0,3}[;,]\s*editing by [^;.]{2,80}\)?\.?$/i,
      maxWords: 40,
    },
    // A news channel's plug under every story: "Get Breaking news, live coverage, and Latest News
    // from India and around the world on Samachar Now. Catch all the Live TV action on Samachar
    // Now 24x7." The whole block is the plug, ending with the outlet's name.
    {
      selectors: 'p, div, small, em, aside',
      signal: PLUG,
      maxWords: 60,
    },
  ],
  boilerplate: new RegExp(`${NOTES.source}|${PLUG.source}`, 'i'),
  maxWords: 80,
};
