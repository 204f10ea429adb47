import type { Named } from './names.ts';
import { CALENDAR, STOP } from './name-words.ts';

/**
 * Two people who share a surname, written as a pair: "twins Lewis and Callum Dorrance", "When Greg
 * and Anne Pattison stood …". Pure string work; src/core/quotes/names.ts gives the first name the surname.
 */
export interface Couple {
  first: string;
  other: string;
  surname: string;
}

/** "twins Lewis and Callum Dorrance", "the couple Anna and Tom Price": a first name joined to a full name after a word for the pair. */
const SHARED = /(?:(?:twins|brothers|sisters|siblings|couple|parents|cousins|daughters|sons|founders|co-founders|owners|spouses),?\s)(\p{Lu}\p{Ll}+) and (\p{Lu}\p{Ll}+) (\p{Lu}[\p{L}'’-]+)\b/gu;

/**
 * "When Greg and Anne Pattison stood …, the chimney Greg’s grandfather built": no word for the
 * pair, but the first name comes back alone. Found from each " and " (a scan of the whole text
 * for the pattern costs more than the rest of the name rules on a long story).
 */
const PAIR_BEFORE = /(?:^|[^\p{L}'’])(\p{Lu}\p{Ll}+)$/u;
const PAIR_AFTER = /(\p{Lu}\p{Ll}+) (\p{Lu}[\p{L}'’-]+)\b/uy;
function bareCouples(text: string): Couple[] {
  const out: Couple[] = [];
  for (let at = text.indexOf(' and '); at >= 0; at = text.indexOf(' and ', at + 5)) {
    const first = PAIR_BEFORE.exec(text.slice(Math.max(0, at - 30), at))?.[1];
    if (!first) continue;
    PAIR_AFTER.lastIndex = at + 5;
    const m = PAIR_AFTER.exec(text);
    if (!m?.[1] || !m[2]) continue;
    const rest = text.slice(0, at - first.length) + text.slice(at + 5 + m[0].length);
    if (new RegExp(`(?<![\\p{L}])${first}(?:['’]s)?(?![\\p{L}])`, 'u').test(rest)) out.push({ first, other: m[1], surname: m[2] });
  }
  return out;
}

/** Both kinds, the pairs after a word for them first. */
export function couplesIn(text: string): Couple[] {
  const pairs = [...text.matchAll(SHARED)].map(([, first = '', other = '', surname = '']) => ({ first, other, surname }));
  return [...pairs, ...bareCouples(text)];
}

/** The first name before "and" shares the full name's surname, and comes first. */
export function withSharedSurname(text: string, out: Named[]): Named[] {
  for (const { first, other, surname } of couplesIn(text)) {
    const n = out.find((x) => x.name === `${other} ${surname}`);
    if (!n || !first || STOP.test(first) || CALENDAR.test(first) || out.some((x) => x.name === `${first} ${surname}`)) continue;
    out.splice(out.indexOf(n), 0, { name: `${first} ${surname}`, role: n.role });
  }
  return out;
}
