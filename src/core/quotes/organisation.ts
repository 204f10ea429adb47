/**
 * "according to a statement from the company", "the firm said": a story about one
 * organisation refers to it by its kind. The organisation is the proper name the story
 * repeats most (at least three times) that is not a person it names, given in its longest
 * form ("Nordvik" seven times, "Nordvik Appliances" once → "Nordvik Appliances").
 */
const KINDS =
  'company|firm|group|business|carmaker|retailer|manufacturer|maker|bank|lender|airline|insurer|chain|operator|utility|ministry|department|agency|council|authority|university|club|school|hospital|charity|union|party|government|police|force|regulator|commission|board|court|federation|association|alliance|coalition|society|institute|foundation|league|committee|bureau|trust|chamber';

/** A description that points at the story's organisation rather than at a person ("the company" said). */
const ORG_REFERENCE = new RegExp(
  `^(?:an?\\s+|the\\s+)?(?:(?:written\\s+|brief\\s+|joint\\s+)?(?:statement|announcement|release|press release|filing|notice|letter|email|spokesperson|spokesman|spokeswoman|representative)\\s+(?:from|by|issued by|for|of)\\s+the\\s+)?(?:(?:health|energy|water|transport|power|rail|bus|housing|education|local|regional|state|national|city|county|district|parent|holding)\\s+)?(?:${KINDS})$`,
  'i',
);

const STOP = new Set(
  'The A An In On At Of For And But Or If As By To From With When While After Before He She It They We I You His Her Their Our Its This That These Those There Here Mr Mrs Ms Dr Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December'.split(
    ' ',
  ),
);

/** "The", "In" and the like opening a capitalised run are not part of a body's name. */
function dropLeadingStops(words: string[]): string[] {
  while (words.length > 1 && STOP.has(words[0] ?? '')) words.shift();
  return words;
}

/** Kinds whose name need not say them: "the company said", "the club said" is the story's main organisation. */
const ANY_FIRM = /^(?:company|firm|group|business|carmaker|retailer|manufacturer|maker|bank|lender|airline|insurer|chain|operator|utility|club|team|side|party)$/i;

/** Whether an organisation can be what a description's kind points to: any firm, or one whose name says the kind ("the authority"). */
export function fitsKind(org: string, kind: string): boolean {
  return ANY_FIRM.test(kind) || org.toLowerCase().includes(kind.toLowerCase());
}

export function refersToOrganisation(description: string): boolean {
  return ORG_REFERENCE.test(description.trim());
}

/*
 * A plain character scan, not a Unicode-property regex: the content script is injected fresh
 * on every click, so \p{…} patterns would be compiled again each time.
 */
const isUpper = (c: string): boolean => c !== c.toLowerCase();
const isMark = (c: string): boolean => c >= '\u0300' && c <= '\u036f';
const isLetter = (c: string): boolean => c !== c.toLowerCase() || c !== c.toUpperCase() || isMark(c);
const isWordChar = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '_';
const isSpace = (c: string): boolean => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0' || c === '\f' || c === '\v';

/** Where a capitalised word starting at i ends (a capital and at least one more letter), or -1. */
function capitalisedAt(text: string, i: number): number {
  if (!isUpper(text.charAt(i)) || !isLetter(text.charAt(i + 1))) return -1;
  let j = i + 2;
  while (j < text.length && isLetter(text.charAt(j))) j++;
  return j;
}

const PLACE_BEFORE = /(?:^|[\s(])(?:on|near|to|across|around|outside)\s+$/;

/** Capitalised words and how often each appears, in order of first appearance. */
function capitalisedCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  let i = 0;
  while (i < text.length) {
    const end = i > 0 && isWordChar(text.charAt(i - 1)) ? -1 : capitalisedAt(text, i);
    if (end < 0) {
      i++;
      continue;
    }
    const word = text.slice(i, end);
    // "a crofter on Tiree", "the Oban to Tiree route": a word after a preposition of place is a place ("in" is not one: "shares in Harbour").
    if (!PLACE_BEFORE.test(text.slice(Math.max(0, i - 8), i))) counts.set(word, (counts.get(word) ?? 0) + 1);
    i = end;
  }
  return counts;
}

const countsOf = new WeakMap<readonly string[], { text: string; counts: Map<string, number> }>();

export function mainOrganisation(paragraphs: readonly string[], personWords: ReadonlySet<string>): string | null {
  let seen = countsOf.get(paragraphs);
  if (!seen) {
    const text = paragraphs.join('\n');
    seen = { text, counts: capitalisedCounts(text) };
    countsOf.set(paragraphs, seen);
  }
  const { text, counts } = seen;
  let best: string | null = null;
  let n = 0;
  for (const [word, c] of counts) {
    if (c > n && !STOP.has(word) && !personWords.has(word)) [best, n] = [word, c];
  }
  if (!best || n < 3) return null;
  return longestForm(text, best);
}

const OFFICER = /^(?:CEO|CFO|COO|CTO|Chairman|Chairwoman|Chair|Chief|Spokesman|Spokeswoman|Spokesperson|President|Director|Secretary)$/;

/** A body's longest form: the name followed by more capitalised words, as the story first gives it. */
function longestForm(text: string, name: string): string {
  let long = name;
  let longWords = 1;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    if (at > 0 && isWordChar(text.charAt(at - 1))) continue;
    let end = at + name.length;
    let words = 1;
    for (;;) {
      let k = end;
      // A name never runs on into the next paragraph.
      while (k < text.length && isSpace(text.charAt(k)) && text.charAt(k) !== '\n') k++;
      // "the University of Calderbridge’s main library", "the Bank of England": once, "of" and a name.
      const of = k > end && words === 1 && /^of (?:the )?/.exec(text.slice(k, k + 7));
      const named = of ? capitalisedAt(text, k + of[0].length) : -1;
      if (named > 0) {
        [end, words] = [named, words + 1];
        continue;
      }
      const next = k > end ? capitalisedAt(text, k) : -1;
      // "the Castlebridge City Supporters’ Trust": a word with a possessive mark starts another body's name.
      if (next < 0 || text.charAt(next) === '’' || text.charAt(next) === "'") break;
      // "Pieter Rautenbach, Kloofspruit Gold CEO": an officer's title ends the body's name.
      if (OFFICER.test(text.slice(k, next))) break;
      end = next;
      words++;
    }
    if (words > longWords) [long, longWords] = [text.slice(at, end), words];
  }
  return long;
}

/** "LinkBridge did not respond …" after "a Texas company called LinkBridge Correctional Services": the name in full. */
export function fullBodyName(paragraphs: readonly string[], name: string): string {
  return longestForm(paragraphs.join('\n'), name);
}

/**
 * "According to the report": who wrote it, from "a report by the National Audit Office" or
 * "the National Audit Office's report" earlier in the story (the nearest before the quote).
 */
const AUTHORED = /\b(report|study|review|survey|audit|analysis|paper|inquiry|investigation|assessment|evaluation|ruling|filing)\s+(?:\S+\s+){0,2}?(?:by|from)\s+(?:the\s+)?([A-Z][\w&’'-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&’'-]*)*)/g;

export function authorOf(document: string, earlier: string): string | null {
  const head = document.trim().split(/\s+/).pop()?.toLowerCase() ?? '';
  let found: string | null = null;
  AUTHORED.lastIndex = 0;
  for (let m = AUTHORED.exec(earlier); m; m = AUTHORED.exec(earlier)) {
    if (m[1]?.toLowerCase() === head && m[2]) found = m[2];
  }
  return found;
}

/**
 * "The Tavel Basin Commission … said …. “…,” the commission said": the latest body in the text
 * whose name ends in that kind, capitalised ("Northfold District Council" for "the council"), or
 * that the kind introduces ("the charity Fairbridge Relief").
 */
export function namedOfKind(kind: string, text: string): string | null {
  if (!new RegExp(`^(?:${KINDS})$`, 'i').test(kind)) return null;
  const Kind = kind.charAt(0).toUpperCase() + kind.slice(1).toLowerCase();
  // The name may go on after the kind: "the Federated Chamber of Commerce".
  const re = new RegExp(`((?:[A-Z][\\w&'’-]*\\s+(?:(?:of|for|and|on)\\s+(?:the\\s+)?)?){1,5})${Kind}\\b((?:\\s+(?:of|for)\\s+(?:the\\s+)?[A-Z][\\w&'’-]*(?:\\s+[A-Z][\\w&'’-]*)*)?)`, 'g');
  let last: string | null = null;
  for (const m of text.matchAll(re)) {
    const words = `${m[1] ?? ''}${Kind}${m[2] ?? ''}`.split(/\s+/);
    // "Members of the Scaffolders’ Federation held …": a plural opening the sentence is not the name.
    const opening = (m.index ?? 0) === 0 || /[.!?\n]\s*$/.test(text.slice(Math.max(0, (m.index ?? 0) - 3), m.index));
    if (opening && words[1] === 'of' && /s$/.test(words[0] ?? '')) words.splice(0, words[2] === 'the' ? 3 : 2);
    dropLeadingStops(words);
    if (words.length > 1) last = words.join(' ');
  }
  // "the Dublin-based charity Fairbridge Relief": the kind before the name.
  const before = new RegExp(`\\b(?:the|a|an)\\s+(?:[\\w-]+\\s+){0,2}?${kind.toLowerCase()}\\s+((?:[A-Z][\\w&'’-]*\\s+){0,3}[A-Z][\\w&'’-]*)`, 'g');
  for (const m of text.matchAll(before)) if (!last || text.lastIndexOf(last) < (m.index ?? 0)) last = m[1] ?? last;
  return last;
}

/**
 * "Crestel Mobile, the second-largest operator by subscribers, defended …. “…,” the company
 * said": the latest name given a body's description in apposition. The description must end
 * at the comma (a phrase after it allowed), so "Jane Doe, a bank manager," stays a person.
 */
const APPOSED = new RegExp(
  `([A-Z][\\w&'’-]*(?:\\s+[A-Z][\\w&'’-]*){0,4}),\\s+(?:the|a|an)\\s+(?:[\\w-]+\\s+){0,4}?(?:${KINDS}|operator|provider|producer|supplier|developer|broadcaster|publisher|startup|conglomerate|miner|exporter|distributor)(?:\\s+(?:by|in|of|for|with|on)\\s[^,]{1,40})?,`,
  'g',
);

export function bodyByApposition(text: string): string | null {
  let last: string | null = null;
  for (const m of text.matchAll(APPOSED)) {
    const words = dropLeadingStops((m[1] ?? '').split(/\s+/));
    if (words.length > 1 || !STOP.has(words[0] ?? '')) last = words.join(' ');
  }
  return last;
}

/**
 * "The HSE said …" after "figures published by the Health Service Executive": a body by its
 * initials, given as the capitalised name they stand for ("of", "for", "and", "the" skipped; a
 * country's initials may come first: "US Consumer Product Safety Commission" for CPSC).
 */
export function expandAcronym(paragraphs: readonly string[], acronym: string): string | null {
  if (!/^[A-Z]{2,6}$/.test(acronym)) return null;
  const link = "\\s+(?:(?:of|for|and|on|the|of the|for the|on the),?\\s+)?";
  const words = [...acronym].map((c) => `${c}[a-z\u00e0-\u00ff'’-]+`);
  const m = new RegExp(`(?:\\b[A-Z]{2,3}\\s+)?\\b${words.join(link)}\\b`).exec(paragraphs.join('\n'));
  return m ? m[0] : null;
}
