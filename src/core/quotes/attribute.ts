import type { Quote } from '../types.ts';
import { speakerCue, type Cue } from './cues.ts';
import { clean, genderOf } from './names.ts';
import { nameIn } from './subject-names.ts';
import { HONORIFIC, isRole, ROLE_NOUN } from './name-words.ts';
import { People, type Person } from './people.ts';
import { AGED, KIN, THE_SUBJECT } from './people-words.ts';
import { BRAND, BRAND_LEAD, DEMONYM_OF, DOCUMENT, firstSentence, KIN_OF, lastSentence, mostNamed, possessive, ONE_OF, recentSentences, ORG_LEAD, OWN_DOCUMENT, OWNED_BY, SENTENCE_END, SPOKES, withoutRelatives, WRITTEN_AS, WRITTEN_BY } from './attribute-words.ts';
import { documentOwner } from './documents.ts';
import { introducedHere, paragraphSubject } from './subjects.ts';
import { authorOf, bodyByApposition, fitsKind, fullBodyName, mainOrganisation, namedOfKind, refersToOrganisation } from './organisation.ts';

/**
 * Who said it: the state a story builds up as it is read (the people and bodies named, the
 * unnamed speakers described, the last speaker) and the resolution of a speech cue against it.
 * extractQuotes (src/core/quotes.ts) walks the paragraphs and keeps this state current.
 */
export interface Found {
  speaker: string | null;
  role: string | null;
  confidence: number;
  /** "the prosecutor said" with no prosecutor named yet: the story may name one just after. */
  pending?: string;
  /** The description came with "the" (an indefinite one is named only by "The <noun>, <Name>," just after). */
  definite?: boolean;
}

export class Attribution {
  readonly people = new People();
  /** Unnamed speakers described so far ("a State Department spokeswoman"). */
  readonly described: string[] = [];
  /** The quotations found so far, in story order. */
  readonly quotes: Quote[] = [];
  lastSpeaker: Person | null = null;
  /** Someone unnamed introduced at the end of the paragraph before. */
  newcomer: string | null = null;
  /** The story up to the quotation being attributed (the last few paragraphs). */
  earlier = '';
  /** In a Q&A, the interviewee ("A: …" paragraphs are theirs). */
  answerBy: Person | null = null;

  constructor(private readonly paragraphs: readonly string[]) {}

  /** An unnamed speaker's description, resolved against the bodies and people the story named. */
  describe(d: string, definite = true): string {
    // "Mr Marsh’s family": the family of the person the story named ("Lewis Marsh’s family").
    const owned = OWNED_BY.exec(d);
    if (owned?.[1]) return `${this.people.mentions(owned[1])[0]?.name ?? owned[1]}${owned[2]}s ${owned[3]}`;
    // "a nurse who gave her name only as Siobhan", "a security guard surnamed Chan": the name given.
    const given = /\b(?:gave (?:his|her|their) (?:first )?name (?:only )?as|surnamed|identified (?:only )?as|known only as)\s+(\p{Lu}[\p{L}'’-]+)$/u.exec(d)?.[1];
    if (given) return given;
    // "a spokesman for Lindqvist": the person the story named in full ("Gareth Lindqvist").
    const forWhom = /^(.+\s(?:for|of|to))\s(\p{Lu}[\p{L}'’-]+)$/u.exec(d);
    const whom = forWhom ? this.people.get(forWhom[2] ?? '') : undefined;
    if (forWhom && whom && whom.gender !== 'n' && whom.name.includes(' ')) d = `${forWhom[1]} ${whom.name}`;
    // "according to two diplomats familiar with the negotiations …. …, one of them said": that group.
    if (/^(of them|of those)$/.test(d)) return this.introduced(d, null) ?? this.described[this.described.length - 1] ?? d;
    // "according to two people briefed on the discussions …. “…,” one of the people said": one of that group.
    const oneOf = ONE_OF.exec(d)?.[1];
    const group = oneOf ? new RegExp(`\\b(?:two|three|four|five|several|\\d+|a few|some)\\s+(?:[a-z-]+\\s+)?(${oneOf}\\s+(?:familiar with|briefed on|with knowledge of|close to|involved in|aware of)\\s[^,.;]+)`).exec(this.earlier) : null;
    if (group?.[1]) return `one of the ${group[1]}`;
    // "one of the former employees": the group described earlier ("two former employees of …").
    const partOf = /^of (?:the|those|these)\s+(.+?)s$/.exec(d);
    if (partOf?.[1]) return [...this.described].reverse().find((x) => x.startsWith(partOf[1] ?? '')) ?? partOf[1];
    if (refersToOrganisation(d)) {
      // "the commission" after "The Tavel Basin Commission … said": that body by name.
      const kind = /^(?:the\s+)?(?:[a-z]+\s+)?(\w+)$/i.exec(d)?.[1];
      const named = kind ? (namedOfKind(kind, this.earlier) ?? bodyByApposition(this.earlier) ?? this.bodyOpening() ?? namedOfKind(kind, this.paragraphs.join('\n'))) : null;
      if (named) return named;
      // People already quoted are people; a name merely mentioned may be the organisation
      // itself ("Nordvik Appliances is recalling…" reads like a person's name).
      // A speaker with neither a role nor a gender may be the organisation itself ("Aurelia Beverages said in a statement").
      const persons = this.quotes.filter((q) => {
        const p = q.speaker ? this.people.get(q.speaker) : undefined;
        // An organisation already given as a speaker ("the airline said" → Skyreach Airways) is no person.
        return !!p && (p.role !== null || (p.gender !== null && p.gender !== 'n'));
      });
      const org = mainOrganisation(this.paragraphs, new Set(persons.flatMap((q) => (q.speaker ?? '').split(' '))));
      // "a spokesman for the authority" is not the story's main party's.
      if (org && fitsKind(org, d.split(/\s+/).pop() ?? '')) return org;
    }
    // "Tyne and Wear Fire and Rescue Service confirmed … A spokesperson said": that body's spokesperson.
    // "Dyfed Police said …. A police spokeswoman said": the body whose name ends in the qualifier.
    const kindOf = /^(\p{L}+) (\p{L}+)$/u.exec(d);
    if (SPOKES.test(d) || (kindOf && SPOKES.test(kindOf[2] ?? ''))) {
      const sentences = this.earlier.split(SENTENCE_END);
      const org = ORG_LEAD.exec((sentences[sentences.length - 2] ?? '').trim())?.[1];
      const kind = kindOf?.[1]?.toLowerCase();
      if (org && this.notAPerson(org) && !kind) return `${org} ${d}`;
      const body = org?.replace(/^(?:A|An|The)\s+/, '');
      if (body && kind && body.toLowerCase().endsWith(` ${kind}`)) return `${body} ${kindOf?.[2]}`;
    }
    const mine = /^(?:my|our) (.+)$/.exec(d);
    if (mine) return this.answerBy ? `${this.answerBy.name}'s ${mine[1]}` : (mine[1] ?? d);
    // "His neighbour, who asked not to be named": whose is the latest person of that gender.
    const theirs = /^(his|her|their) (.+)$/.exec(d);
    if (theirs) {
      const p = this.people.pronoun(theirs[1] === 'his' ? 'm' : theirs[1] === 'her' ? 'f' : 'x', []);
      // "Rhodri Tanfield wrote …. “…,” his brother replied": the other Tanfield the story named.
      const kin = p ? this.people.kinOf(p, theirs[2] ?? '') : null;
      if (kin) return kin.name;
      return p ? `${possessive(p.name, theirs[1] === 'their')} ${theirs[2]}` : (theirs[2] ?? d);
    }
    const head = d.split(/\s+/).pop() ?? d;
    // Someone new ("a voice from the back of the benches", after "a voice from the opposition benches") is no one before.
    const before = definite ? ([...this.described].reverse().find((x) => x !== d && x.split(/\s+/).includes(head)) ?? this.introduced(d, head)) : undefined;
    const out = before ?? d;
    this.described.push(out);
    return out;
  }

  /** A capitalised name opening a sentence that is no person the story knows ("Jane Ames confirmed …"); a body already met is fine. */
  notAPerson(name: string): boolean {
    const known = this.people.get(name.split(/\s+/)[0] ?? '');
    return !known || known.gender === 'n';
  }

  /** "NHS Strathmoray confirmed …. … the health board said": a body that opens a recent sentence, not a person. */
  private bodyOpening(): string | null {
    for (const recent of recentSentences(this.earlier)) {
      // "Halcyon Street Records, which still operates as a studio, said …": the clause is no part of the name, nor "(CAP)".
      const sentence = recent.trim().replace(/^([^,]+),\s*which\b[^,]*,/, '$1').replace(/^([^,(]+?)\s+\(\p{Lu}{2,6}\)/u, '$1');
      const org = (ORG_LEAD.exec(sentence) ?? BRAND_LEAD.exec(sentence))?.[1]?.replace(/^The\s+/, '');
      // "FC Rheinau’s offer, which …": a possessive opens the sentence, its owner is not the subject.
      if (org && /['’]s$/.test(org)) continue;
      if (org && org.includes(' ') && this.notAPerson(org) && !this.quotes.some((q) => q.speaker === org)) return org;
      if (org && BRAND.test(org) && this.notAPerson(org)) return fullBodyName(this.paragraphs, org);
    }
    return null;
  }

  /**
   * "A district education officer in Upper Sone, who did not wish to be named, said …. “…,” the
   * officer said": the fuller description a recent sentence gave someone unnamed who spoke.
   */
  private introduced(d: string, head: string | null): string | undefined {
    for (const sentence of recentSentences(this.earlier)) {
      const cue = speakerCue(sentence, false);
      const fuller = cue?.description && !cue.definite ? cue.description : null;
      if (fuller && fuller !== d && fuller.length > d.length && (head === null || fuller.split(/\s+/).includes(head))) return fuller;
    }
    return undefined;
  }

  /** The speaker a cue names: a name, a pronoun resolved to a person, or a description. */
  fromCue(cue: Cue | undefined, near: Person[], sentence = '', lead = ''): Found | null {
    if (!cue) return null;
    if (cue.named) {
      const p = this.people.add(cue.named);
      this.lastSpeaker = p;
      return { speaker: p.name, role: p.role, confidence: cue.named.name.includes(' ') ? 0.95 : 0.85 };
    }
    if (cue.pronoun) {
      // "The Rovers manager was less happy … He called it …": the subject of the sentence before, when it is someone known.
      // After a quotation ending its sentence ("… “…!” Sir Dennis did not look up."), the sentence after it.
      const last = lastSentence(lead).trim().replace(/^.*(?:^|\s)q {2,}(?=\p{Lu})/su, '');
      const subject = THE_SUBJECT.exec(last);
      const bySubject = subject?.[1] ? this.people.byRole(subject[1]) : null;
      // "Ruairi Dunmore put the point to Rook directly. “Which is it?” he asked": a pronoun goes back
      // to the subject of the sentence before, a known name opening it, rather than to its object.
      // The whole capitalised run that opens it must be that person's name ("Tasman Capital Markets
      // senior economist Daniel Ferreira" opens with a firm).
      // "Sir Dennis did not look up": an honorific opening the run is no part of the name.
      const run = (/^(?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*/u.exec(last)?.[0].split(/\s+/).map(clean) ?? []).filter((w, i) => i > 0 || !HONORIFIC.test(w));
      const opener = run.length ? this.people.get(run[0] ?? '') : undefined;
      const whole = opener && run.every((w) => opener.name.split(' ').includes(w)) ? opener : undefined;
      // No body ("Quay Gallery" ends in a body's word), of the pronoun's gender or of none yet; and
      // not when that sentence is itself an attribution: the cue's own reading (a shared surname by
      // the pronoun's gender) decides it.
      const named = whole && whole.gender !== 'n' && (whole.gender ?? cue.pronoun) === cue.pronoun && !speakerCue(last, false) ? whole : null;
      const fits = (bySubject && (bySubject.gender ?? cue.pronoun) === cue.pronoun ? bySubject : null) ?? named;
      // "One reporter put it to Whitcombe that …. The governor rejected that. “…,” he said": a known
      // subject of the sentence right before outranks an unnamed one who opened the paragraph.
      if (fits && (fits === named || last !== firstSentence(lead).trim())) {
        if (cue.pronoun !== 'x') fits.gender ??= cue.pronoun;
        this.people.touch((this.lastSpeaker = fits));
        return { speaker: fits.name, role: fits.role, confidence: 0.75 };
      }
      // "A buyer for a Seoul store was blunter. “…,” she said": an unnamed subject of the sentence
      // right before, when it names no one and has no pronoun of the other gender.
      const a = /^An?\s+([^,]{3,80}?)(?:,|\s+(?:was|is|were|are|had|has|did|does|said|says|told|added)\b)/.exec(last)?.[1];
      if (a && !this.people.mentions(last).length && !(cue.pronoun === 'f' ? /\b(?:he|his|him)\b/i : /\b(?:she|her)\b/i).test(last)) {
        return { speaker: this.describe(a), role: null, confidence: 0.6 };
      }
      // "A company spokeswoman said …. “…,” she said": an unnamed subject earlier in the paragraph,
      // opening it or right before the quotation ("Not everyone is so sure. One ranger, who …, said …").
      const leadCue = speakerCue(firstSentence(lead), false) ?? speakerCue(lastSentence(lead), false);
      let unnamed = leadCue && !leadCue.named ? leadCue.description : null;
      // "Whitfield, the Harvest Fields chief, said she was prepared …. “…,” she said": the one
      // named as the subject of the paragraph's opening sentence, when the gender fits.
      if (leadCue?.named) {
        // Of several who share the surname, the one of the pronoun's gender.
        const p = this.people.add({ ...leadCue.named, gender: leadCue.named.gender ?? (cue.pronoun === 'x' ? undefined : cue.pronoun) });
        if (p.gender === null || p.gender === cue.pronoun) {
          this.people.touch((this.lastSpeaker = p));
          return { speaker: p.name, role: p.role, confidence: 0.8 };
        }
      }
      // "His wife shakes her head. “…,” she says": kin opening the paragraph, of the pronoun's gender,
      // and not named there ("Her brother, Arun Nandakumar, …" is Arun Nandakumar).
      const kin = /^(his|her|their)\s+(\p{Ll}+)\b(?!\s*,)/iu.exec(firstSentence(lead).trim());
      if (!leadCue && kin && KIN.test(kin[2] ?? '') && genderOf(kin[2] ?? '') === cue.pronoun) {
        return { speaker: this.describe(`${(kin[1] ?? '').toLowerCase()} ${kin[2]}`), role: null, confidence: 0.7 };
      }
      // "The 78-year-old, who …, said …. “…,” he said": the person given that age, else nobody described.
      if (unnamed && AGED.test(unnamed)) {
        const aged = this.people.byAge(unnamed);
        if (aged) {
          this.people.touch((this.lastSpeaker = aged));
          return { speaker: aged.name, role: aged.role, confidence: 0.7 };
        }
        unnamed = null;
      }
      const g = unnamed ? genderOf(unnamed.replace(/^(his|her|their|my|our)\s+/, '')) : null;
      if (unnamed && cue.pronoun !== (g === 'f' ? 'm' : g === 'm' ? 'f' : '-')) {
        return { speaker: this.describe(unnamed), role: null, confidence: 0.7 };
      }
      // "A cellist from the city orchestra has come … / “Is it ready?” he asks.": the newcomer just introduced.
      if (this.newcomer && near.length === 0 && (genderOf(this.newcomer) ?? cue.pronoun) === cue.pronoun) {
        return { speaker: this.describe(this.newcomer), role: null, confidence: 0.6 };
      }
      const p = fits ?? this.people.pronoun(cue.pronoun, near);
      if (!p) {
        // Nobody named yet: "When I asked a nurse at the city hospital what …, she …".
        const d = /\b(?:a|an)\s+(\p{Ll}+(?:\s+(?!what|how|why|whether|if|about)\p{Ll}+){0,5})/u.exec(sentence);
        return d?.[1] ? { speaker: this.describe(d[1]), role: null, confidence: 0.5 } : null;
      }
      this.people.touch(p);
      this.lastSpeaker = p;
      return { speaker: p.name, role: p.role, confidence: 0.8 };
    }
    if (cue.description) {
      // "said the 28-year-old" with no one given that age: whom the paragraph is about (subjects.ts), else
      // no description to show (the nearest person follows).
      if (AGED.test(cue.description) && !this.people.byAge(cue.description)) {
        const p = cue.definite ? paragraphSubject(this.earlier, this.people) : null;
        return p ? { speaker: p.name, role: p.role, confidence: 0.6 } : null;
      }
      // "“…,” her statement said": the words are hers.
      const hers = OWN_DOCUMENT.exec(cue.description);
      const theirs = hers ? this.people.pronoun(hers[1] === 'her' ? 'f' : 'm', near) : null;
      if (theirs) return { speaker: theirs.name, role: theirs.role, confidence: 0.7 };
      // "… said in a statement that …. “…,” the statement said": whoever made the statement.
      const owner = cue.definite && DOCUMENT.test(cue.description) ? documentOwner(cue.description, this.earlier, this) : null;
      if (owner) return owner;
      // "according to a note to clients from Adaeze Montgomery of Lakeshore Capital": the writer named in it.
      const by = WRITTEN_BY.exec(cue.description)?.[1];
      const writer = by ? nameIn(by) : null;
      if (writer) {
        const p = this.people.add(writer);
        return { speaker: p.name, role: p.role, confidence: 0.7 };
      }
      // "A memo Pruett posted in break rooms told employees …": the person the story named who wrote it.
      const poster = WRITTEN_AS.exec(cue.description)?.[1];
      const known = poster ? this.people.get(poster) : undefined;
      if (known && known.gender !== 'n') return { speaker: known.name, role: known.role, confidence: 0.7 };
      // "the company said": the organisation the story is about, not the last person named.
      if (cue.definite && refersToOrganisation(cue.description)) return { speaker: this.describe(cue.description), role: null, confidence: 0.7 };
      // "According to the report": whoever the story said wrote it ("a report by the National Audit Office").
      const author = cue.definite ? authorOf(cue.description, this.earlier) : null;
      if (author) return { speaker: author, role: null, confidence: 0.7 };
      // "Kerry-Ann Pritchard, 34, paid … / The mum-of-two said: “…”", "The Northern Irishman said":
      // the last person the story named, of the parent's sex; for a nationality, one named in the
      // paragraph, else the one the story names most often (its subject, not the last named).
      const demonym = cue.definite ? DEMONYM_OF.exec(cue.description) : null;
      const kin = cue.definite ? (KIN_OF.exec(cue.description) ?? demonym) : null;
      if (kin) {
        const g = /^(?:mum|mom|mother|gran|nan|grandmother|grandma|granny|wife)$|woman$/.test(kin[1] ?? '') ? 'f' : 'm';
        const fit = (x: Person): boolean => (x.gender ?? g) === g;
        const p = demonym ? (this.people.mentions(lead).filter(fit).pop() ?? mostNamed(this.people.mentions(this.earlier).filter(fit), this.paragraphs.join('\n'))) : this.people.mentions(this.earlier).filter(fit).pop();
        if (p) {
          this.people.touch((this.lastSpeaker = p));
          return { speaker: p.name, role: p.role, confidence: 0.7 };
        }
      }
      // "the judge told him", "the treasurer said", "the Portuguese forward said": someone already named.
      if (cue.definite) {
        // Not a name that comes after the verb ("The Portuguese coach … said he would not be asking
        // the referee, Mark Heywood, …"): someone named before the sentence, else the last speaker.
        // A name inside the description itself is the speaker ("according to the historian of cartography Ilona Kertész").
        // Not "the Asante Akim North MP": in a capitalised title, the words before the role are a place.
        const titled = /^(?:\p{Lu}\S*\s+)+\p{Lu}\S*$/u.test(cue.description) && isRole(cue.description.split(/\s+/).pop() ?? '');
        const own = titled ? [] : this.people.mentions(cue.description);
        // "Penhaligon, whose save from Varga …, was more reflective. “…,” the goalkeeper said": not a name in the clause.
        const prior = lead ? this.people.mentions(withoutRelatives(lead)) : [];
        // "the Calderbridge manager": a role in a body, with no one named near, is the one just quoted.
        const inBody = /^\p{Lu}/u.test(cue.description) && (titled || ROLE_NOUN.test(cue.description.split(/\s+/).pop() ?? '')) && this.lastSpeaker?.gender !== 'n' ? this.lastSpeaker : null;
        const fallback = own[own.length - 1] ?? prior[prior.length - 1] ?? (near.length && this.lastSpeaker && !lead ? this.lastSpeaker : near[near.length - 1]) ?? inBody ?? null;
        // "One cardiologist who …, said …. “…,” the cardiologist said": brought in unnamed just before, no one named earlier.
        const p = introducedHere(cue.description, lead) ? null : (this.people.byAge(cue.description) ?? this.people.byRole(cue.description) ?? (this.described.some((d) => d.split(/\s+/).includes(cue.description?.split(/\s+/).pop() ?? '')) ? null : fallback));
        if (p) {
          this.people.touch((this.lastSpeaker = p));
          return { speaker: p.name, role: p.role, confidence: 0.7 };
        }
      }
      return { speaker: this.describe(cue.description, !!cue.definite), role: null, confidence: 0.75, pending: cue.description, definite: !!cue.definite };
    }
    return null;
  }
}
