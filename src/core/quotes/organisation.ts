/**
 * "according to a statement from the company", "the firm said": a story about one
 * organisation refers to it by its kind. The organisation is the proper name the story
 * repeats most (at least three times) that is not a person it names, given in its longest
 * form ("Nordvik" seven times, "Nordvik Appliances" once → "Nordvik Appliances").
 */
const KINDS =
  'company|firm|group|business|carmaker|retailer|manufacturer|maker|bank|lender|airline|insurer|chain|operator|utility|ministry|department|agency|council|authority|university|club|school|hospital|charity|union|party|government|police|force|regulator|commission|board|court';

/** A description that points at the story's organisation rather than at a person. */
const ORG_REFERENCE = new RegExp(
  `^(?:an?\\s+|the\\s+)?(?:(?:written\\s+|brief\\s+|joint\\s+)?(?:statement|announcement|release|press release|filing|notice|letter|email|spokesperson|spokesman|spokeswoman|representative)\\s+(?:from|by|issued by|for|of)\\s+)?the\\s+(?:${KINDS})$`,
  'i',
);

const STOP = new Set(
  'The A An In On At Of For And But Or If As By To From With When While After Before He She It They We I You His Her Their Our Its This That These Those There Here Mr Mrs Ms Dr Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December'.split(
    ' ',
  ),
);

export function refersToOrganisation(description: string): boolean {
  return ORG_REFERENCE.test(description.trim());
}

export function mainOrganisation(paragraphs: readonly string[], personWords: ReadonlySet<string>): string | null {
  const counts = new Map<string, number>();
  const text = paragraphs.join('\n');
  for (const m of text.matchAll(/\b\p{Lu}[\p{L}\p{M}]+(?:'s)?/gu)) {
    const word = m[0].replace(/'s$/, '');
    if (STOP.has(word) || personWords.has(word)) continue;
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const [best, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  if (!best || n < 3) return null;
  // Its longest form: the name followed by more capitalised words, as the story first gives it.
  const runs = text.match(new RegExp(`\\b${best}(?:\\s+\\p{Lu}[\\p{L}\\p{M}]+)*`, 'gu')) ?? [best];
  return runs.reduce((long, r) => (r.split(/\s+/).length > long.split(/\s+/).length ? r : long), best);
}
