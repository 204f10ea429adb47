import type { Quote } from './types.ts';
import { comparable, findSpans, type Span } from './quotes/spans.ts';
import { describedSubject, speakerCue, verbGoverns, type Cue } from './quotes/cues.ts';
import { clean, isBodyName, type Named } from './quotes/names.ts';
import { nameIn } from './quotes/subject-names.ts';
import { expandAcronym, fullBodyName } from './quotes/organisation.ts';
import { rankQuotes } from './quotes/rank.ts';
import { joinParticles, spoken } from './quotes/particles.ts';
import { Attribution, type Found } from './quotes/attribute.ts';
import { statementFrom } from './quotes/documents.ts';
import { ledeSpeaker } from './quotes/subjects.ts';
import { firstSentence, lastSentence, SENTENCE_END, withoutRelatives } from './quotes/attribute-words.ts';
import { isTitle, MODIFIED, MODIFIER_LEAD, TERM_LEAD, WRITTEN_LEAD } from './quotes/titles.ts';

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


/** "He called the decision “a joke”": a verdict in a few words is speech. */
const VERDICT = /\b(?:called|calls|calling|labelled|labeled|branded)\s+(?:it|him|her|them|this|that|(?:the|his|her|their|its)\s+\S+(?:\s+\S+)?)\s*$/i;
/** "A cellist from the city orchestra has come to …": someone new and unnamed, who may speak next. */
const NEWCOMER = /^(?:A|An)\s+([a-z][^,.;:]*?)\s+(?:has|had|is|was|were|will|would|came|comes|arrived|arrives|stood|stands|sat|sits|[a-z]+ed)\b/;
const AGENT = /(?:er|ist|or|ian|ant|ent|man|woman|person|wife|friend|child|boy|girl)$/;

const BYLINE = /^(?:By|Von|Par)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u;


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


/** "…, the prosecutor, Assistant U.S. Attorney Dana Whitlock, said": the name given to a description. */
function namedAs(description: string, text: string, definite: boolean): Named | null {
  // "A lorry driver … told an inquest …" then "The driver, Kevin Astley, 52, …": an indefinite
  // description is named only by such an apposition, the head noun enough.
  const head = description.split(/\s+/).pop() ?? description;
  const lower = text.toLowerCase();
  // "The driver, Kevin Astley," / "That councillor, Leilani Sapolu,".
  const find = (d: string): RegExpExecArray | null => new RegExp(`\\b(?:the|that|this) ${d.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, `).exec(lower);
  const which = [description, ...(head !== description ? [head] : [])].map(find).find(Boolean);
  if (!which || (!definite && !/^\p{Ll}/u.test(description))) return null;
  // An indefinite one is named by "the …" within the next paragraph; "that …" points back further.
  if (!definite && which[0].startsWith('the') && which.index > text.split('\n').slice(0, 2).join('\n').length) return null;
  const rest = text.slice(which.index + which[0].length);
  const n = nameIn(rest.split(',')[0] ?? '');
  return n && n.name.includes(' ') ? n : null;
}

export function extractQuotes(original: readonly string[], blockquotes: ReadonlySet<number> = new Set()): Quote[] {
  // Names are read from the text with surname particles joined (same length: the spans hold);
  // quotations are cut from the text as written.
  const paragraphs = joinParticles(original);
  const a = new Attribution(paragraphs);
  const { people, described, quotes } = a;
  const standalone = new Set<Quote>(); // quotes that are their paragraph's whole text (pull-quote candidates)
  const allSpans = findSpans(original, blockquotes);
  let run: Found | null = null; // the speaker of a quotation still open at the paragraph's end
  let runQuotes: Quote[] = []; // the quotes of that run so far (a speaker named at its end fills them)
  let lastQuoted: Found | null = null; // who spoke the last quotation of the paragraph before, if it had any
  let prevMasked = '';

  const pending = new Map<Quote, { description: string; definite: boolean }>();
  paragraphs.forEach((para, index) => {
    // A quoted title of a report or book, a name or a so-called term: not speech.
    const titled = (s: Span): boolean => isTitle(para, s);
    const spans = (allSpans[index] ?? []).filter((s) => s.block || s.continued || !titled(s));
    // A byline line in the body ("By Ruth Adeyemi") names the writer, not a speaker.
    // Titles are blanked too: the names in “Britain’s Best High Street Bakers” are nobody's.
    const masked = BYLINE.test(para) ? '' : outsideQuotes(para, allSpans[index] ?? []);
    if (/^A:\s/.test(para)) a.answerBy ??= a.lastSpeaker;
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
      a.earlier = `${paragraphs.slice(Math.max(0, index - 3), index).join('\n')}\n${para.slice(0, Math.max(0, s.open))}`;
      const words = s.text.split(/\s+/).filter(Boolean).length;
      if (!s.block && words <= 3 && TERM_LEAD.test(rawBefore)) return; // a term, not speech
      // “the home’s “comfort fund””: a few words after a possessive are the thing's name.
      if (!s.block && !s.continued && words <= 3 && !/[.!?,;:]$/.test(s.text) && /\p{L}['’]s?\s*$/u.test(rawBefore)) return;
      if (!s.block && !s.continued && WRITTEN_LEAD.test(rawBefore)) return; // a sign's or a cover's words
      // “a “sell” rating”: article, quotation, then a lower-case noun; no speech ends without punctuation.
      // Not a conjunction or a verb after it: a “sham consultation” and said …
      if (!s.block && words <= 6 && !/[.!?,;:]$/.test(s.text) && MODIFIER_LEAD.test(rawBefore) && MODIFIED.test(afterText)) return;

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
      // A quoted term without a speech cue; not one that goes on reporting the speech before ("X said
      // the university had “respected the right to protest” but that the camp was causing “unacceptable disruption”").
      if (!cue && words <= 3 && !s.block && !s.continued && !(prev?.speaker && k > 0 && /^[^.!?]*\b(?:and|but) that\b[^.!?]*$/.test(rawBefore))) return;

      // A run-on quotation keeps its speaker; one still unknown may be named where it ends ("…,” she says).
      let found: Found | null = s.continued && run?.speaker ? { ...run, confidence: Math.min(run.confidence, 0.85) } : null;
      // “…,” he told Sky Sports. “…”: one attribution between two quotations speaks for both.
      if (!found && k > 0 && prevByAfter && prev?.speaker && (!afterCue || empty(afterCue)) && before === rawBefore) found = { ...prev };
      // "He said Hartley had “never once” …": the pronoun points before its own sentence.
      const leadText = masked.slice(0, Math.max(0, s.open - before.length));
      // "Tony Kowalczyk, who is not related to Renee Kowalczyk, has worked …. “…,” he said": a name
      // inside a relative clause is not the one a pronoun goes back to.
      const pronounNear = people.mentions(withoutRelatives(cue && cue !== afterCue && cue.pronoun ? leadText : masked.slice(0, Math.max(0, s.open))));
      // "…, he said the decision had been “a joke” and that he had barely touched Haddad. “…,” he
      // said": the same "he" as the quotation before, unless a sentence between opens with someone.
      if (!found && k > 0 && cue?.pronoun && cue.pronoun !== 'x' && prev?.speaker) {
        const same = people.get(prev.speaker);
        const between = masked.slice((spans[k - 1]?.close ?? 0) + 1, Math.max(0, s.open)).split(SENTENCE_END).slice(1);
        const newSubject = between.some((x) => /^(?:he|she|they)\b/i.test(x.trim()) || !!people.get(clean(x.trim().split(/\s+/)[0] ?? '')));
        if (same && same.gender === cue.pronoun && !newSubject) found = { ...prev };
      }
      found ??= a.fromCue(cue, pronounNear, before, cue === afterCue ? masked.slice(0, Math.max(0, s.open)) : leadText);
      if (!found && prev) found = { ...prev, confidence: prev.confidence * 0.95 }; // second quote of the same run
      if (!found && (s.open <= 0 || /:\s*$/.test(masked.slice(0, Math.max(0, s.open))))) {
        // A quotation opening its paragraph: introduced at the end of the one before ("… said in a statement:").
        const lead = s.open <= 0 ? lastSentence(prevMasked) : before;
        // The sentence before ends with a quotation and its attribution ("Colleagues remembered …. “…,”
        // said X."): the quote-only paragraph goes on with X, not with a name earlier in that sentence.
        if (s.open <= 0 && lastQuoted?.speaker && /(?:^|\s)q {2,}/.test(lead)) found = { ...lastQuoted, confidence: Math.min(lastQuoted.confidence, 0.8) * 0.9 };
        found ??= statementFrom(lead, a) ?? a.fromCue(speakerCue(lead, false), people.mentions(lead));
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
      // No verb, but a described subject: "…, the Calderbridge manager paused. “…”".
      if (!found) found = a.fromCue(describedSubject(lastSentence(before.trim()) || before), near, before);
      if (!found) {
        // No verb: "For Khamenei, "…"" names a known speaker; "He accused … a "…"" is the last one.
        const hit = [...before.split(/\s+/).map(clean)].reverse().map((w) => people.get(w)).find(Boolean);
        const first = (before.trim().split(/\s+/)[0] ?? '').toLowerCase();
        // "His verdict on social media was brief: “…”": his words, the nearest man's.
        const own = /^(his|her)$/.test(first) && /:\s*$/.test(before) ? people.pronoun(first === 'her' ? 'f' : 'm', near) : null;
        const p = hit ?? own ?? (first === 'he' || first === 'she' ? a.lastSpeaker : null);
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
      a.newcomer = AGENT.test(fresh.split(/\s+(?:from|of|at|with|in|on)\s/)[0] ?? '') ? fresh : null;
      if (said?.description) described.push(namedKind(said.description, last));
      // "A shopkeeper on Halsted Avenue, who …, said the bus …": reported speech by someone unnamed,
      // whom a "he said" in the next paragraph goes on quoting; "The 78-year-old said …" is someone known.
      const known = said?.description && said.definite ? (people.byAge(said.description) ?? people.byRole(said.description)) : null;
      if (said?.description && !said.definite && !a.newcomer) a.newcomer = said.description;
      if (said?.named) a.lastSpeaker = people.add(said.named);
      else if (known) people.touch((a.lastSpeaker = known));
      else if (p.length) a.lastSpeaker = p[p.length - 1] ?? a.lastSpeaker;
    }
    // An unnamed speaker quoted last in this paragraph ("…,” one protester said") may go on in the next.
    const unnamed = spans.length && lastQuoted?.speaker && !people.get(lastQuoted.speaker) && /^\p{Ll}/u.test(lastQuoted.speaker) ? lastQuoted.speaker : null;
    if (spans.length) a.newcomer = unnamed;
    // After this paragraph's names are known: "… Elena Varga … . She …" says Varga is a woman.
    people.learnGender(masked.split(SENTENCE_END));
    prevMasked = masked;
  });

  // A description resolved by a name given in the next sentences ("the prosecutor, … Dana Whitlock, said").
  // A lede's description named in the paragraphs after it ("A coroner has said …", then "senior coroner Catherine Holloway").
  for (const [q, { description, definite }] of pending) {
    const n = namedAs(description, paragraphs.slice(q.paragraph, q.paragraph + 3).join('\n'), definite) ?? (q.paragraph <= 1 ? ledeSpeaker(description, q.paragraph, paragraphs, quotes, people) : null);
    if (n) Object.assign(q, { speaker: n.name, role: n.role ?? description });
  }
  const fullNames = new Map<string, string>();
  for (const q of quotes) {
    // "Tessellate said it “respects …”": a body by one word, given in full elsewhere ("Tessellate Systems").
    const one = q.speaker && !q.speaker.includes(' ') && /^\p{Lu}/u.test(q.speaker) ? q.speaker : null;
    const who = one ? people.get(one) : undefined;
    if (one && !fullNames.has(one)) fullNames.set(one, !who || who.gender === 'n' || who.name === one ? fullBodyName(paragraphs, one) : '');
    const full = one ? (fullNames.get(one) ?? '') : '';
    if (full && full !== one && isBodyName(full)) q.speaker = full;
    // "The HSE said": the name its initials stand for, when the story gives it.
    else if (one && full === one) q.speaker = expandAcronym(paragraphs, one) ?? one;
    Object.assign(q, { speaker: spoken(q.speaker), role: spoken(q.role) });
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
