import type { GenericRule } from './types.ts';

/**
 * The aggregator's notes around a republished story (Phys.org-style science sites): the
 * "Editors' notes" box ("This article has been reviewed according to …'s editorial process
 * and policies. Editors have highlighted the following attributes …: fact-checked,
 * peer-reviewed publication …") and the "Feedback to editors" form ("Use this form if you
 * have come across a typo, inaccuracy …"). The box must open with its heading or the review
 * sentence; the review and form sentences are the boilerplate that lets the box run past
 * 20 words, and a story sentence about an editorial process has neither opening.
 */
export const editorialNote: GenericRule = {
  id: 'editorial-note',
  when: [
    {
      selectors: 'div, section, aside, p',
      signal:
        /^(?:editors?['’]? notes?\b|this (?:article|story) has been reviewed according to\b.{0,60}\beditorial (?:process|policies|standards))/i,
    },
    {
      selectors: 'div, section, aside, form',
      signal: /^(?:feedback to (?:the )?editors?|(?:spotted|found) (?:a|an) (?:typo|error|mistake)\b)/i,
      contains: 'form, button, a[href]',
    },
  ],
  boilerplate:
    /\b(?:reviewed according to\b.{0,60}\beditorial (?:process|policies)|editors have highlighted the following attributes|use this form if you have come across a typo|send an edit request)/i,
  maxWords: 80,
};
