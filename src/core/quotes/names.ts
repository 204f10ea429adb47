/**
 * Names and roles in a phrase: "Iran's supreme leader Ali Khamenei" → name "Ali Khamenei",
 * role "Iran's supreme leader"; "Niels Bakker, chairman of the FNV Havens union" → role from
 * the appositive. Honorifics dropped. Pure string work on one sentence at a time.
 */

import { HONORIFIC, HONORIFIC_F, HONORIFIC_M, ROLE_WORD, ROLE_NOUN, isRole, DEPT_WORD, STOP, CALENDAR, isBodyName, PORTFOLIO, PLACE_LIST, INSTITUTION_HEAD, PLACE_LEAD } from './name-words.ts';
import { withSharedSurname } from './couples.ts';

export { genderOf, HONORIFIC, isBodyName, STOP } from './name-words.ts';

export const clean = (w: string): string => w.replace(/^[^\p{L}]+|[^\p{L}.'’-]+$/gu, '').replace(/(?<!^(?:Inc|Corp|Ltd|Jr|Sr|Bros|[A-Z]|(?:[A-Z]\.)+[A-Z]))\.$/, '');
export const isCap = (w: string): boolean => /^\p{Lu}/u.test(w) && !/['’]s$/.test(w) && !CALENDAR.test(w);
/** Acronyms and domains are roles or firms, not names ("CEO", "Bankbazaar.com"). */
const asWord = (w: string, i = 0, all: readonly string[] = []): string => {
  if (/\.\S/.test(w)) return w.toLowerCase();
  if (!/^\p{Lu}{2,}$/u.test(w)) return w;
  // "US Consumer Product Safety Commission": an acronym opening a longer name stays in it.
  const next = all[i + 1] ?? '';
  // "Minister for Electronics and IT Suresh Rangarajan": after a link word the acronym ends a title.
  if (/^(?:and|for|of|&)$/.test(all[i - 1] ?? '')) return w.toLowerCase();
  return /^\p{Lu}\p{Ll}/u.test(next) && !/^\p{Lu}{2,}$/u.test(all[i - 1] ?? '') && !ROLE_WORD.test(w) ? w : w.toLowerCase();
};

export interface Named {
  name: string;
  role: string | null;
  /** From an honorific in front of the name ("Mrs", "Sir"). */
  gender?: 'f' | 'm';
  /** Met mid-sentence ("seismologist Marisol Quispe Aranda"): its first word is a name, not a capitalised noun opening a sentence. */
  inside?: boolean;
}

/** Split a capitalised run into leading role words and the name after them. */
function splitRole(run: string[], before: string[]): Named | null {
  const names = run.filter((w) => !HONORIFIC.test(w));
  // The name starts after the last title word: "Deputy Chief Fire Officer Karen Booth" → "Karen Booth".
  let k = 0;
  for (let i = 0; i < names.length - 1; i++) {
    const w = names[i] ?? '';
    const titled = DEPT_WORD.test(w) ? ROLE_WORD.test(names[i + 1] ?? '') || DEPT_WORD.test(names[i + 1] ?? '') : isRole(w);
    if (titled && i === k) k = i + 1;
    // "Economy Minister …", "FTC Chair …": capitalised words and acronyms before a title word belong to the title.
    else if (ROLE_WORD.test(w) && !DEPT_WORD.test(w) && names.slice(k, i).every((x) => DEPT_WORD.test(x) || ROLE_WORD.test(x) || /^\p{Lu}(?:\p{Ll}+|\p{Lu}+)$/u.test(x))) k = i + 1;
  }
  // "Member for Blue Economy and Fisheries Peter Abuya": the last word of a portfolio is no first name.
  if (k === 0 && names.length >= 3 && PORTFOLIO.test(names[0] ?? '') && /^(?:and|for|of|&)$/.test(before[before.length - 1] ?? '')) k = 1;
  const name = names.slice(k);
  if (!name.length) return null;
  const roleWords = [...before, ...names.slice(0, k)];
  const role = roleWords.join(' ').replace(/^(the|a|an)\s+/i, '').trim();
  const out: Named = { name: name.join(' '), role: role || null };
  if (run.some((w) => HONORIFIC_F.test(w))) out.gender = 'f';
  else if (run.some((w) => HONORIFIC_M.test(w))) out.gender = 'm';
  return out;
}

/** The last run of capitalised words in one comma-free segment, with the role words before it. */
export function runIn(segment: string, wholeSubject: boolean): Named | null {
  // A word in brackets ends the run: "Cllr Declan Furlong (Ind)" is Declan Furlong.
  const words = segment.split(/\s+/).map((w) => (/^\(.*\)\W*$/.test(w) ? 'bracketed' : w)).map(clean).filter(Boolean).map(asWord);
  let end = words.length;
  while (end > 0 && !isCap(words[end - 1] ?? '')) end--;
  let start = end;
  while (start > 0 && isCap(words[start - 1] ?? '')) start--;
  while (start < end && STOP.test(words[start] ?? '')) start++;
  if (start >= end) return null;
  // "the Portuguese forward", "a Google spokesman": one capital between an article and a noun is an adjective.
  // Also "a senior Velorian official", "A Hargreaves Foods spokeswoman": capitals after an article
  // (and up to three lower-case words) with a lower-case noun after them describe an unnamed person.
  if (end < words.length && /^\p{Ll}/u.test(words[end] ?? '')) {
    let j = start - 1;
    while (j >= 0 && start - j <= 3 && /^\p{Ll}/u.test(words[j] ?? '') && !/^(?:the|a|an|another|one)$/i.test(words[j] ?? '')) j--;
    const article = words[j] ?? '';
    // "the Harvest Fields chief": a firm's name and then a role noun that ends the phrase.
    const roleEnd = end === words.length - 1 && ROLE_NOUN.test(words[end] ?? '');
    // "outside the Harbor Street depot": several capitals between "the" and a noun (not a verb: "The Public Service Workers' Union has put out …").
    const noun = !/^(?:has|have|had|is|was|were|are|will|would|could|can|may|might|said|says|told|tells|did|does|also|then|later|now|which|who|that)$|ed$/.test(words[end] ?? '');
    if (/^(?:a|an|another|one)$/i.test(article) || (/^the$/i.test(article) && (end - start === 1 || roleEnd || noun))) return null;
  }
  // A lone capital opening a longer subject is sentence case, not a name ("Officials at the ministry").
  if (wholeSubject && start === 0 && end === 1 && words.length > 1) return null;
  // "The Retail and Food Workers Union": a body's name goes on before "and" / "&".
  if (start >= 2 && /^(?:and|&)$/.test(words[start - 1] ?? '') && isCap(words[start - 2] ?? '') && !STOP.test(words[start - 2] ?? '') && isBodyName(words.slice(start, end).join(' '))) {
    let s0 = start - 2;
    while (s0 > 0 && isCap(words[s0 - 1] ?? '') && !STOP.test(words[s0 - 1] ?? '')) s0--;
    return { name: words.slice(s0, end).join(' '), role: null };
  }
  // "Martin and Claire Lessard said": a couple who share the surname speak together.
  if (start >= 2 && end - start >= 2 && words[start - 1] === 'and' && isCap(words[start - 2] ?? '') && !STOP.test(words[start - 2] ?? '') && !isCap(words[start - 3] ?? '') && !HONORIFIC.test(words[start - 2] ?? '')) {
    const n = splitRole(words.slice(start, end), []);
    if (n && n.name.split(' ').length === end - start) return { name: `${words[start - 2]} and ${n.name}`, role: null };
  }
  // "the Berlin Institute for Climate Economics": a body's name goes on back over "for" or "of"
  // to its head word and what comes before that.
  while (start >= 2 && /^(?:for|of)$/.test(words[start - 1] ?? '') && INSTITUTION_HEAD.test(words[start - 2] ?? '')) {
    start -= 2;
    while (start > 0 && isCap(words[start - 1] ?? '') && !STOP.test(words[start - 1] ?? '')) start--;
  }
  // "Helena Voss of Arkwright Partners", "Miriam Okafor of the Berlin Institute …": the person
  // before "of/at/from", the firm her role;
  // "the International Association of River Pilots": a body's name goes on after "of".
  const lead = words[start - 1] === 'the' && start >= 4 ? start - 1 : start;
  if (lead >= 3 && /^(?:of|at|from)$/.test(words[lead - 1] ?? '') && isCap(words[lead - 2] ?? '')) {
    let s0 = lead - 2;
    while (s0 > 0 && isCap(words[s0 - 1] ?? '')) s0--;
    while (s0 < lead - 1 && STOP.test(words[s0] ?? '')) s0++;
    const owner = words.slice(s0, lead - 1);
    if (lead === start && isBodyName(owner.join(' ')) && words[start - 1] === 'of') return { name: words.slice(s0, end).join(' '), role: null };
    if (owner.length >= 2 && !owner.some((w) => ROLE_WORD.test(w) || DEPT_WORD.test(w))) {
      const n = splitRole(owner, []);
      if (n) return { ...n, role: words.slice(start, end).join(' ') };
    }
  }
  // Role words are the lower-case ones right before the run ("supreme leader"), after a possessive.
  const raw = segment.split(/\s+/).filter(Boolean);
  // A quotation masked out of the sentence (outsideQuotes in quotes.ts leaves a lone "q") is
  // no role word: "“…,” Donna said" must not make Donna's role "q".
  const before = start > 0 ? raw.slice(Math.max(0, start - 4), start).filter((w) => !/^q\W*$/.test(w) && (!STOP.test(clean(w)) || /['’]s$/.test(w))) : [];
  const role = before.length && before.every((w) => !/[.;:]$/.test(w)) ? before : [];
  return splitRole(words.slice(start, end), role);
}

/**
 * A few lower-case words and then a full name ("In Mamelodi East, pensioner Grace Sibiya, 71,";
 * "…, a period Carla Rinaldi describes as"): the name is the subject, not an appositive. Not with a
 * preposition or relative pronoun among the words ("a former headteacher at Crane").
 */
const ROLE_AND_NAME = /^\s*(?:(?:a|an)\s+)?(?!(?:\S+\s+)*?(?:of|at|for|from|in|on|with|to|by|who|whose|which|and|or)\s)(?:\p{Ll}[\p{Ll}-]*\s+){1,3}\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*)+\s*$/u;

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

export function nameIn(phrase: string): Named | null {
  const segments = phrase.split(/[,;:]/);
  let found: Named | null = null;
  let at = -1;
  segments.forEach((seg, i) => {
    if (i > 0 && APPOSITIVE.test(seg) && !ROLE_AND_NAME.test(seg)) return;
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
  if (!f.role && next && APPOSITIVE.test(next) && !/^\s*(who|whose|which|qui|der|die|das)\b/.test(next)) {
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

/** A lower-case role noun that capitals before it qualify ("Common Pleas judge", "Manchester United striker"). */
const isRoleNoun = (w: string): boolean =>
  ROLE_NOUN.test(w) || /^(?:judge|magistrate|prosecutor|attorney|councillor|councilor|mayor|governor|senator|commissioner|inspector|detective|sergeant|constable|superintendent|trustee|supervisor|researcher|professor)$/.test(w);

/** A department or portfolio word ("Environment", "Ecology"), as ministers' titles list them. */
const isPortfolio = (w: string): boolean => DEPT_WORD.test(w) || PORTFOLIO.test(w);

const capitalised = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** Full names (2–4 capitalised words, titles dropped) mentioned anywhere in a text. */
export function namesIn(text: string): Named[] {
  const out: Named[] = [];
  let run: string[] = [];
  let lead = ''; // the word before the run
  let place = false; // the run before was a place, and only a comma or "and" came since
  let beforeLead = ''; // the word before `lead`
  let previous = '';
  let leadWord = ''; // the word before the run, even when a comma follows it ("districts,")
  const flush = (next = ''): void => {
    let r = run;
    const article = /^(the|The)$/.test(lead) || r[0] === 'The';
    // "In Mamelodi East, pensioner …": a sentence opening with a preposition of place.
    const opener = PLACE_LEAD.test((r[0] ?? '').toLowerCase()) && r.length > 1;
    while (r.length && STOP.test(r[0] ?? '')) r = r.slice(1);
    // "Minister for Housing Declan Furlong": the department after a title and "for" is no part of the name.
    if (r.length > 2 && DEPT_WORD.test(r[0] ?? '') && /^(?:for|of)$/i.test(lead) && ROLE_WORD.test(clean(beforeLead))) r = r.slice(1);
    // "Minister of Ecology and Environment Zhao Yingjun": the last of several portfolios after "and".
    const afterPortfolios = r.length > 2 && isPortfolio(r[0] ?? '') && lead === 'and' && /^\p{Lu}/u.test(beforeLead) && isPortfolio(clean(beforeLead));
    if (afterPortfolios) r = r.slice(1);
    // "at the Whitfield Institute", "in Vienna, Tokyo and Buenos Aires": places and bodies, not people;
    // so is the rest of a body's name after "of" ("Riders Union of Port Ames").
    const where =
      !afterPortfolios &&
      (article || opener || PLACE_LEAD.test(lead) || r.includes('The') || // "Share The Margin": a title
      // "in Vienna, Tokyo and Buenos Aires": a list of places goes on; a title makes it a person
      // ("in Halstead County Circuit Court, Associate Circuit Judge Renata Falk ordered …").
      // "in Columbus, Ohio, Tamsin Okafor is standing": a name the sentence goes on from is its subject.
      (place && /^(and|or|,)$/.test(lead) && !splitRole(r, [])?.role && !/^(?:is|was|has|had|says|said|tells|told|stands|sits|walks|looks|laughs)$/.test(next)) ||
      (lead === 'of' && isCap(clean(beforeLead))) ||
      // "three districts, Kaimur Hills, Dharampura and Upper Sone": a list of places.
      (PLACE_LIST.test(leadWord) && /^[,:]$/.test(lead)) ||
      // "St Oswin’s College London": what follows a possessive and opens with a body's word is its name.
      INSTITUTION_HEAD.test(r[0] ?? '') ||
      // "a Port Callander credit union": capitals between an article and a lower-case noun qualify it.
      (/^(?:a|an)$/i.test(lead) && /^\p{Ll}/u.test(next) && !/^(?:and|or|said|says|told|who|of|in|at|on|for|to|from|with|was|is|had|has)$/.test(next)) ||
      // "Rep. Dale Overholt, R-Port Alden": a party and a district.
      /^[RDI]-\p{Lu}/u.test(r[0] ?? '') ||
      // "a retired Alden County Common Pleas judge": capitals that qualify a role noun are a court, a club, a firm.
      (next !== '' && isRoleNoun(next)));
    const n = r.length && !where ? splitRole(r, []) : null;
    const size = n ? n.name.split(' ').length : 0;
    if (n && size >= 2 && size <= 4) {
      if (!(lead === '' || /[.!?:;"“”]$/.test(lead)) || n.name.split(' ')[0] !== run[0]) n.inside = true;
      out.push(n);
    }
    if (r.length) place = where;
    run = [];
  };
  const tokens = text.split(/\s+/);
  tokens.forEach((raw, i) => {
    // "K. Lakshmana Murthy", "M.K. Stalin": initials opening a name (not "U.S." before a body).
    const initial = raw.length <= 4 && raw.endsWith('.') && /^(?:\p{Lu}\.){1,2}$/u.test(raw) && !/^(?:U\.S\.|U\.K\.|U\.N\.|E\.U\.)$/.test(raw) && /^\p{Lu}\p{Ll}/u.test(tokens[i + 1] ?? '');
    if (initial) {
      run.push(raw);
      previous = raw;
      return;
    }
    const w = clean(raw);
    // "Simran Kaur's 63": a possessive ends the name it belongs to.
    const owner = /['’]s$/.test(w) && run.length ? w.slice(0, -2) : '';
    if (owner && isCap(owner)) run.push(owner);
    else if (w && isCap(w) && !/^\p{Lu}{2,}$/u.test(w)) {
      if (!run.length) lead = place && /,$/.test(lead) ? ',' : lead;
      run.push(w);
    } else {
      flush(w);
      if (!/^(and|or)$/.test(raw) || !place) place = false;
      beforeLead = previous;
      lead = raw;
      leadWord = clean(raw).toLowerCase();
    }
    if (/[,.;:!?)(]$/.test(raw) || /['’]s$/.test(raw)) {
      flush();
      if (/[.;:!?)(]$/.test(raw)) place = false;
      beforeLead = '';
      lead = /,$/.test(raw) ? ',' : raw;
    }
    previous = raw;
  });
  flush();
  return withSharedSurname(text, out);
}
