/**
 * The speaker's name in the phrase of a speech cue: in its subject ("Marjolein Visser, the
 * authority's chief executive, said") or right after its verb ("said Khamenei, who …"), with the
 * role an appositive gives. Pure string work; src/core/quotes/names.ts reads the capitalised runs.
 */
import { asWord, capitalised, clean, isCap, runIn, splitRole, type Named } from './names.ts';
import { isRole, ROLE_NOUN } from './name-words.ts';

/**
 * A few lower-case words and then a full name ("In Mamelodi East, pensioner Grace Sibiya, 71,";
 * "…, a period Carla Rinaldi describes as"): the name is the subject, not an appositive. Not with a
 * preposition or relative pronoun among the words ("a former headteacher at Crane").
 */
const ROLE_AND_NAME = /^\s*(?:(?:a|an)\s+)?(?!(?:\S+\s+)*?(?:of|at|for|from|in|on|with|to|by|who|whose|which|and|or)\s)(?:\p{Ll}[\p{Ll}-]*\s+){1,3}\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*)+\s*$/u;

/** "Northfell’s project director for Hollins Moor": a body's role for someone, by its possessive; a name after a preposition is a place or a body. */
const OWNER_ROLE = /^\s*\p{Lu}[\p{L}&.'’-]*['’]s\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,3}?\p{Ll}[\p{Ll}-]*(?:\s+(?:for|of|at|in|on)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)?\s*$/u;

/** A phrase of when, where or how someone spoke is no role ("…, to applause", "…, sous les applaudissements"). */
const CIRCUMSTANCE = /^\s*(?:to|from|with|after|before|at|in|on|during|amid|while|sous|avec|après|avant|devant|dans|en|au|aux|à|lors|pendant)\b/;
/** Appositive segments describe the person before them: "Mensah, a former headteacher at Crane". */
const APPOSITIVE = /^\s*(a|an|the|its|his|her|their|one|who|whose|which|der|die|das|qui|délégué|déléguée|chairman|chairwoman|[a-zà-ÿ]\S*)\b/;

/**
 * The speaker's name in a subject phrase: the last comma segment that opens a name
 * ("Stressing that …, Ambani" → "Ambani"; "Adhil Shetty, CEO, Bankbazaar.com" → "Adhil Shetty");
 * appositives give the role ("Marjolein Visser, the authority's chief executive").
 */
/** A segment that ends in a town ("… in Trois-Rivières"): a one-word segment after it is its state or province. */
const IN_PLACE = /(?<![\p{L}\d])(?:from|in|of|near)\s+\p{Lu}[\p{L}\d.'’-]*\s*$/u;

/** A US legislator's party and district or state: "R-Oconomowoc", "D-N.Y.", "(I-Vt.)". */
const PARTY_TAG = /^\s*\(?[RDI]-\p{Lu}[\p{L}. ]*\)?\s*$/u;

export function nameIn(phrase: string): Named | null {
  const segments = phrase.split(/[,;:]/);
  let found: Named | null = null;
  let at = -1;
  // The segment before was an appositive describing the name found, ending in a proper name.
  let described = false;
  segments.forEach((seg, i) => {
    // "Rising shortly before the vote, the finance minister …": a participle's phrase opens the sentence, no name.
    if (i === 0 && segments.length > 1 && /^\s*\p{Lu}\p{Ll}+ing\s+\p{Ll}/u.test(seg)) return;
    // "…, a visibly emotional Ashworth said": a surname after an article and adjectives is the subject.
    const surname = i === segments.length - 1 ? /^\s*an?\s+(?:(?!(?:of|from|in|at|for|on|with|to|by|near|and|who)\s)\p{Ll}[\p{Ll}-]*\s+){1,3}(\p{Lu}\p{Ll}[\p{L}'’-]*)\s*$/u.exec(seg)?.[1] : undefined;
    if (surname) {
      found = { name: surname, role: null };
      at = i;
      return;
    }
    // "Andre Johnson, R-Oconomowoc, said": a US legislator's party and district is no name.
    if (i > 0 && PARTY_TAG.test(seg)) return;
    if (i > 0 && ((APPOSITIVE.test(seg) && !ROLE_AND_NAME.test(seg)) || (found && OWNER_ROLE.test(seg)))) {
      described = /^\s*(?:a|an|the)\s.*\s\p{Lu}[\p{L}'’-]*\s*$/u.test(seg);
      return;
    }
    // "…, a senior lecturer at the University of the West Indies, Mona, said": one capitalised
    // word after a description of the person already named that ends in a body's or a place's
    // name is that body's place (a campus, a town).
    if (described && found && /^\s*\p{Lu}[\p{L}.'’-]*\s*$/u.test(seg)) return;
    described = false;
    // "a retired machinist in Trois-Rivières, Que., said": the province goes with the town.
    if (i > 0 && IN_PLACE.test(segments[i - 1] ?? '') && /^\s*\p{Lu}[\p{L}.'’-]*\s*$/u.test(seg)) return;
    const n = runIn(seg, segments.length === 1);
    if (n) {
      found = n;
      at = i;
    }
  });
  if (!found) return null;
  const f: Named = found;
  const next = segments[at + 1];
  if (!f.role && next && (APPOSITIVE.test(next) || OWNER_ROLE.test(next)) && !/^\s*(who|whose|which|qui|der|die|das)\b/.test(next)) {
    f.role = next.trim().replace(/^(the|a|an)\s+/i, '') || null;
  }
  // "The chancellor, Rachel Osei" → role from the segment before.
  if (!f.role && at > 0) {
    const prev = (segments[at - 1] ?? '').trim();
    const m = /^(?:the|our|le|la|der|die)\s+([\p{Ll}].{0,60})$/iu.exec(prev);
    if (m) f.role = prev.replace(/^(the|our)\s+/i, '');
  }
  return f;
}

/** First capitalised run right after a verb ("said Khamenei, who …"), with an appositive role. */
export function nameAfter(phrase: string): Named | null {
  const parts = phrase.split(/,/);
  // clean() keeps a possessive ("Iran’s"), which then reads as a role word, not a name.
  const words = (parts[0] ?? '').split(/\s+/).map((w) => (/['’]s$/.test(w) ? w : clean(w))).filter(Boolean).map(asWord);
  // "said board chair Denise Okoro": up to four lower-case role words before the name.
  let lead = 0;
  while (lead < words.length && lead < 4 && /^\p{Ll}|['’]s$/u.test(words[lead] ?? '') && !/^(the|a|an|one|in|on|at|to|that|this|after|before|when|during|his|her|its|their|ein|eine|einer|der|die|das|un|une|le|la|les)$/.test(words[lead] ?? '')) lead++;
  if (lead && !isCap(words[lead] ?? '')) lead = 0;
  const run: string[] = [];
  for (const w of words.slice(lead)) {
    if (!isCap(w)) break;
    run.push(w);
  }
  // "said Penang Consumers’ Alliance secretary Rajeswari Subramaniam": a body, its officer's
  // title in lower case, then the officer's full name.
  const at = lead + run.length;
  let k = at;
  // "Rheinau sporting director Lukas Brandt": up to three lower-case words, the last a role noun.
  while (k < words.length && k - at < 3 && /^\p{Ll}/u.test(words[k] ?? '')) k++;
  const title = (w: string): boolean => ROLE_NOUN.test(w) || isRole(capitalised(w));
  if (k > at && !title(words[k - 1] ?? '')) k = at;
  const officer: string[] = [];
  for (const w of k > at ? words.slice(k) : []) {
    if (!isCap(w)) break;
    officer.push(w);
  }
  const n = officer.length >= 2 ? splitRole(officer, words.slice(0, k)) : run.length ? splitRole(run, words.slice(0, lead)) : null;
  if (!n) return null;
  const app = parts[1];
  if (!n.role && app && APPOSITIVE.test(app) && !/^\s*(who|whose|which|qui|der|die|das)\b/.test(app) && !CIRCUMSTANCE.test(app)) {
    n.role = app.trim().replace(/[.;].*$/, '').replace(/^(the|a|an)\s+/i, '') || null;
  }
  return n;
}
