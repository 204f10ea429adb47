/**
 * Names and roles in a phrase: "Iran's supreme leader Ali Khamenei" → name "Ali Khamenei",
 * role "Iran's supreme leader"; "Niels Bakker, chairman of the FNV Havens union" → role from
 * the appositive. Honorifics dropped. Pure string work on one sentence at a time.
 */

import { HONORIFIC, HONORIFIC_F, HONORIFIC_M, ROLE_NOUN, isRole, isRoleWord, DEPT_WORD, STOP, CALENDAR, isBodyName, PORTFOLIO, PLACE_LIST, PLACE_PART, INSTITUTION_HEAD, PLACE_LEAD } from './name-words.ts';
import { withSharedSurname } from './couples.ts';
import { isPortfolio, portfolioTitle } from './portfolio.ts';

export { genderOf, HONORIFIC, isBodyName, STOP } from './name-words.ts';

/**
 * A word without the punctuation around it (a full stop kept after an initial or "Inc").
 * Remembered: a story asks for the same few hundred words thousands of times.
 */
const cleaned = new Map<string, string>();
export const clean = (w: string): string => {
  let c = cleaned.get(w);
  if (c === undefined) {
    c = w.replace(/^[^\p{L}]+|[^\p{L}.'’-]+$/gu, '').replace(/(?<!^(?:Inc|Corp|Ltd|Jr|Sr|Bros|[A-Z]|(?:[A-Z]\.)+[A-Z]))\.$/, '');
    if (cleaned.size >= 20_000) cleaned.clear();
    cleaned.set(w, c);
  }
  return c;
};
export const isCap = (w: string): boolean => /^\p{Lu}/u.test(w) && !/['’]s$/.test(w) && !CALENDAR.test(w);
/** Acronyms and domains are roles or firms, not names ("CEO", "Bankbazaar.com"). */
export const asWord = (w: string, i = 0, all: readonly string[] = []): string => {
  if (/\.\S/.test(w)) return w.toLowerCase();
  if (!/^\p{Lu}{2,}$/u.test(w)) return w;
  // "US Consumer Product Safety Commission": an acronym opening a longer name stays in it.
  const next = all[i + 1] ?? '';
  // "Minister for Electronics and IT Suresh Rangarajan": after a link word the acronym ends a title.
  if (/^(?:and|for|of|&)$/.test(all[i - 1] ?? '')) return w.toLowerCase();
  return /^\p{Lu}\p{Ll}/u.test(next) && !/^\p{Lu}{2,}$/u.test(all[i - 1] ?? '') && !isRoleWord(w) ? w : w.toLowerCase();
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
export function splitRole(run: string[], before: string[]): Named | null {
  const names = run.filter((w) => !HONORIFIC.test(w));
  // The name starts after the last title word: "Deputy Chief Fire Officer Karen Booth" → "Karen Booth".
  let k = 0;
  for (let i = 0; i < names.length - 1; i++) {
    const w = names[i] ?? '';
    const titled = DEPT_WORD.test(w) ? isRoleWord(names[i + 1] ?? '') || DEPT_WORD.test(names[i + 1] ?? '') : isRole(w);
    if (titled && i === k) k = i + 1;
    // "Economy Minister …", "FTC Chair …": capitalised words and acronyms before a title word belong to the title.
    else if (isRoleWord(w) && !DEPT_WORD.test(w) && names.slice(k, i).every((x) => DEPT_WORD.test(x) || isRoleWord(x) || /^\p{Lu}(?:\p{Ll}+|\p{Lu}+)$/u.test(x))) k = i + 1;
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
  // "Minister of Culture and the Arts Dr Nalini Ragoonath": the title and its portfolio are the role.
  const title = portfolioTitle(words, start, end - start);
  if (title) return splitRole(words.slice(start + title.length, end), words.slice(title.from, start + title.length));
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
  if (start >= 2 && end - start >= 2 && words[start - 1] === 'and' && isCap(words[start - 2] ?? '') && !STOP.test(words[start - 2] ?? '') && !isCap(words[start - 3] ?? '') && !HONORIFIC.test(words[start - 2] ?? '') && !isPortfolio(words[start - 2] ?? '')) {
    const n = splitRole(words.slice(start, end), []);
    if (n && n.name.split(' ').length === end - start) return { name: `${words[start - 2]} and ${n.name}`, role: null };
  }
  // "the Berlin Institute for Climate Economics": a body's name goes on back over "for" or "of"
  // to its head word and what comes before that; "the Ministry of Labour and Employment" over "and" too.
  if (start >= 4 && /^(?:and|&)$/.test(words[start - 1] ?? '') && isCap(words[start - 2] ?? '') && /^(?:for|of)$/.test(words[start - 3] ?? '') && INSTITUTION_HEAD.test(words[start - 4] ?? '')) start -= 2;
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
    let owner = words.slice(s0, lead - 1);
    if (lead === start && isBodyName(owner.join(' ')) && words[start - 1] === 'of') return { name: words.slice(s0, end).join(' '), role: null };
    // "Superintendent Rhian Williams of North Wales Police": titles before the person.
    const titles = owner.findIndex((w) => !isRoleWord(w));
    const title = titles > 0 && owner.length - titles >= 2 ? `${owner.slice(0, titles).join(' ')}, ` : '';
    if (title) owner = owner.slice(titles);
    if (owner.length >= 2 && !owner.some((w) => isRoleWord(w) || DEPT_WORD.test(w))) {
      const n = splitRole(owner, []);
      if (n) return { ...n, role: `${title}${words.slice(start, end).join(' ')}` };
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

/** A lower-case role noun that capitals before it qualify ("Common Pleas judge", "Manchester United striker"). */
const isRoleNoun = (w: string): boolean =>
  ROLE_NOUN.test(w) || /^(?:judge|magistrate|prosecutor|attorney|councillor|councilor|mayor|governor|senator|commissioner|inspector|detective|sergeant|constable|superintendent|trustee|supervisor|researcher|professor)$/.test(w);

export const capitalised = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** Full names (2–4 capitalised words, titles dropped) mentioned anywhere in a text. */
export function namesIn(text: string): Named[] {
  const out: Named[] = [];
  let run: string[] = [];
  let lead = ''; // the word before the run
  let place = false; // the run before was a place, and only a comma or "and" came since
  let beforeLead = ''; // the word before `lead`
  let previous = '';
  let leadWord = ''; // the word before the run, even when a comma follows it ("districts,")
  let runStart = 0; // the index of the run's first token
  const flush = (next = ''): void => {
    let r = run;
    const article = /^(the|The)$/.test(lead) || r[0] === 'The';
    // "In Mamelodi East, pensioner …": a sentence opening with a preposition of place.
    const opener = PLACE_LEAD.test((r[0] ?? '').toLowerCase()) && r.length > 1;
    while (r.length && STOP.test(r[0] ?? '')) r = r.slice(1);
    // "Minister for Housing Declan Furlong", "Minister for Foreign Affairs Deirdre Fallon", "Minister
    // of Culture and the Arts Dr Nalini Ragoonath": the portfolio after a title is no part of the name.
    const titled = r.length > 2 ? portfolioTitle(words, runStart + run.length - r.length, r.length) : null;
    if (titled) r = r.slice(titled.length);
    // "Minister of Ecology and Environment Zhao Yingjun": the last of several portfolios after "and".
    const afterPortfolios = r.length > 2 && isPortfolio(r[0] ?? '') && lead === 'and' && /^\p{Lu}/u.test(beforeLead) && isPortfolio(clean(beforeLead));
    if (afterPortfolios) r = r.slice(1);
    // "at the Whitfield Institute", "in Vienna, Tokyo and Buenos Aires": places and bodies, not people;
    // so is the rest of a body's name after "of" ("Riders Union of Port Ames").
    const where =
      !afterPortfolios &&
      !titled &&
      (article || opener || PLACE_LEAD.test(lead) || r.includes('The') || // "Share The Margin": a title
      // "in Vienna, Tokyo and Buenos Aires": a list of places goes on; a title makes it a person
      // ("in Halstead County Circuit Court, Associate Circuit Judge Renata Falk ordered …").
      // "in Columbus, Ohio, Tamsin Okafor is standing": a name the sentence goes on from is its subject.
      (place && /^(and|or|,)$/.test(lead) && !HONORIFIC.test(r[0] ?? '') && !splitRole(r, [])?.role && !/^(?:is|was|has|had|says|said|tells|told|stands|stood|sits|sat|walks|walked|looks|looked|laughs|laughed|lives|lived|works|worked|runs|ran|waits|waited|watches|watched)$/.test(next)) ||
      (lead === 'of' && (isCap(clean(beforeLead)) || PLACE_PART.test(beforeLead))) ||
      // "the member for Mid Wessex", "MP for Ashby Vale": a constituency.
      (lead === 'for' && /^(?:member|MP|MSP|MLA|TD|candidate|seat)$/.test(clean(beforeLead))) ||
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
  const words = tokens.map(clean);
  tokens.forEach((raw, i) => {
    if (!run.length) runStart = i;
    // "K. Lakshmana Murthy", "M.K. Stalin": initials opening a name (not "U.S." before a body).
    const initial = raw.length <= 4 && raw.endsWith('.') && /^(?:\p{Lu}\.){1,2}$/u.test(raw) && !/^(?:U\.S\.|U\.K\.|U\.N\.|E\.U\.)$/.test(raw) && /^\p{Lu}\p{Ll}/u.test(tokens[i + 1] ?? '');
    if (initial) {
      run.push(raw);
      previous = raw;
      return;
    }
    // "Cllr Declan Furlong (Ind)": a bracket ends the name before it.
    if (raw.startsWith('(') && run.length) flush();
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
