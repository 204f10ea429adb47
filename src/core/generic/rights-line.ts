import type { GenericRule } from './types.ts';

/**
 * Rights and transcript notices at the foot of a story: "Copyright 2025 KXTV Media Inc. All
 * rights reserved. This material may not be published, broadcast, rewritten, or
 * redistributed." (local TV, wire syndication), "NPR transcripts are created on a rush
 * deadline … may not be in its final form" (radio transcripts), an aggregator's "Citation: <title>
 * (2025, March 3) retrieved 4 March 2025 from https://…" and "This document is subject to copyright."
 * A public broadcaster's syndication line, "Copyright 2026 Tamarack Public Media", is the block's
 * whole text: the year and a name of a few words, nothing after. Otherwise the block must open with
 * "Copyright"/"©" and say "all rights reserved" or "may not be published" (or "Source: … © …
 * Permission required for reproduction."), be an "informational purposes only / not investment
 * advice" disclaimer (or "for general information only and is not a substitute for professional
 * medical advice"), or be a
 * rush-transcript notice; at most 50 words. Such a notice runs past 20 words, so the same
 * phrases are its boilerplate; a story paragraph about copyright has neither opening nor phrase.
 */
export const rightsLine: GenericRule = {
  id: 'rights-line',
  when: [
    {
      selectors: 'p, div, small, span, em',
      signal:
        /^(?:\(?c\)?|©|ⓒ|copyright)\s?(?:©\s?)?(?:\d{4}|[A-Z]).{0,120}(?:all rights reserved|may not be (?:published|reproduced|redistributed))|\brush (?:transcript|deadline)\b.{0,160}\bmay not be in (?:its )?final form|^(?:copyright|©)\s?(?:©\s?)?\d{4}(?:[-–]\d{2,4})?,? (?:[\w&.'’-]+ ?){1,6}$|^this is a rush transcript\b|^this document is subject to copyright\b|^citation\s?: .{0,300}\bretrieved \d{1,2} \w+ \d{4} from https?:\/\/|^(?:this|the) (?:article|content|story|material|information)(?: on this (?:page|site))? is (?:provided )?for (?:general )?information(?:al)?(?: purposes)? only\b|^(?:source\s?:\s?)?.{0,60}©.{0,80}\b(?:permission required for reproduction|reproduction (?:is )?(?:prohibited|not permitted))/i,
    },
  ],
  boilerplate: /for (?:general )?information(?:al)?(?: purposes)? only|not (?:a )?substitute for (?:professional )?(?:medical|legal|financial) advice|does not constitute (?:investment|financial|legal|tax) advice|permission required for reproduction|this document is subject to copyright|\bretrieved \d{1,2} \w+ \d{4} from https?:\/\/|all rights reserved|may not be (?:published|reproduced|redistributed)|rush (?:transcript|deadline)|may not be in (?:its )?final form/i,
  maxWords: 50,
};
