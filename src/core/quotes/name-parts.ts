import { DEPT_WORD, isRole } from './name-words.ts';
import { SURNAME_LEAD } from './people-words.ts';

/**
 * The parts of full names a story uses alone, beyond the last word (people.ts reads the
 * surname itself): a surname of two words ("Al Harmoodi", "Quispe Aranda") and a middle word
 * ("Cáceres" of "Julio Cáceres Mendoza", "Mr. Ismail" of "Mohammed Ismail Khader").
 */
export class NameParts<P extends { name: string }> {
  /** Full names met mid-sentence: their first word is a given name, not a noun opening a sentence ("Bookkeeper Marlene Krüger"). */
  private inside = new Set<P>();
  /** The middle words of those names: "Cáceres" → "Julio Cáceres Mendoza". */
  private middles = new Map<string, P[]>();

  /** The name was met mid-sentence ("seismologist Marisol Quispe Aranda"). */
  metInside(p: P): void {
    if (this.inside.has(p)) return;
    this.inside.add(p);
    for (const w of p.name.split(' ').slice(1, -1)) this.middles.set(w, [...(this.middles.get(w) ?? []), p]);
  }

  /**
   * "Cáceres", "Ismail": the first of two surnames, or the name a South Asian story calls a man
   * by, is a middle word of one full name met mid-sentence (so its first word is a given name).
   * One person only.
   */
  byMiddle(word: string): P[] | undefined {
    const all = this.middles.get(word);
    return all?.length === 1 ? all : undefined;
  }

  /**
   * Whether `name` (two words or more) is a surname that ends the full name `p`. Only a surname's
   * own first word ("Al", "Mac", "Ó", a particle-joined "Huamán⁠de⁠la") makes it so for any full name:
   * "Marlene Krüger" is a full name, never the end of a "Bookkeeper Marlene Krüger" read with its
   * role. A double surname ("Ferreira Lopes" of "Ana Cláudia Ferreira Lopes") ends a name that has
   * two given names more, none of them a title, or one when the name was met mid-sentence.
   */
  ends(name: string, p: P): boolean {
    if (!p.name.endsWith(` ${name}`)) return false;
    const words = name.split(' ');
    if (SURNAME_LEAD.test(words[0] ?? '')) return true;
    const extra = p.name.split(' ').slice(0, -words.length);
    return (extra.length >= 2 || (extra.length === 1 && this.inside.has(p))) && extra.every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !isRole(w) && !DEPT_WORD.test(w));
  }
}
