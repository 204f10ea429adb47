/**
 * Who a story or a paragraph is about, for speakers that do not say who they are: a lede's
 * description named only later, and "the 24-year-old" the story gave no age.
 */
import type { Quote } from '../types.ts';
import type { People, Person } from './people.ts';
import { genderOf } from './name-words.ts';
import { SENTENCE_END } from './attribute-words.ts';

/** The present perfect of a news lede: "A coroner has said …", "The chairwoman of a parish council has told …". */
const LEDE_VERB = /\b(?:has|have)\s+(?:\p{Ll}+ly\s+)?(?:said|told|\p{Ll}+ed)\b/u;

/**
 * The person a lede's unnamed speaker turns out to be. A news story may open on a description
 * ("A taxi driver has told a jury he watched a man “walk calmly away …”") and name that person
 * in the paragraphs after it ("Imran Qureshi, 52, was giving evidence …"). The first person
 * named in the two paragraphs after the lede who is quoted later in the story, and of no other
 * sex than the description's, is taken; null when the lede has no present perfect or no one fits.
 * `at`: the lede's paragraph (a photo's caption may come before it).
 */
export function ledeSpeaker(description: string, at: number, paragraphs: readonly string[], quotes: readonly Quote[], people: People): Person | null {
  if (!LEDE_VERB.test(paragraphs[at] ?? '')) return null;
  const sex = genderOf(description);
  const quoted = new Set(quotes.filter((q) => q.paragraph > at).map((q) => q.speaker));
  const named = people.mentions(paragraphs.slice(at + 1, at + 3).join('\n'));
  return named.find((p) => p.gender !== 'n' && p.name.includes(' ') && quoted.has(p.name) && (!sex || !p.gender || p.gender === sex)) ?? null;
}

/**
 * "Katarina Vuković had already flung her racquet …, the Croatian had come back to beat Amélie
 * Roussel …. / “…,” the 24-year-old said": the first person the paragraph names before the
 * quotation, else the first the paragraph before names (its subject), not the last named.
 * `earlier`: the story's last paragraphs, one a line, the last the paragraph up to the quotation.
 */
export function paragraphSubject(earlier: string, people: People): Person | null {
  const [before = '', current = ''] = earlier.split('\n').slice(-2);
  const p = people.mentions(current)[0] ?? people.mentions(before)[0];
  return p && p.gender !== 'n' ? p : null;
}

/**
 * Whether the paragraph up to the quotation brings in someone unnamed of the description's kind
 * ("One cardiologist who has consulted for …, said …. “…,” the cardiologist said"): then "the
 * cardiologist" is that one, not a cardiologist the story named before.
 */
export function introducedHere(description: string, lead: string): boolean {
  const head = (description.split(/\s+/).pop() ?? '').replace(/[^\p{L}-]/gu, '');
  if (!head) return false;
  const brought = new RegExp(`^(?:One|An?|Another)\\s+(?:[\\p{Ll}-]+\\s+){0,2}${head}\\b(?![^.!?]*\\b\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+)`, 'u');
  return lead.split(SENTENCE_END).some((sentence) => brought.test(sentence.trim()));
}
