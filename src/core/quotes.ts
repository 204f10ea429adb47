import type { Quote } from './types.ts';

/**
 * Direct quotations and who said them, from plain paragraphs. First version: pattern based.
 * Handles “…”, "…", «…», „…“; single marks are scare quotes and never count.
 * Speaker cues: `"…," said X` / `"…," X said` / `X said: "…"` / `X told reporters "…"` /
 * `according to X` / `X, who …, said`; "he"/"she" and bare surnames resolve to the full
 * name met earlier ("Iran's supreme leader Ali Khamenei" … "Mr Khamenei" → "Ali Khamenei").
 */

const PAIRS: Record<string, string> = { '“': '”', '"': '"', '«': '»', '„': '“”' };
const VERB = /\b(said|says|say|told|tells|added|adds|stated|explained|insisted|noted|warned|claimed|wrote|declared|replied|continued|asked|argued|accused|recalled|according to)\b/;
const HONORIFIC = /^(Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame)\.?$/;
const TITLES = /^(President|Prime|Minister|Secretary|Senator|Sen\.?|Gen\.?|General|Chief|Justice|Judge|Governor|Gov\.?|Ambassador|Spokesman|Spokeswoman|Chairman|Chairperson|Chairwoman|Managing|Director|Executive|Officer|CEO|MD|Founder)$/;
const PRONOUN = /^(he|she)$/i;
/** Capitalised only because they open a sentence: never part of a name. */
const STOP = /^(For|According|In|On|At|But|And|The|A|An|As|While|When|After|Before|Yet|So|Then|This|That|It|Asked|Speaking|However|Later|Earlier)$/;
/** Sentence end, not after a common abbreviation. */
const SENTENCE_END = /(?<!\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Sen|Rep|Lt|Col|Gov|No|vs))[.!?]+["”’)]*\s+(?=[A-Z“"«„(])/g;

interface Span {
  open: number;
  close: number; // index of the closing mark, or text.length when it never comes
  text: string;
}

function findSpans(p: string): Span[] {
  const out: Span[] = [];
  let i = 0;
  while (i < p.length) {
    const ch = p.charAt(i);
    const closers = PAIRS[ch];
    if (!closers) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < p.length && !closers.includes(p.charAt(j))) j++;
    out.push({ open: i, close: j, text: p.slice(i + 1, j) });
    i = j + 1;
  }
  return out;
}

function lastSentence(s: string): string {
  const parts = s.split(SENTENCE_END);
  return parts[parts.length - 1] ?? '';
}

function firstSentence(s: string): string {
  return s.split(SENTENCE_END)[0] ?? '';
}

const clean = (w: string): string => w.replace(/^[^\p{L}]+|[^\p{L}.'’-]+$/gu, '').replace(/\.$/, '');
/** Days and months are capitalised but never part of a name ("Mukesh Ambani Friday urged"). */
const CALENDAR = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)$/;
const isCap = (w: string): boolean => /^\p{Lu}/u.test(w) && !/['’]s$/.test(w) && !CALENDAR.test(w);

/** The last run of capitalised words in one comma-free segment, honorifics and titles dropped. */
function runIn(segment: string, wholeSubject: boolean): string[] {
  // Acronyms and domains are roles or firms, not names ("CEO", "Bankbazaar.com").
  const words = segment
    .split(/\s+/)
    .map(clean)
    .filter(Boolean)
    .map((w) => (/^\p{Lu}{2,}$/u.test(w) || /\.\S/.test(w) ? w.toLowerCase() : w));
  let end = words.length;
  while (end > 0 && !isCap(words[end - 1] ?? '')) end--;
  let start = end;
  while (start > 0 && isCap(words[start - 1] ?? '')) start--;
  while (start < end && STOP.test(words[start] ?? '')) start++;
  // A lone capital opening a longer subject is sentence case, not a name ("Officials at the ministry").
  if (wholeSubject && start === 0 && end === 1 && words.length > 1) return [];
  const run = words.slice(start, end).filter((w) => !HONORIFIC.test(w));
  while (run.length > 1 && TITLES.test(run[0] ?? '')) run.shift();
  return run;
}

/**
 * The speaker's name in a subject phrase: the run in the last comma segment that has one
 * ("Stressing that …, Ambani" → "Ambani"; "Adhil Shetty, CEO, Bankbazaar.com" → "Adhil Shetty").
 */
function nameIn(phrase: string): string | null {
  const segments = phrase.replace(/,\s*who\b.*$/s, '').split(/[,;:]/);
  const runs = segments.map((seg) => runIn(seg, segments.length === 1));
  const run = [...runs].reverse().find((r) => r.length > 0);
  return run ? run.join(' ') : null;
}

/** First capitalised run right after a verb ("said Khamenei, who …"). */
function nameAfter(phrase: string): string | null {
  const words = phrase.split(/[\s,;]+/).map(clean).filter(Boolean);
  const run: string[] = [];
  for (const w of words) {
    if (!isCap(w)) break;
    run.push(w);
  }
  const names = run.filter((w) => !HONORIFIC.test(w));
  while (names.length > 1 && TITLES.test(names[0] ?? '')) names.shift();
  return names.length ? names.join(' ') : null;
}

interface Cue {
  who: string | null;
  pronoun: boolean;
  /** "A senior official, who asked not to be named, told reporters" → "senior official". */
  description: string | null;
}

/** Who speaks in a phrase around a quote, or undefined when the phrase has no speech cue. */
function speakerCue(phrase: string, after: boolean): Cue | undefined {
  // A who-clause is not the speech verb's subject: "X, who asked not to be named, told …".
  const p = phrase.replace(/^[\s,;:—–-]+/, '').replace(/,\s*who\b[^,]*,/g, ',');
  const m = VERB.exec(p);
  if (!m) return undefined;
  const subject = p.slice(0, m.index).trim().replace(/,$/, '');
  const none = { who: null, pronoun: false, description: null };
  if ((after && subject === '') || m[1] === 'according to') {
    // `"…," said X` / `according to X`
    return { ...none, who: nameAfter(p.slice(m.index + m[0].length)) };
  }
  const firstWord = subject.split(/\s+/)[0] ?? '';
  if (PRONOUN.test(firstWord)) return { ...none, pronoun: true };
  const who = nameIn(subject);
  const desc = /^(?:an?|the|one)\s+((?:\S+\s+){0,4}\S+)$/i.exec(subject);
  return { ...none, who, description: who ? null : (desc?.[1] ?? null) };
}

/** Scare quotes and terms: “circular debt” after "so-called", "dubbed" … */
const TERM_LEAD = /\b(so-called|so called|dubbed|termed|known as|called|branded|label(?:l)?ed|the term|the word|the phrase)\s*$/i;

/** The last person named as the subject of a speech verb in a text ("Mr Saleem said …"). */
function lastSaidName(text: string): string | null {
  let found: string | null = null;
  for (const sentence of text.split(SENTENCE_END)) {
    const cue = speakerCue(sentence, false);
    if (cue?.who) found = cue.who;
  }
  return found;
}

/** The paragraph with quoted text blanked out, so verbs inside quotes are not cues. */
function outsideQuotes(para: string, spans: Span[]): string {
  let out = para;
  // Same length as the paragraph, so offsets still match; the lowercase "q" breaks name runs.
  for (const s of spans) out = `${out.slice(0, s.open)}q${' '.repeat(Math.max(0, s.close - s.open))}${out.slice(s.close + 1)}`;
  return out;
}

/** Full names (2–4 capitalised words, titles dropped) mentioned anywhere in a text. */
function namesIn(text: string): string[] {
  const out: string[] = [];
  let run: string[] = [];
  const flush = (): void => {
    let r = run.filter((w) => !HONORIFIC.test(w));
    while (r.length && (STOP.test(r[0] ?? '') || TITLES.test(r[0] ?? ''))) r = r.slice(1);
    if (r.length >= 2 && r.length <= 4) out.push(r.join(' '));
    run = [];
  };
  for (const raw of text.split(/\s+/)) {
    const w = clean(raw);
    if (w && isCap(w) && !/^\p{Lu}{2,}$/u.test(w)) run.push(w);
    else flush();
    if (/[,.;:!?)(]$/.test(raw) || /['’]s$/.test(raw)) flush();
  }
  flush();
  return out;
}

export function extractQuotes(paragraphs: string[]): Quote[] {
  const quotes: Quote[] = [];
  const known = new Map<string, string>(); // surname → full name
  let last: string | null = null; // last *named* speaker

  const resolve = (name: string | null): string | null => {
    if (!name) return null;
    const parts = name.split(' ');
    if (parts.length > 1) {
      known.set(parts[parts.length - 1] ?? name, name);
      return name;
    }
    return known.get(name) ?? name;
  };

  paragraphs.forEach((para, index) => {
    const spans = findSpans(para);
    const masked = outsideQuotes(para, spans);
    // Names introduced outside quotes ("Central bank governor Nadia Rahman spoke …") resolve later surnames.
    for (const name of namesIn(masked)) {
      const surname = name.split(' ').pop() ?? name;
      if (!known.has(surname)) known.set(surname, name);
    }
    let prevInPara: string | null | undefined;
    spans.forEach((s, k) => {
      const beforeStart = k > 0 ? (spans[k - 1]?.close ?? 0) + 1 : 0;
      const afterEnd = spans[k + 1]?.open ?? para.length;
      const rawBefore = para.slice(beforeStart, s.open);
      const before = lastSentence(rawBefore);
      const after = firstSentence(para.slice(Math.min(s.close + 1, para.length), afterEnd));
      const words = s.text.trim().split(/\s+/).filter(Boolean).length;
      if (words <= 3 && TERM_LEAD.test(rawBefore)) return; // a term, not speech
      let cue = speakerCue(after, true) ?? speakerCue(before, false);
      if (!cue && words > 3) {
        // "Stating that the "…" Modi "…", Ambani said": the cue comes later in the same sentence.
        const wide = speakerCue(firstSentence(masked.slice(Math.min(s.close + 1, para.length))), true);
        if (wide?.who) cue = wide;
      }
      if (!cue && words <= 3) return; // a quoted term without a speech cue
      let speaker: string | null = null;
      let named = false;
      if (cue?.pronoun) {
        // "he said": the person last named as saying something in this paragraph, else the last speaker.
        const near = lastSaidName(masked.slice(0, s.open));
        speaker = near ? resolve(near) : last;
        named = speaker !== null;
      } else if (cue?.who) {
        speaker = resolve(cue.who);
        named = true;
      } else if (cue?.description) speaker = cue.description;
      else if (prevInPara !== undefined) speaker = prevInPara; // second quote of the same sentence run
      else {
        // No verb: "For Khamenei, "…"" names a known speaker; "He accused … a "…"" is the last one.
        const lead = before.trim().split(/\s+/).map(clean);
        const hit = [...lead].reverse().find((w) => known.has(w));
        if (hit) speaker = known.get(hit) ?? null;
        else if (PRONOUN.test(lead[0] ?? '')) speaker = last;
        named = speaker !== null;
      }
      if (named && speaker) last = speaker;
      prevInPara = speaker;
      quotes.push({ text: s.text, speaker, paragraph: index });
    });
    if (spans.length === 0) {
      // "Invoking …, Ambani said India now needs …": a later "he said" points here.
      const said = lastSaidName(masked);
      if (said) last = resolve(said);
    }
  });
  return quotes;
}
