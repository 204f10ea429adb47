/**
 * Surnames with particles: "Pieter van der Meulen", "Rosa Elena Huamán de la Torre", "Ana Luísa
 * dos Santos", "Azman bin Yusof". The name rules read a name as a run of capitalised words, so
 * a lower-case particle would cut it ("Meulen", with "Pieter van der" for a role). Before
 * attribution, each particle between capitalised words is joined to the word before it by a
 * word joiner (U+2060, no space to the name rules, so one capitalised word: "Pieter⁠van⁠der
 * Meulen"); a sentence that opens with the particles of a surname the story has given that way
 * ("Van der Meulen said") has them blanked, leaving the surname. Every change keeps the text's
 * length, so quotation offsets still hold; `spoken` turns the joiners back into spaces.
 */
import { HONORIFIC } from './name-words.ts';

const JOINER = '\u2060';
const PARTICLE = /^(?:van|von|der|den|de|del|della|di|da|do|dos|das|du|bin|binti|ibn|ter|ten|zu|i|y)$/;
/** "la", "las" and "los" only after "de" or "del" ("de la Torre"); alone they are articles. */
const AFTER_DE = /^(?:la|las|los)$/;
const inSurname = (w: string, prev: string): boolean => PARTICLE.test(w.toLowerCase()) || (AFTER_DE.test(w) && /^del?$/i.test(prev));
const MAY_HAVE = /\s(?:van|von|der|den|de|del|della|di|da|do|dos|das|du|bin|binti|ibn|ter|ten|zu|i|y)\s+(?:(?:der|den|la|las|los)\s+)?[A-ZÀ-ÞĀ-Ž]/;
const isCapital = (w: string): boolean => /^\p{Lu}\p{Ll}/u.test(w);
/** A capitalised word the particles can belong to: no punctuation closes it ("Joost van Berg", not "“…,” dos Santos"). */
/** Not an honorific: "Dr van der Merwe" is the surname after a title, blanked like "Van der Merwe said". */
const opensName = (w: string): boolean => isCapital(w) && !/[,.;:!?)”"]$/.test(w) && !HONORIFIC.test(w);

/**
 * One paragraph: particles between capitalised words joined to the word before; with `known`,
 * particles before a known surname that follow no capitalised word ("Van der Meulen said",
 * "“…,” dos Santos said") blanked instead. Adds each joined surname to `surnames`.
 */
function joinOne(text: string, surnames: Set<string>, known?: ReadonlySet<string>): string {
  const parts = text.split(/(\s+)/); // words at even indexes, spaces at odd
  for (let i = 0; i < parts.length; i += 2) {
    const first = parts[i] ?? '';
    if (!PARTICLE.test(first.toLowerCase())) continue;
    let j = i + 2;
    while (j < parts.length && inSurname(parts[j] ?? '', parts[j - 2] ?? '')) j += 2;
    const before = i >= 2 ? (parts[i - 2] ?? '') : '';
    const after = (parts[j] ?? '').replace(/[^\p{L}'’-].*$/u, '');
    if (!isCapital(after)) continue;
    // The surname ends the name: "Gesetzentwurf von Justizministerin Stefanie Hubig" is German nouns.
    const next = parts[j + 2] ?? '';
    const ends = /[^\p{L}'’-]$/u.test(parts[j] ?? '') || !isCapital(next);
    if (PARTICLE.test(first) && opensName(before) && ends) {
      for (let k = i - 1; k < j - 1; k += 2) parts[k] = JOINER.repeat((parts[k] ?? ' ').length);
      surnames.add(after);
    } else if (known?.has(after) && !opensName(before)) {
      for (let k = i; k < j; k++) parts[k] = ' '.repeat((parts[k] ?? '').length);
    }
    i = j - 2;
  }
  return parts.join('');
}

/** Each paragraph with its surname particles joined, and the particles of surnames so given blanked where no first name comes before. */
export function joinParticles(paragraphs: readonly string[]): string[] {
  const surnames = new Set<string>();
  // Most stories have no particle before a capital: one test per paragraph, no splitting.
  const joined = paragraphs.map((p) => (MAY_HAVE.test(p) ? joinOne(p, surnames) : p));
  if (!surnames.size) return joined;
  return paragraphs.map((p) => joinOne(p, new Set(), surnames));
}

/** A name as the story writes it: the joiners back to spaces. */
export const spoken = (s: string | null): string | null => (s === null ? null : s.replaceAll(JOINER, ' '));
