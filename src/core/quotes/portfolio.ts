import { DEPT_WORD, PORTFOLIO, isRoleWord } from './name-words.ts';

/** A department or portfolio word ("Environment", "Ecology"), as ministers' titles list them. */
export const isPortfolio = (w: string): boolean => DEPT_WORD.test(w) || PORTFOLIO.test(w);

const LINK = /^(?:and|the|&)$/;

/**
 * A minister's title with its portfolio, before or at the start of a run of capitals:
 * "Minister for Foreign Affairs Deirdre Fallon" (the run "Foreign Affairs Deirdre Fallon"
 * starts after "for"; 2 of its words name the portfolio), "Minister of Culture and the Arts Dr
 * Nalini Ragoonath" (the run starts at "Arts"; 1). The words before `start` must lead back,
 * over capitals and "and" / "the" / "&", to a title word and "for" or "of". Gives the index of
 * the title word and how many of the run's leading words name the portfolio (at least two
 * are left for the name); null when no such title opens the phrase. `words` are clean words.
 */
export function portfolioTitle(words: readonly string[], start: number, runLength: number): { from: number; length: number } | null {
  let i = start - 1;
  while (i > 0 && start - i <= 8 && (LINK.test(words[i] ?? '') || /^\p{Lu}/u.test(words[i] ?? ''))) i--;
  if (!/^(?:for|of)$/.test(words[i] ?? '') || !isRoleWord(words[i - 1] ?? '')) return null;
  let length = 0;
  while (length < runLength - 2 && isPortfolio(words[start + length] ?? '')) length++;
  return length ? { from: i - 1, length } : null;
}
