import type { Quote } from './types.ts';
import { comparable, findSpans, type Span } from './quotes/spans.ts';
import { speakerCue, verbGoverns, type Cue } from './quotes/cues.ts';
import { clean, genderOf, nameIn, type Named } from './quotes/names.ts';
import { rankQuotes } from './quotes/rank.ts';
import { AGED, People, THE_SUBJECT, type Person } from './quotes/people.ts';
import { authorOf, mainOrganisation, namedOfKind, refersToOrganisation } from './quotes/organisation.ts';
import { isTitle, MODIFIER_LEAD, TERM_LEAD, WRITTEN_LEAD } from './quotes/titles.ts';

/**
 * Direct quotations and who said them, from the story's plain paragraphs (pure, no DOM).
 *
 * - Marks: “…”, "…", «…», „…“; single marks are scare quotes and never count. A quoted term of
 *   1–3 words counts only after a speech cue. Run-on quotes (a paragraph left open, the next
 *   opening with a mark) keep their speaker. Blockquotes without marks (indexes passed in by
 *   extract()) are quotations as a whole; a pull quote repeating the body counts once.
 * - Cues (src/core/quotes/cues.ts): `"…," said X` / `"…," X said` / `X said: "…"` / `X told
 *   reporters "…"` / `according to X` / `X, who …, said` / `"…" — X`, and German and French verbs.
 * - Speakers: the full name the story introduced ("Mr Khamenei", "Khamenei" → "Ali Khamenei"),
 *   honorifics dropped, the role apart; "he"/"she" → the nearest earlier person of that gender
 *   (gender from roles, honorifics and earlier pronouns); unnamed speakers described.
 */

/** Sentence end, not after a common abbreviation. */
const SENTENCE_END = /(?<!\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Sen|Rep|Lt|Col|Gov|No|vs))[.!?]+["”’)]*\s+(?=[A-Z“"«„(])/g;

/** "He called the decision “a joke”": a verdict in a few words is speech. */
const VERDICT = /\b(?:called|calls|calling|labelled|labeled|branded)\s+(?:it|him|her|them|this|that|(?:the|his|her|their|its)\s+\S+(?:\s+\S+)?)\s*$/i;
/** A bare "a spokesperson" speaks for the body the sentence before was about. */
const SPOKES = /^(?:spokesperson|spokesman|spokeswoman|representative)$/;
const ORG_LEAD = /^([A-Z][\w&'’-]*(?:\s+(?:(?:and|of|for|the|&)\s+)?[A-Z][\w&'’-]*)+)\s+[a-z]/;
/** "A cellist from the city orchestra has come to …": someone new and unnamed, who may speak next. */
const NEWCOMER = /^(?:A|An)\s+([a-z][^,.;:]*?)\s+(?:has|had|is|was|were|will|would|came|comes|arrived|arrives|stood|stands|sat|sits|[a-z]+ed)\b/;
/** Documents that "said" what their author said: "the statement said", "the letter says". */
const DOCUMENT = /^(?:statement|letter|memo|email|e-mail|note|message|release|press release)$/;
const AGENT = /(?:er|ist|or|ian|ant|ent|man|woman|person|wife|friend|child|boy|girl)$/;

const BYLINE = /^(?:By|Von|Par)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u;
const lastSentence = (s: string): string => s.split(SENTENCE_END).pop() ?? '';
const firstSentence = (s: string): string => s.split(SENTENCE_END)[0] ?? '';


/** "employee of the authority" → "employee of the Water Resources Authority" when the sentence names it. */
function namedKind(description: string, sentence: string): string {
  const m = /\bthe ([a-z]+)$/.exec(description);
  const kind = m?.[1];
  if (!kind) return description;
  const at = sentence.indexOf(` ${kind.charAt(0).toUpperCase()}${kind.slice(1)}`);
  if (at < 0) return description;
  const words = sentence.slice(0, at + kind.length + 1).split(' ');
  let k = words.length - 1;
  while (k > 0 && /^[A-Z]/.test(words[k - 1] ?? '') && !/^(The|A|An|In|On|At)$/.test(words[k - 1] ?? '')) k--;
  return `${description.slice(0, m.index)}the ${words.slice(k).join(' ')}`;
}

/** One or two capitalised words: a nickname when it sits between the parts of a name. */
const NICKNAME = /^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)?$/u;
/** The paragraph with quoted text blanked out (same length), so verbs inside quotes are not cues. */
function outsideQuotes(para: string, spans: Span[]): string {
  let out = para;
  for (const s of spans) {
    const from = Math.max(0, s.open);
    // A nickname inside a name (Kieran “Kes” Doyle) is blanked without a trace, so the name stays whole.
    const nickname = NICKNAME.test(s.text) && /\p{Lu}\p{L}*\s$/u.test(para.slice(Math.max(0, from - 30), from)) && /^\s\p{Lu}/u.test(para.slice(s.close + 1, s.close + 3));
    out = `${out.slice(0, from)}${nickname ? ' ' : 'q'}${' '.repeat(Math.max(0, s.close - from))}${out.slice(s.close + 1)}`;
  }
  return out;
}

/** Whether the phrase after a quote may attribute it: `"…," he said`, `„…“, sagte X`, `"…" — X`. */
function attributes(text: string, after: string): boolean {
  const a = after.trimStart();
  // “…” and had written to the family, a letter the judge said …: a new clause, not an attribution.
  if (/^(?:and|but|or|because|which|while|whereas|although|if|when|before|after|as|to|for|with|in|on|at|from)\b/.test(a)) return false;
  if (a === '' || /^[,—–]/.test(a) || /^\p{Ll}/u.test(a)) return a !== '';
  return !/[.!?]$/.test(text.trim());
}

interface Found {
  speaker: string | null;
  role: string | null;
  confidence: number;
  /** "the prosecutor said" with no prosecutor named yet: the story may name one just after. */
  pending?: string;
  /** The description came with "the" (an indefinite one is named only by "The <noun>, <Name>," just after). */
  definite?: boolean;
}

/** "…, the prosecutor, Assistant U.S. Attorney Dana Whitlock, said": the name given to a description. */
function namedAs(description: string, text: string, definite: boolean): Named | null {
  // "A lorry driver … told an inquest …" then "The driver, Kevin Astley, 52, …": an indefinite
  // description is named only by such an apposition, the head noun enough.
  const head = description.split(/\s+/).pop() ?? description;
  const lower = text.toLowerCase();
  const which = [description, ...(head !== description ? [head] : [])].find((d) => lower.includes(`the ${d.toLowerCase()}, `));
  if (!which || (!definite && !/^\p{Ll}/u.test(description))) return null;
  const at = lower.indexOf(`the ${which.toLowerCase()}, `);
  const rest = text.slice(at + which.length + 6);
  const n = nameIn(rest.split(',')[0] ?? '');
  return n && n.name.includes(' ') ? n : null;
}

export function extractQuotes(paragraphs: readonly string[], blockquotes: ReadonlySet<number> = new Set()): Quote[] {
  const quotes: Quote[] = [];
  const standalone = new Set<Quote>(); // quotes that are their paragraph's whole text (pull-quote candidates)
  const people = new People();
  const described: string[] = [];
  const allSpans = findSpans(paragraphs, blockquotes);
  let run: Found | null = null; // the speaker of a quotation still open at the paragraph's end
  let runQuotes: Quote[] = []; // the quotes of that run so far (a speaker named at its end fills them)
  let lastQuoted: Found | null = null; // who spoke the last quotation of the paragraph before, if it had any
  let prevMasked = '';
  let lastSpeaker: Person | null = null;

  let newcomer: string | null = null; // someone unnamed introduced at the end of the paragraph before
  const pending = new Map<Quote, { description: string; definite: boolean }>();
  let earlier = ''; // the story up to the quotation being attributed (the last few paragraphs)
  let answerBy: Person | null = null; // in a Q&A, the interviewee ("A: …" paragraphs are theirs)
  const describe = (d: string): string => {
    if (/^(of them|of those)$/.test(d)) return described[described.length - 1] ?? d;
    // "one of the former employees": the group described earlier ("two former employees of …").
    const partOf = /^of (?:the|those|these)\s+(.+?)s$/.exec(d);
    if (partOf?.[1]) return [...described].reverse().find((x) => x.startsWith(partOf[1] ?? '')) ?? partOf[1];
    if (refersToOrganisation(d)) {
      // "the commission" after "The Tavel Basin Commission … said": that body by name.
      const kind = /^(?:the\s+)?(\w+)$/i.exec(d)?.[1];
      const named = kind ? namedOfKind(kind, earlier) : null;
      if (named) return named;
      // People already quoted are people; a name merely mentioned may be the organisation
      // itself ("Nordvik Appliances is recalling…" reads like a person's name).
      // A speaker with neither a role nor a gender may be the organisation itself ("Aurelia Beverages said in a statement").
      const persons = quotes.filter((q) => {
        const p = q.speaker ? people.get(q.speaker) : undefined;
        // An organisation already given as a speaker ("the airline said" → Skyreach Airways) is no person.
        return !!p && (p.role !== null || (p.gender !== null && p.gender !== 'n'));
      });
      const org = mainOrganisation(paragraphs, new Set(persons.flatMap((q) => (q.speaker ?? '').split(' '))));
      if (org) return org;
    }
    // "Tyne and Wear Fire and Rescue Service confirmed … A spokesperson said": that body's spokesperson.
    if (SPOKES.test(d)) {
      const sentences = earlier.split(SENTENCE_END);
      const org = ORG_LEAD.exec((sentences[sentences.length - 2] ?? '').trim())?.[1];
      if (org && !people.get(org.split(/\s+/)[0] ?? '')) return `${org} ${d}`;
    }
    const mine = /^(?:my|our) (.+)$/.exec(d);
    if (mine) return answerBy ? `${answerBy.name}'s ${mine[1]}` : (mine[1] ?? d);
    // "His neighbour, who asked not to be named": whose is the latest person of that gender.
    const theirs = /^(his|her|their) (.+)$/.exec(d);
    if (theirs) {
      const p = people.pronoun(theirs[1] === 'his' ? 'm' : theirs[1] === 'her' ? 'f' : 'x', []);
      return p ? `${p.name}'s ${theirs[2]}` : (theirs[2] ?? d);
    }
    const head = d.split(/\s+/).pop() ?? d;
    const before = [...described].reverse().find((x) => x !== d && x.split(/\s+/).includes(head));
    const out = before ?? d;
    described.push(out);
    return out;
  };

  const fromCue = (cue: Cue | undefined, near: Person[], sentence = '', lead = ''): Found | null => {
    if (!cue) return null;
    if (cue.named) {
      const p = people.add(cue.named);
      lastSpeaker = p;
      return { speaker: p.name, role: p.role, confidence: cue.named.name.includes(' ') ? 0.95 : 0.85 };
    }
    if (cue.pronoun) {
      // "A company spokeswoman said …. “…,” she said": an unnamed subject earlier in the paragraph.
      const leadCue = speakerCue(firstSentence(lead), false);
      let unnamed = leadCue && !leadCue.named ? leadCue.description : null;
      // "Whitfield, the Harvest Fields chief, said she was prepared …. “…,” she said": the one
      // named as the subject of the paragraph's opening sentence, when the gender fits.
      if (leadCue?.named) {
        // Of several who share the surname, the one of the pronoun's gender.
        const p = people.add({ ...leadCue.named, gender: leadCue.named.gender ?? (cue.pronoun === 'x' ? undefined : cue.pronoun) });
        if (p.gender === null || p.gender === cue.pronoun) {
          people.touch((lastSpeaker = p));
          return { speaker: p.name, role: p.role, confidence: 0.8 };
        }
      }
      // "The 78-year-old, who …, said …. “…,” he said": the person given that age, else nobody described.
      if (unnamed && AGED.test(unnamed)) {
        const aged = people.byAge(unnamed);
        if (aged) {
          people.touch((lastSpeaker = aged));
          return { speaker: aged.name, role: aged.role, confidence: 0.7 };
        }
        unnamed = null;
      }
      const g = unnamed ? genderOf(unnamed.replace(/^(his|her|their|my|our)\s+/, '')) : null;
      if (unnamed && cue.pronoun !== (g === 'f' ? 'm' : g === 'm' ? 'f' : '-')) {
        return { speaker: describe(unnamed), role: null, confidence: 0.7 };
      }
      // "A cellist from the city orchestra has come … / “Is it ready?” he asks.": the newcomer just introduced.
      if (newcomer && near.length === 0 && (genderOf(newcomer) ?? cue.pronoun) === cue.pronoun) {
        return { speaker: describe(newcomer), role: null, confidence: 0.6 };
      }
      // "The Rovers manager was less happy … He called it …": the subject of the sentence before, when it is someone known.
      const subject = THE_SUBJECT.exec(lastSentence(lead).trim());
      const bySubject = subject?.[1] ? people.byRole(subject[1]) : null;
      const p = bySubject && (bySubject.gender ?? cue.pronoun) === cue.pronoun ? bySubject : people.pronoun(cue.pronoun, near);
      if (!p) {
        // Nobody named yet: "When I asked a nurse at the city hospital what …, she …".
        const d = /\b(?:a|an)\s+(\p{Ll}+(?:\s+(?!what|how|why|whether|if|about)\p{Ll}+){0,5})/u.exec(sentence);
        return d?.[1] ? { speaker: describe(d[1]), role: null, confidence: 0.5 } : null;
      }
      people.touch(p);
      lastSpeaker = p;
      return { speaker: p.name, role: p.role, confidence: 0.8 };
    }
    if (cue.description) {
      // "said the 28-year-old" with no one given that age: no description to show; the nearest person follows.
      if (AGED.test(cue.description) && !people.byAge(cue.description)) return null;
      // "… said in a statement that …. “…,” the statement said": whoever made the statement.
      const owner = cue.definite && DOCUMENT.test(cue.description) ? documentOwner(cue.description, earlier) : null;
      if (owner) return owner;
      // "the company said": the organisation the story is about, not the last person named.
      if (cue.definite && refersToOrganisation(cue.description)) return { speaker: describe(cue.description), role: null, confidence: 0.7 };
      // "According to the report": whoever the story said wrote it ("a report by the National Audit Office").
      const author = cue.definite ? authorOf(cue.description, earlier) : null;
      if (author) return { speaker: author, role: null, confidence: 0.7 };
      // "the judge told him", "the treasurer said", "the Portuguese forward said": someone already named.
      if (cue.definite) {
        // Not a name that comes after the verb ("The Portuguese coach … said he would not be asking
        // the referee, Mark Heywood, …"): someone named before the sentence, else the last speaker.
        // A name inside the description itself is the speaker ("according to the historian of cartography Ilona Kertész").
        const own = people.mentions(cue.description);
        const prior = lead ? people.mentions(lead) : [];
        const fallback = own[own.length - 1] ?? prior[prior.length - 1] ?? (near.length && lastSpeaker && !lead ? lastSpeaker : near[near.length - 1]) ?? null;
        const p = people.byAge(cue.description) ?? people.byRole(cue.description) ?? (described.some((d) => d.split(/\s+/).includes(cue.description?.split(/\s+/).pop() ?? '')) ? null : fallback);
        if (p) {
          people.touch(p);
          lastSpeaker = p;
          return { speaker: p.name, role: p.role, confidence: 0.7 };
        }
      }
      return { speaker: describe(cue.description), role: null, confidence: 0.75, pending: cue.description, definite: !!cue.definite };
    }
    return null;
  };

  /** The sentence before that mentions the document: an organisation opening it, else its first person. */
  const documentOwner = (document: string, text: string): Found | null => {
    const sentences = text.split('\n').flatMap((x) => x.split(SENTENCE_END));
    for (let i = sentences.length - 1; i >= Math.max(0, sentences.length - 4); i--) {
      const sentence = (sentences[i] ?? '').trim();
      if (!new RegExp(`\\b${document}\\b`, 'i').test(sentence)) continue;
      const org = ORG_LEAD.exec(sentence)?.[1]?.replace(/^The\s+/, '');
      const known = org ? people.get(org) : undefined;
      if (org && org.includes(' ') && !known) return { speaker: org, role: null, confidence: 0.7 };
      const p = people.mentions(sentence)[0];
      if (p) return { speaker: p.name, role: p.role, confidence: 0.7 };
      return null;
    }
    return null;
  };

  paragraphs.forEach((para, index) => {
    // A quoted title of a report or book, a name or a so-called term: not speech.
    const titled = (s: Span): boolean => isTitle(para, s);
    const spans = (allSpans[index] ?? []).filter((s) => s.block || s.continued || !titled(s));
    // A byline line in the body ("By Ruth Adeyemi") names the writer, not a speaker.
    // Titles are blanked too: the names in “Britain’s Best High Street Bakers” are nobody's.
    const masked = BYLINE.test(para) ? '' : outsideQuotes(para, allSpans[index] ?? []);
    if (/^A:\s/.test(para)) answerBy ??= lastSpeaker;
    let prev: Found | null = null;
    let prevByAfter = false; // the quotation before was attributed by the phrase right after it
    spans.forEach((s, k) => {
      const beforeStart = k > 0 ? (spans[k - 1]?.close ?? 0) + 1 : 0;
      const afterEnd = spans[k + 1]?.open ?? para.length;
      // From the masked paragraph: a title in the sentence (In her memoir, “Bow and Bone,” she wrote) names nobody.
      const rawBefore = s.open > 0 ? (masked || para).slice(beforeStart, s.open) : '';
      const before = lastSentence(rawBefore);
      const afterText = para.slice(Math.min(s.close + 1, para.length), afterEnd);
      const after = firstSentence(afterText);
      const near = people.mentions(masked.slice(0, Math.max(0, s.open)));
      earlier = `${paragraphs.slice(Math.max(0, index - 3), index).join('\n')}\n${para.slice(0, Math.max(0, s.open))}`;
      const words = s.text.split(/\s+/).filter(Boolean).length;
      if (!s.block && words <= 3 && TERM_LEAD.test(rawBefore)) return; // a term, not speech
      // “the home’s “comfort fund””: a few words after a possessive are the thing's name.
      if (!s.block && !s.continued && words <= 3 && !/[.!?,;:]$/.test(s.text) && /\p{L}['’]s?\s*$/u.test(rawBefore)) return;
      if (!s.block && !s.continued && WRITTEN_LEAD.test(rawBefore)) return; // a sign's or a cover's words
      // “a “sell” rating”: article, quotation, then a lower-case noun; no speech ends without punctuation.
      if (!s.block && words <= 6 && !/[.!?,;:]$/.test(s.text) && MODIFIER_LEAD.test(rawBefore) && /^\s+\p{Ll}+\b/u.test(afterText)) return;

      const afterCue = attributes(s.text, afterText) ? speakerCue(after, true) : undefined;
      const beforeCue = speakerCue(before, false);
      // A verb after the quote with no one to say it ("… and contact Nordvik for a free repair") yields to the one before.
      const empty = (c: Cue | undefined): boolean => !!c && !c.named && !c.pronoun && !c.description;
      let cue = afterCue && !(empty(afterCue) && beforeCue && !empty(beforeCue)) ? afterCue : (beforeCue ?? afterCue);
      // A few words far from their verb, past a new clause ("it recalled …, and in June it … their “creep” function"), are a term.
      if (words <= 3 && cue && cue === beforeCue && !verbGoverns(before)) cue = undefined;
      const verdict = !cue ? VERDICT.exec(before) : null;
      if (verdict) cue = speakerCue(`${before.slice(0, verdict.index)} said`, false);
      if (!cue && words > 3) {
        // "Stating that the "…" Modi "…", Ambani said": the cue comes later in the same sentence.
        const wide = speakerCue(firstSentence(masked.slice(Math.min(s.close + 1, para.length))), true);
        if (wide?.named) cue = wide;
      }
      if (!cue && words <= 3 && !s.block && !s.continued) return; // a quoted term without a speech cue

      // A run-on quotation keeps its speaker; one still unknown may be named where it ends ("…,” she says).
      let found: Found | null = s.continued && run?.speaker ? { ...run, confidence: Math.min(run.confidence, 0.85) } : null;
      // “…,” he told Sky Sports. “…”: one attribution between two quotations speaks for both.
      if (!found && k > 0 && prevByAfter && prev?.speaker && (!afterCue || empty(afterCue)) && before === rawBefore) found = { ...prev };
      // "He said Hartley had “never once” …": the pronoun points before its own sentence.
      const leadText = masked.slice(0, Math.max(0, s.open - before.length));
      const pronounNear = cue && cue !== afterCue && cue.pronoun ? people.mentions(leadText) : near;
      found ??= fromCue(cue, pronounNear, before, cue === afterCue ? masked.slice(0, Math.max(0, s.open)) : leadText);
      if (!found && prev) found = { ...prev, confidence: prev.confidence * 0.95 }; // second quote of the same run
      if (!found && (s.open <= 0 || /:\s*$/.test(masked.slice(0, Math.max(0, s.open))))) {
        // A quotation opening its paragraph: introduced at the end of the one before ("… said in a statement:").
        const lead = s.open <= 0 ? lastSentence(prevMasked) : before;
        // The sentence before ends with a quotation and its attribution ("Colleagues remembered …. “…,”
        // said X."): the quote-only paragraph goes on with X, not with a name earlier in that sentence.
        if (s.open <= 0 && lastQuoted?.speaker && /(?:^|\s)q {2,}/.test(lead)) found = { ...lastQuoted, confidence: Math.min(lastQuoted.confidence, 0.8) * 0.9 };
        found ??= fromCue(speakerCue(lead, false), people.mentions(lead));
        // A quote-only paragraph right after someone's quotation goes on with that speaker.
        if (!found && s.open <= 0 && lastQuoted?.speaker) found = { ...lastQuoted, confidence: Math.min(lastQuoted.confidence, 0.8) * 0.9 };
        // "Did that bother her? She laughs." then the answer: the pronoun subject of the sentence before.
        // "Asked by the coroner whether …, she paused before answering.": the main clause's pronoun too.
        const subject = s.open <= 0 ? (/^(he|she)\b/i.exec(lead.trim()) ?? /,\s+(he|she)\s+\p{Ll}+(?:ed|s)\b/u.exec(lead)) : null;
        // Else the one the sentence before opens with ("Kettering saved his warmest words for Osei, …"),
        // else the last person it names.
        const opener = s.open <= 0 ? people.mentions(lead.trim().split(/\s+/).slice(0, 3).join(' '))[0] : undefined;
        const p = found ? null : subject ? people.pronoun(subject[1]?.toLowerCase() === 'she' ? 'f' : 'm', []) : s.open <= 0 ? (opener ?? people.mentions(prevMasked).pop()) : null;
        if (p) found = { speaker: p.name, role: p.role, confidence: 0.6 };
      }
      if (!found) {
        // No verb: "For Khamenei, "…"" names a known speaker; "He accused … a "…"" is the last one.
        const hit = [...before.split(/\s+/).map(clean)].reverse().map((w) => people.get(w)).find(Boolean);
        const first = (before.trim().split(/\s+/)[0] ?? '').toLowerCase();
        // "His verdict on social media was brief: “…”": his words, the nearest man's.
        const own = /^(his|her)$/.test(first) && /:\s*$/.test(before) ? people.pronoun(first === 'her' ? 'f' : 'm', near) : null;
        const p = hit ?? own ?? (first === 'he' || first === 'she' ? lastSpeaker : null);
        if (p) found = { speaker: p.name, role: p.role, confidence: 0.6 };
      }
      found ??= { speaker: null, role: null, confidence: 0.3 };
      const fragment = words <= 3 ? 0.85 : 1;
      const q: Quote = {
        text: s.text,
        speaker: found.speaker,
        paragraph: index,
        role: found.role,
        confidence: Math.round(found.confidence * fragment * (s.unclosed && !s.block ? 0.9 : 1) * 100) / 100,
        rank: 0,
      };
      quotes.push(q);
      if (found.pending) pending.set(q, { description: found.pending, definite: !!found.definite });
      if (s.continued && q.speaker) for (const r of runQuotes) if (r.speaker === null) Object.assign(r, { speaker: q.speaker, role: q.role });
      runQuotes = s.unclosed && !s.block ? (s.continued ? [...runQuotes, q] : [q]) : [];
      if (s.block || (spans.length === 1 && masked.replace(/[q\s]/g, '') === '')) standalone.add(q);
      prev = found;
      prevByAfter = !!afterCue && cue === afterCue && !empty(afterCue);
      run = s.unclosed && !s.block ? found : null;
    });
    lastQuoted = spans.length ? (prev as Found | null) : null;
    // "His remarks drew cries of “Shame!”, and the presiding officer, Dame Alys Penrose, rose": she is named now.
    const lastSpan = spans[spans.length - 1];
    if (lastSpan && lastSpan.close < para.length) people.register(masked.slice(lastSpan.close + 1));
    if (spans.length === 0) {
      run = null;
      runQuotes = [];
      // A caption's credit ("Photograph: Catriona Bell") names no one in the story.
      // So does one in brackets at its end: "(Ana Ruiz / Harbour Ledger)", "(Photo: …)".
      const text = masked.replace(/\b(?:Photograph|Photo|Picture|Image|Illustration|Credit|Foto)s?(?:\s+by)?\s*:.*$/i, '').replace(/\s*\([^()]*(?:\/|\||\b(?:Photo|Photograph|Image|Credit)\b)[^()]*\)\s*$/, '');
      // "Invoking …, Ambani said India now needs …": a later "he said" points here.
      const p = people.mentions(text);
      // The paragraph's subject (its first person) is who a later "he"/"she" most likely means.
      for (const x of [...p].reverse()) people.touch(x);
      const last = lastSentence(text);
      // "…, according to two former employees of the authority": a source described mid-sentence.
      const according = last.indexOf('according to ');
      const said = (according > 0 ? speakerCue(last.slice(according), false) : undefined) ?? speakerCue(last, false);
      const fresh = NEWCOMER.exec(last.trim())?.[1] ?? '';
      newcomer = AGENT.test(fresh.split(/\s+(?:from|of|at|with|in|on)\s/)[0] ?? '') ? fresh : null;
      if (said?.description) described.push(namedKind(said.description, last));
      // "A shopkeeper on Halsted Avenue, who …, said the bus …": reported speech by someone unnamed,
      // whom a "he said" in the next paragraph goes on quoting; "The 78-year-old said …" is someone known.
      const known = said?.description && said.definite ? (people.byAge(said.description) ?? people.byRole(said.description)) : null;
      if (said?.description && !said.definite && !newcomer) newcomer = said.description;
      if (said?.named) lastSpeaker = people.add(said.named);
      else if (known) people.touch((lastSpeaker = known));
      else if (p.length) lastSpeaker = p[p.length - 1] ?? lastSpeaker;
    }
    // An unnamed speaker quoted last in this paragraph ("…,” one protester said") may go on in the next.
    const unnamed = spans.length && lastQuoted?.speaker && !people.get(lastQuoted.speaker) && /^\p{Ll}/u.test(lastQuoted.speaker) ? lastQuoted.speaker : null;
    if (spans.length) newcomer = unnamed;
    // After this paragraph's names are known: "… Elena Varga … . She …" says Varga is a woman.
    people.learnGender(masked.split(SENTENCE_END));
    prevMasked = masked;
  });

  // A description resolved by a name given in the next sentences ("the prosecutor, … Dana Whitlock, said").
  for (const [q, { description, definite }] of pending) {
    const n = namedAs(description, paragraphs.slice(q.paragraph, q.paragraph + (definite ? 3 : 2)).join('\n'), definite);
    if (n) Object.assign(q, { speaker: n.name, role: n.role ?? description });
  }
  const kept = dropRepeats(quotes, standalone);
  rankQuotes(kept);
  return kept;
}

/** A pull quote (a paragraph that is only a quotation) repeating another quotation counts once. */
function dropRepeats(quotes: Quote[], standalone: Set<Quote>): Quote[] {
  const keys = quotes.map((q) => comparable(q.text));
  return quotes.filter((q, i) => {
    const key = keys[i] ?? '';
    if (key.split(' ').length < 4) return true;
    return !quotes.some((o, j) => {
      if (j === i || !(keys[j] ?? '').includes(key)) return false;
      if (keys[j] === key) return standalone.has(q) ? !standalone.has(o) || j < i : j < i && !standalone.has(o);
      return standalone.has(q);
    });
  });
}
