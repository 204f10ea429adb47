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
  private seen = new Set<P>();
  /** The middle words of names: "Cáceres" → "Julio Cáceres Mendoza". */
  private middles = new Map<string, P[]>();

  /** A full name the story gives; `inside`: met mid-sentence ("seismologist Marisol Quispe Aranda"). */
  met(p: P, inside: boolean): void {
    if (this.inside.has(p) || (!inside && this.seen.has(p))) return;
    this.seen.add(p);
    if (inside) this.inside.add(p);
    // Third and later words of a name of four ("José Antonio Gallardo Peña") are surnames wherever
    // it was met; the second is a given name only when the name was met mid-sentence.
    const words = p.name.split(' ');
    if (!words.every((w) => /^\p{Lu}/u.test(w))) return; // "Ecology and Environment Zhao Yingjun" is no one's full name
    for (let i = inside ? 1 : 2; i < words.length - 1; i++) {
      const w = words[i] ?? '';
      // "Puig⁠i Serra" (its particle joined, particles.ts) is "Puig" on its own too.
      for (const part of w.includes('\u2060') ? [w, w.split('\u2060')[0] ?? w] : [w]) {
        const all = this.middles.get(part) ?? [];
        if (!all.includes(p)) this.middles.set(part, [...all, p]);
      }
    }
  }

  /**
   * "Cáceres", "Ismail": the first of two surnames, or the name a South Asian story calls a man
   * by, is a middle word of one full name (see `met`). One person only.
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

  /** "K. Vuković" (a results box) after "Katarina Vuković": an initial and a surname stand for the one full name they fit. */
  initialled(name: string, sameSurname: readonly P[]): P | undefined {
    const [initial = '', , more] = name.split(' ');
    if (!/^\p{Lu}\.$/u.test(initial) || more !== undefined) return undefined;
    const all = sameSurname.filter((p) => p.name.startsWith(initial.charAt(0)) && !/^\p{Lu}\./u.test(p.name));
    return all.length === 1 ? all[0] : undefined;
  }
}
