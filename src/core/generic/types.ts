/**
 * A generic clutter rule is data: which elements may be this clutter, and which signal
 * proves it. src/core/generic-clean.ts interprets the rules; src/core/generic/index.ts orders
 * them. Every rule has a fixture: tests/fixtures/generic/rules/<id>.html (checked by
 * tests/unit/generic-rules.test.ts).
 */
export interface Candidate {
  /** CSS selectors for elements that may be this clutter. */
  selectors: string;
  /** The element's whitespace-collapsed text must match (omit: the selector is the signal). */
  signal?: RegExp;
  /** Structure the element must be or hold (a video player, a form, a link or button). */
  contains?: string;
  /** At most this many words for this candidate, in place of the rule's cap (checked before its text is read too). */
  maxWords?: number;
  /** This candidate's own link-density floor, in place of the rule's. */
  minLinkDensity?: number;
  /**
   * The element comes after the story: no prose paragraph follows it in its article (or
   * main, or the root), and it is not one more block in a run of prose blocks of its own tag.
   * For clutter known by its phrasing alone (a bio box without a bio class).
   */
  afterStory?: boolean;
}

export interface GenericRule {
  /** Equals the file name; logged as `generic:<id>`. */
  id: string;
  /** Any candidate that matches qualifies the element. */
  when: Candidate[];
  /** At least this many distinct matches of the first qualifying candidate's signal. */
  minHits?: number;
  /** A second signal the text must also carry (keeps a paragraph that only lists prices). */
  require?: RegExp;
  /** Phrases that make even a 20+ word paragraph clutter ("By continuing to browse…"). */
  boilerplate?: RegExp;
  /** The prose guard is off: the structural signal is proof enough (comment threads hold prose). */
  proseAllowed?: boolean;
  /** At least this share of the element's text is inside links (link boxes, rails). */
  minLinkDensity?: number;
  /**
   * Structure that proves the clutter even when the block has prose of its own: the prose
   * guard is waived when the element holds a match of `contains` and has at most `maxWords`
   * words (a sign-up box whose pitch runs past 20 words but holds an e-mail field).
   */
  proseWaivedIf?: { contains: string; maxWords: number };
  /** At most this many words, for every candidate without a cap of its own: a longer block is not this kind of clutter. */
  maxWords?: number;
}
