/**
 * Speech cues around a quotation: who speaks in the phrase before or after it, in English,
 * German and French copy. Returns a name (with role), a pronoun, or a description of an
 * unnamed speaker; undefined when the phrase has no speech verb.
 */
import { isBodyName, runIn, type Named } from './names.ts';
import { nameAfter, nameIn } from './subject-names.ts';
import { isRole } from './name-words.ts';
import { refersToOrganisation } from './organisation.ts';
import { OWNED_BY, THE_DEMONYM } from './attribute-words.ts';

const VERB = new RegExp(
  '(?<![\\p{L}-])(' +
    [
      'said', 'says', 'say', 'saying', 'told', 'tells', 'telling', '(?<=(?:to|will|would) )tell', 'began(?=\\s*[,.;:]|\\s*$)', 'added', 'adds', 'adding', 'stated', 'explained', 'explains',
      'insisted', 'insists', 'noted', 'notes', 'warned', 'warns', 'claimed', 'claims', 'wrote', 'writes', 'writing', 'declared', 'replied',
      'replies', 'continued', 'asked', 'asks', 'argued', 'argues', 'accused', 'recalled', 'dismissed', 'described', 'called for', 'urged',
      'put it', 'shouted', 'shouts', 'shouting', 'chanted', 'chant', 'chants', 'describes', 'according to', 'According to', 'admitted', 'conceded', 'acknowledged', 'confirmed', 'announced', 'promised', 'vowed', 'predicted', 'remarked',
      'sagte', 'sagt', 'erklärte', 'erklärt', 'betonte', 'betont', 'kritisierte', 'warnte', 'sprach von', 'meinte', 'fügte',
      'a déclaré', 'a dit', 'a ajouté', 'a dénoncé', 'a affirmé', 'a expliqué', 'a confié', 'a estimé', 'a assuré',
      'estime', 'affirme', 'explique', 'déclare', 'dit', 'selon', 'a-t-il \\p{L}+', 'a-t-elle \\p{L}+', 'ajoute-t-il', 'ajoute-t-elle',
      // French copy puts the verb after the quotation, often in the present: "…", raconte X / assure X /
      // a lancé sa présidente, X / sourit-elle.
      'raconte', 'assure', 'souligne', 'ajoute', 'confie', 'indique', 'précise', 'rappelle', 'prévient', 'insiste', 'lance', 'a lancé',
      'poursuit', 'résume', 'reconnaît', 'témoigne', 'regrette', 'martèle', 'conclut', 'tempère', 'a souligné', 'a indiqué', 'a précisé', 'a raconté',
      '\\p{L}+-t-(?:il|elle)', '(?:sourit|soupire|glisse|lâche|rit|s’amuse|s\'amuse|s’agace|s\'agace)-(?:il|elle)',
    ].join('|') +
    ')(?![\\p{L}-])',
  'u',
);

const PRONOUN = /^(he|she|they|il|elle|er|sie)$/i;
const FEM_PRONOUN = /^(she|elle|sie)$/i;

export interface Cue {
  named: Named | null;
  /** 'm' / 'f' for he / she, 'x' for they or an unknown gender. */
  pronoun: 'm' | 'f' | 'x' | null;
  /** An unnamed speaker: "a State Department spokeswoman" → "State Department spokeswoman". */
  description: string | null;
  /** The description came with "the" ("the judge said"): it may point back to someone named. */
  definite?: boolean;
}

const NONE: Cue = { named: null, pronoun: null, description: null };
const DESCRIBED = /^(?:an?|another|the|one|ein|eine|einer|un|une|le|la|l')\s+((?:\p{L}|\d{1,3}-year-old\b)[^,;:]{0,80})$/iu;
const IDENTIFIED_AS = /^(?:an?|another|one|the)\s+[^,]*,\s*who\s+(?:identified|described|introduced)\s+(?:herself|himself|themselves)\s+(?:only\s+)?as\s+(?:an?\s+)?([^,]{3,80}),\s*$/iu;
/** Relative clauses are not the subject: "X, who asked not to be named, told …". */
const RELATIVE = /,\s*(?:and\s+)?(?:who|whose|which|qui|der|die|das)\b[^,]*(,|$)/g;

function pronounOf(word: string): Cue['pronoun'] {
  if (!PRONOUN.test(word)) return null;
  if (/^(they|sie)$/i.test(word)) return 'x';
  return FEM_PRONOUN.test(word) ? 'f' : 'm';
}

/** A description without its circumstances ("… at a hearing") or relative clause ("former minister who backs …"). */
function trimDescription(d: string): string {
  // Where the speaker works or lives stays ("a neighbour on Birch Lane", "a nurse in the emergency
  // department"); when or how they spoke goes ("… at a hearing", "… in a statement", "… on Monday").
  // Also "an official at one of the accredited laboratories".
  const place = (rest: string): boolean => /^(?:(?:one of\s+)?the\s+\p{Ll}|(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu})/u.test(rest) && !/^the\s+(?:hearing|meeting|briefing|conference|rally|event|time|end|start|weekend|scene)\b/.test(rest);
  const cut = /\s+(in|on|at|during|after|before|lors|am|im)\s+(.*)$/i.exec(d);
  const kept = cut && !(/^(?:in|on|at)$/i.test(cut[1] ?? '') && place(cut[2] ?? '')) ? d.slice(0, cut.index) : d;
  // "A spokesman for Lindqvist later said": when is no part of who.
  // "a retired teacher who asked not to be named said": the verb of the relative clause cut it at "who".
  // "a product manager who kept her job", "a trader who asked not to be named": a short clause that
  // says which one stays (the subject ends at the first speech verb, so it never holds one); a longer one goes.
  const which = /^(.+?)\s+who\s+((?:\S+\s+){0,7}\S+)$/.exec(kept.replace(WHEN_WORDS, '').trim());
  if (which?.[1] && which[2]) return `${which[1]} who ${which[2]}`;
  return kept.replace(/\s+(?:who|whose|which|that)(?:\s.*)?$/, '').replace(WHEN_WORDS, '').trim();
}

/** Adverbs of time and auxiliaries between a description and its verb ("the minister has said"). */
const WHEN_WORDS = /(?:\s+(?:later|earlier|also|then|again|separately|previously|subsequently|afterwards|yesterday|today|tonight|initially|originally|has|have|had))+$/i;

const PLACE_END = /(?<![\p{L}\d])(?:from|in|of|near)\s+\p{Lu}[\p{L}\d.'’-]*$/u; // "in Trois-Rivières, Que.": letters beyond ASCII
/** "Ohio", "New York": one word, or two that open with a compass or "New" (two plain capitals are a person: "…Lagos, Tunde Bakare"). */
const STATE = /^\s*(?:\p{Lu}[\p{L}\d.'’-]*|(?:New|North|South|West|East|Rhode|Sri|Costa|Puerto|El|Saudi|United)\s+\p{Lu}[\p{L}\d.'’-]*)\s*$/u;

/** "During a question from the member for North Tamar, a voice … shouted": an opening phrase of when or where. */
const OPENING_PHRASE = /^\s*(?:During|In|At|After|Before|On|Amid|Following|Since|While|When|Outside|Inside)\s/;

/** Between a speech verb and a quotation: a new clause ("…, and in June it …") means the verb is not its cue. */
const CLAUSE_BREAK = /[,;]\s+(?:and|but|while|whereas|although)\s|;/;

/** Whether the last speech verb in a phrase leads into what follows it, with no new clause between. */
export function verbGoverns(phrase: string): boolean {
  const m = verbIn(phrase);
  return !!m && !CLAUSE_BREAK.test(phrase.slice(m.index));
}

const VERBS = new RegExp(VERB.source, 'gu');
/** Verbs that are also nouns, and a determiner (with up to two words) that makes them one: "Asked about the hiring claims, a spokeswoman said …". */
const NOUNISH = /^(?:claims|notes|chants|chant)$/;
/** Before a noun: "the union’s claims", "Kloofspruit’s claims" (a possessive is a determiner too). */
const DETERMINER = /(?:\b(?:the|a|an|his|her|their|its|our|my|these|those|such|any|no|whose)\s+(?:[\p{L}'’-]+\s+){0,2}|\p{L}['’]s?\s+)$/iu;

/** The first speech verb in a phrase that is not a noun after a determiner. */
function verbIn(p: string): RegExpExecArray | null {
  VERBS.lastIndex = 0;
  for (let m = VERBS.exec(p); m; m = VERBS.exec(p)) {
    // "a trader who asked not to be named said": asking for anonymity is not the speech.
    if (/^asked$/.test(m[1] ?? '') && ASKED_ANONYMITY.test(p.slice(m.index + m[0].length))) continue;
    if (!NOUNISH.test(m[1] ?? '') || !DETERMINER.test(p.slice(Math.max(0, m.index - 40), m.index))) return m;
  }
  return null;
}
const ASKED_ANONYMITY = /^\s+(?:not to be (?:named|identified)|that (?:his|her|their) name|for anonymity|to remain anonymous)/;

/** Who speaks in a phrase around a quote; `after` is the phrase right after the closing mark. */
export function speakerCue(phrase: string, after: boolean): Cue | undefined {
  // "…, nationalist Bogdan Ciuru, who said last week that Voss would “…”": the quotation is the
  // relative clause's, and its speaker the one the clause is about.
  const inRelative = after ? null : /,\s*who\s+(?:[\w-]+\s+){0,3}?(?:said|says|told|tells|wrote|writes|argued|warned|claimed|insisted|added)\b[^,]*$/u.exec(phrase);
  const about = inRelative ? nameIn(phrase.slice(0, inRelative.index).split(',').pop() ?? '') : null;
  if (about) return { ...NONE, named: about };
  // A title blanked out of the sentence (the lone "q" outsideQuotes leaves) is no part of the subject.
  // "said Cllr Priya Hargreaves (Lib Dem, Upper Kelder)": a party and ward in brackets are no part of the name.
  // "Rebecca Hale, … for Hollins Moor – no relation of the company’s barrister – said": an aside between dashes, as between commas.
  const p = phrase.replace(/\s*\([^()“”"]{1,60}\)/g, '').replace(/\s+[–—]\s+[^–—“”"]{1,80}?\s+[–—](?=\s)/g, ',').replace(/^[\s,;:]+/, '').replace(/(?<!\S)q {2,}/g, '').replace(RELATIVE, '$1');
  // "“…” — José María Martín, Seville's chief heat officer" attributes by a dash alone.
  if (after && /^[—–]\s*\p{Lu}/u.test(p)) return { ...NONE, named: nameAfter(p.replace(/^[—–]\s*/, '')) };
  const m = verbIn(p);
  // "Another speaker, who identified herself only as a mother of two …, told the council": who she said she was.
  const as = m ? IDENTIFIED_AS.exec(phrase.slice(0, phrase.indexOf(m[0]))) : null;
  if (as?.[1]) return { ...NONE, description: trimDescription(as[1]) };
  // "…, she did not hesitate: “…”": the clause before the colon names the speaker.
  const colon = !after && /:\s*$/.test(p) ? pronounOf((p.split(/,/).pop() ?? '').trim().split(/\s+/)[0] ?? '') : null;
  if (colon && (!m || p.lastIndexOf(',') > m.index)) return { ...NONE, pronoun: colon };
  if (!m) return undefined;
  const verb = m[1] ?? '';
  const inVerb = /-t-(il|elle)\b|-(il|elle)$/.exec(verb);
  if (inVerb) return { ...NONE, pronoun: (inVerb[1] ?? inVerb[2]) === 'elle' ? 'f' : 'm' };
  // ", a copy of which was obtained by the Sentinel,": a relative clause about a thing names no speaker.
  // "Carrow is expected to tell …", "she will say": the subject without the future.
  const subject = p.slice(0, m.index).trim().replace(/,$/, '').replace(/\s+(?:(?:is|was|are|were)\s+(?:expected|due|set|scheduled|going)\s+to|will|would)$/, '').replace(/,\s+an?\s+[^,]*\b(?:of|in|for) (?:which|whom)\b[^,]*(?:,|$)/, '');
  const rest = p.slice(m.index + m[0].length);
  if (subject === '' || verb === 'according to' || verb === 'According to' || verb === 'selon') {
    // `"…," said X` / `according to X` / `, sagte ein Sprecher der Unionsfraktion`
    const named = nameAfter(rest.trim());
    if (named) return { ...NONE, named };
    // "…", a lancé sa présidente, Martine Coudray, / said its chairwoman, Ruth Ames,: the role, then the name.
    const titled = /^(?:its|his|her|their|the|sa|son|ses|leur|leurs|le|la)\s+(\p{Ll}[\p{Ll}\s'’-]{1,40}),\s*(\p{Lu}.*)$/u.exec(rest.trim());
    const after = titled ? nameAfter(titled[2] ?? '') : null;
    if (after && titled) return { ...NONE, named: { ...after, role: after.role ?? titled[1] ?? null } };
    const head = rest.trim().split(/[,.;]/)[0] ?? '';
    // "according to two people familiar with the schedules" → "person familiar with the schedules".
    // "according to two former employees of the authority" → "former employee of the authority".
    const group = /^(?:two|three|four|several|some|\d+)\s+((?:[a-z]+\s+){0,2}?)(people|[a-z]+s)\b(.*)$/.exec(head);
    if (group?.[2]) return { ...NONE, description: `${group[1] ?? ''}${group[2] === 'people' ? 'person' : group[2].slice(0, -1)}${group[3] ?? ''}`.trim() };
    const d = DESCRIBED.exec(head);
    if (d?.[1]) return { ...NONE, description: trimDescription(d[1]), definite: /^the\s/i.test(head) };
    const pro = pronounOf((rest.trim().split(/\s+/)[0] ?? '').replace(/\W+$/, ''));
    return pro ? { ...NONE, pronoun: pro } : undefined;
  }
  // "Henley denied the request, saying …": a participle's subject opens the sentence.
  if (/ing$/.test(verb) && /,\s*$/.test(p.slice(0, m.index))) {
    const lead: string[] = [];
    for (const w of subject.split(/\s+/)) {
      if (!/^\p{Lu}/u.test(w)) break;
      lead.push(w);
      if (/[,;:]$/.test(w)) break;
    }
    const pro = pronounOf(lead[0] ?? subject.split(/\s+/)[0] ?? '');
    if (pro) return { ...NONE, pronoun: pro };
    const named = lead.length ? nameIn(lead.join(' ')) : null;
    if (named) return { ...NONE, named };
  }
  // "an owner from Toledo, Ohio": a state or country after a town is part of the place, not a name.
  const segments = subject.split(/,/).reduce<string[]>((out, seg) => {
    const prev = out[out.length - 1];
    if (prev !== undefined && PLACE_END.test(prev) && STATE.test(seg)) out[out.length - 1] = `${prev},${seg}`;
    else out.push(seg);
    return out;
  }, []);
  const lastSeg = (segments[segments.length - 1] ?? '').trim();
  // "In one, an owner from Toledo, Ohio, wrote": a description after an opening phrase that names nobody.
  // Not ", a copy of which was obtained by …,": a relative clause describes a thing, not the speaker.
  if (segments.length > 1 && /^(?:an?|one)\s+[a-z][^,]*?\s(?:of|for|at|from|with|in)\s/i.test(lastSeg) && !/\b(?:of|in|for) (?:which|whom)\b/.test(lastSeg) && segments.slice(0, -1).every((x) => !nameIn(x) || OPENING_PHRASE.test(x))) {
    return { ...NONE, description: trimDescription(lastSeg.replace(/^\S+\s+/, '')) };
  }
  const firstWord = lastSeg.split(/\s+/)[0] ?? '';
  const pro = pronounOf(firstWord);
  if (pro && lastSeg.split(/\s+/).length <= 2) return { ...NONE, pronoun: pro };
  // "The judge thanked Walter Brenner for coming and said": the subject both verbs share.
  const shared = /^(?:the|a|an)\s+(\p{Ll}[\p{Ll}-]*)\s+\p{Ll}+ed\s.*\s(?:and|but|then)$/iu.exec(lastSeg);
  if (shared?.[1] && !/^(?:the|a|an)\s+\S+\s+\S+ed\s+(?:by|to|in|at|on)\b/i.test(lastSeg)) return { ...NONE, description: shared[1], definite: /^the\s/i.test(lastSeg) };
  // "A spokesperson for the Federation of Small Businesses": the name belongs to the description.
  const of = /^(?:an?|the|one|ein|eine|un|une)\s+\p{Ll}[^,]*?\s(?:of|for|at|from|with|in|de|du|des|der)\s/iu.test(subject) || /^(?:an?|one)\s+\p{Ll}[^\s,]*(?:\s+\p{Ll}[^\s,]*){0,2}\son\s/iu.test(subject);
  if (of && segments.length === 1) return { ...NONE, description: trimDescription(subject.replace(/^\S+\s+/, '')) };
  // "Thailand had wanted 'should', one of them said": the speaker is one of a group, not the name before.
  if (/^(?:one|each|either|neither|both|some|two|several) of (?:them|those|these)$/i.test(lastSeg)) return { ...NONE, description: lastSeg.replace(/^\S+\s+/, '').toLowerCase() };
  // "…, with one councillor saying the developer had …": the one the absolute clause describes.
  const withWhom = /^with\s+(?:an?|one|another)\s+(\p{Ll}[\p{Ll}\s-]{0,40})$/u.exec(lastSeg);
  if (withWhom?.[1] && segments.length > 1) return { ...NONE, description: trimDescription(withWhom[1]) };
  // "talks that one delegate described as …", "what a neighbour called …": the relative clause's subject.
  // "a standoff that head coach Ruud Verbeek described as …": the clause's own subject.
  // "…, at which point a voice from the opposition benches shouted": the one the clause brings in.
  const relative = /\b(?:at which point|whereupon|that|which|what)\s+(\S.{0,60})$/u.exec(lastSeg)?.[1] ?? '';
  const unnamed = /^(?:an?|one|another)\s+(\p{Ll}[\p{Ll}\s-]{0,40})$/u.exec(relative)?.[1];
  if (unnamed) return { ...NONE, description: trimDescription(unnamed) };
  const relName = relative && !/^(?:the|his|her|its|their|he|she|it|they|we|i|you)\b/i.test(relative) ? nameIn(relative) : null;
  if (relName) return { ...NONE, named: relName };
  // "the Dutchman said", "the Northern Irishman added": a nationality refers back to someone, it is no name.
  const demonym = THE_DEMONYM.exec(lastSeg)?.[1];
  if (demonym) return { ...NONE, description: demonym, definite: true };
  // "Sir Anthony Gale, Harwell Brandt's chairman, told …": the name before the apposition, not the firm in it.
  if (segments.length > 1 && /^\p{Lu}[^,]*['’]s?\s+\p{Ll}[\p{Ll}\s-]*$/u.test(lastSeg)) {
    const before = nameIn(segments[segments.length - 2] ?? '');
    if (before) return { ...NONE, named: { ...before, role: before.role ?? lastSeg } };
  }
  // "Mr Marsh’s family said": the family, whose name attribution resolves.
  const owned = lastSeg.replace(/^the\s+/, '');
  if (OWNED_BY.test(owned)) return { ...NONE, description: owned, definite: true };
  // "the Office of the President said": a body named for an office, not the president.
  const office = /^the\s+((?:Office|Ministry|Department|Bureau|Secretariat)\s+(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s*){1,4})$/u.exec(lastSeg);
  if (office?.[1]) return { ...NONE, named: { name: office[1].trim(), role: null } };
  // "the Minister said", "the Asante Akim North MP said", "the Association said:": a title, or a
  // body's kind alone, capitalised, points back to someone or something named; it is no name.
  const titled = /^the\s+((?:\p{Lu}[\p{L}'’-]*\s+){0,4}(\p{Lu}[\p{L}'’-]*))$/u.exec(lastSeg);
  if (titled?.[1] && titled[2] && (isRole(titled[2]) || (titled[1] === titled[2] && refersToOrganisation(titled[2])))) return { ...NONE, description: titled[1], definite: true };
  // "Turnout was 48%, the highest since 1997, the elections board said": a body's description after a clause.
  if (segments.length > 1 && /^the\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+$/u.test(lastSeg) && refersToOrganisation(lastSeg.split(/\s+/).pop() ?? '') && /\b(?:was|is|were|are|had|has|have|rose|fell)\b/.test(segments[0] ?? '')) {
    return { ...NONE, description: lastSeg.replace(/^the\s+/, ''), definite: true };
  }
  const named = nameIn(subject);
  if (named) return { ...NONE, named };
  // "In a statement on Monday, the Nigerian Midstream and Downstream Petroleum Regulatory Authority (NMDPRA)": a body by its full name.
  const body = /^the\s+\p{Lu}/u.test(lastSeg) ? runIn(lastSeg, false) : null;
  if (body && isBodyName(body.name) && lastSeg.includes(body.name)) return { ...NONE, named: body };
  // "In a statement, NASA said": a body by its initials alone, after an opening phrase.
  if (segments.length > 1 && /^\p{Lu}{2,6}$/u.test(lastSeg)) return { ...NONE, named: { name: lastSeg, role: null } };
  // "…, as relatives spent a third night at the mine gate and the company said": the clause after
  // the conjunction has the subject (not "the mayor and the council", a subject of two).
  const conj = /\s(?:and|but|while|as|when)\s+(the\s+\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)?)$/u.exec(lastSeg);
  if (conj?.[1] && lastSeg.slice(0, conj.index).split(/\s+/).length >= 5) return { ...NONE, description: trimDescription(conj[1].replace(/^the\s+/, '')), definite: true };
  const d = DESCRIBED.exec(lastSeg);
  if (d?.[1]) return { ...NONE, description: trimDescription(d[1]), definite: /^the\s/i.test(lastSeg) };
  // "My mother said": kept as "my mother" so a Q&A answer can name whose.
  const mine = /^(my|our|his|her|their)\s+(\p{Ll}.{0,40})$/iu.exec(lastSeg);
  return { ...NONE, description: mine ? `${(mine[1] ?? '').toLowerCase()} ${mine[2] ?? ''}` : null };
}

/** Who a described subject is, by the last word of the description: a person's noun. */
const PERSON_NOUN = /(?:er|ist|or|ian|ant|ent|man|woman|person|coach|chief|boss|head|captain|official|staff|source|aide|insider)$/;
/**
 * A sentence whose subject is someone described, with no speech verb, right before a quotation:
 * "Asked whether …, the Calderbridge manager paused.", "One senior player, who asked not to be
 * named, was blunter still." The description (definite or not) speaks; a be-verb or a verb of
 * manner (paused, smiled, shrugged) only, so "The ball was in the net." and "the ambulance
 * arrived" name no one.
 */
export function describedSubject(sentence: string): Cue | undefined {
  const m = /(?:^|,\s+)(the|one|an?|another)\s+((?:[\p{L}\d'’-]+\s+){0,4}?([\p{L}'’-]+))(?:,\s*who\b[^,]*,)?\s+(?:(?:was|is|were|are)\s+(?!(?:not|no|in|on|at|the|a|an)\b)\p{Ll}|(?:paused|smiled|shrugged|laughed|grinned|sighed|nodded|hesitated|frowned|winced|bristled)\b)[^,]*$/iu.exec(sentence.trim());
  if (!m?.[2] || !PERSON_NOUN.test((m[3] ?? '').toLowerCase())) return undefined;
  return { ...NONE, description: m[2], definite: /^the$/i.test(m[1] ?? '') };
}
