import { clean, genderOf, isBodyName, namesIn, type Named } from './names.ts';
import { NameParts } from './name-parts.ts';
import { abbreviates, byRole } from './roles.ts';
import { AGED, AGE_AFTER, CHILD, FUNCTION_WORD, KIN, KIN_BEFORE, KIN_FEMALE, KIN_FIRST, NAME_GIVEN, RELATION, ROLE_BEFORE, ROLE_RIGHT_BEFORE } from './people-words.ts';

/**
 * The people a story introduces, for attribution (src/core/quotes.ts): each by full name, by
 * surname and by first name, with a role, a gender (from roles, honorifics, kin words and the
 * pronouns that follow them), an age, and who is whose child. Pure string work.
 */
export interface Person {
  name: string;
  role: string | null;
  /** 'n': a place or a body ("Birch Lane", "Halvorsen Capital"), never a "he" or "she". */
  gender: 'f' | 'm' | 'n' | null;
}

/** The people a story has introduced, by full name and by surname. */
export class People {
  private byName = new Map<string, Person>();
  /** Everyone with that surname, in the order the story introduced them. */
  private bySurname = new Map<string, Person[]>();
  /** "Sir Geoffrey", "Donna": a first name standing for the full name met earlier. */
  private byFirst = new Map<string, Person>();
  /** Ages ("Arjun Khandelwal, 34") and children ("his son, Arjun Khandelwal"), for "the younger Khandelwal". */
  private age = new Map<Person, number>();
  private child = new Set<Person>();
  /** How the story introduced someone's kinship: "a brother, Clarence Fairweather" → brother. */
  private kinWord = new Map<Person, string>();
  /** Full names in the order they were last mentioned or quoted. */
  recent: Person[] = [];
  /** Those the story calls by first name ("Perla says"): a family member beside the one it calls by surname. */
  private firstNamed = new Set<Person>();
  /** Surnames of two words and middle words used alone ("Quispe Aranda", "Cáceres"). */
  private parts = new NameParts<Person>();

  get(word: string): Person | undefined {
    return this.byName.get(word) ?? this.surname(word) ?? this.byFirstName(word, false);
  }

  private byFirstName(word: string, alone: boolean): Person | undefined {
    const p = this.byFirst.get(word);
    if (p && p.name !== word && alone) this.firstNamed.add(p);
    return p;
  }

  /** A surname two people share means the one mentioned last, or the younger or elder one when the story says so. */
  private surname(word: string, relation: string | null = null, gender: 'f' | 'm' | null = null, title: string | null = null): Person | undefined {
    let all = this.bySurname.get(word) ?? this.parts.byMiddle(word);
    if (!all || all.length < 2) return all?.[0];
    // "Mr Brennan" among three Brennans: the men only.
    // One known to be of that gender comes before those the story never gave one.
    const exact = gender ? all.filter((p) => p.gender === gender) : [];
    const same = gender ? all.filter((p) => p.gender === gender || p.gender === null) : all;
    if (exact.length) all = exact;
    else if (same.length) all = same;
    if (all.length === 1) return all[0];
    // "Supt Williams" among two Williamses: the one whose role has that title ("Superintendent, North Wales Police").
    const titled = title ? all.filter((p) => p.role !== null && abbreviates(title, p.role)) : [];
    if (titled.length === 1) return titled[0];
    if (relation) {
      const young = relation === 'younger';
      const aged = all.filter((p) => this.age.has(p));
      if (aged.length === all.length) return aged.reduce((a, b) => ((this.age.get(a) ?? 0) < (this.age.get(b) ?? 0) === young ? a : b));
      const kids = all.filter((p) => this.child.has(p));
      // "the elder Rinaldi": the one who is nobody's child here, or the oldest of those.
      const parents = all.filter((p) => !this.child.has(p));
      if (!young && parents.length === 1) return parents[0];
      if (young && kids.length === 1) return kids[0];
      if (aged.length >= 2) return aged.reduce((a, b) => ((this.age.get(a) ?? 0) < (this.age.get(b) ?? 0) === young ? a : b));
    }
    // A profile calls its subject "Magbanua" and her mother and cousin "Perla" and "Marco": the
    // surname alone is the one the story never calls by first name.
    const formal = all.filter((p) => !this.firstNamed.has(p));
    if (formal.length && formal.length < all.length) all = formal;
    return this.latest(all);
  }

  /** Of several people, the one mentioned last (the first when none has been). */
  private latest(all: Person[]): Person | undefined {
    let best = all[0];
    let at = -1;
    for (const p of all) {
      const i = this.recent.lastIndexOf(p);
      if (i > at) [best, at] = [p, i];
    }
    return best;
  }

  add(n: Named, context: string | null = null): Person {
    const parts = n.name.split(' ');
    const relation = parts.length === 1 ? (RELATION.exec(n.role ?? '')?.[1]?.toLowerCase().replace(/^old/, 'eld').replace(/est$/, 'er') ?? null) : null;
    // "Calvin Leroy Marsh was born …" after "Calvin Marsh": the same man, by the name first given.
    let p = this.byName.get(n.name) ?? (parts.length > 2 && parts.every((w) => /^\p{Lu}/u.test(w)) ? this.byName.get(`${parts[0]} ${parts[parts.length - 1]}`) : undefined) ?? (parts.length === 1 ? (this.surname(n.name, relation, n.gender ?? null, n.role ?? null) ?? this.surnameFirst(n.name, n.gender) ?? this.byFirstName(n.name, true)) : (this.byLongSurname(n.name) ?? this.byGivenNames(n.name) ?? this.parts.initialled(n.name, this.bySurname.get(parts[parts.length - 1] ?? '') ?? [])));
    if (!p) {
      p = { name: n.name, role: null, gender: null };
      this.byName.set(n.name, p);
      const surname = parts[parts.length - 1] ?? n.name;
      if (parts.length > 1) this.bySurname.set(surname, [...(this.bySurname.get(surname) ?? []), p]);
      const first = parts[0] ?? '';
      if (parts.length > 1 && first.length > 2 && !this.byFirst.has(first)) this.byFirst.set(first, p);
    }
    if (parts.length > 2) this.parts.met(p, !!n.inside);
    if (n.role && !p.role && !relation) p.role = n.role;
    p.gender ??= isBodyName(p.name) ? 'n' : (n.gender ?? genderOf(n.role) ?? genderOf(context));
    this.touch(p);
    return p;
  }

  /**
   * "Ms Lim" after "Mr Lim Wee Kiat" and "Ms Lim Shu Fen": a name written surname first, the
   * honorific's gender telling which (the latest of that gender).
   */
  private surnameFirst(word: string, gender: Named['gender']): Person | undefined {
    if (gender !== 'f' && gender !== 'm') return undefined;
    const all = [...this.byName.values()].filter((p) => p.gender === gender && p.name.startsWith(`${word} `));
    return all.length ? this.latest(all) : undefined;
  }

  /** "Mohd Rizal" after "Datuk Mohd Rizal Hamdan": the given names of one longer name met before, and of no other. */
  private byGivenNames(name: string): Person | undefined {
    const all = [...this.byName.values()].filter((p) => p.gender !== 'n' && p.name.startsWith(`${name} `) && p.name.split(' ').length > 2 && !/\.$/.test(p.name));
    return all.length === 1 ? all[0] : undefined;
  }

  /** "Al Harmoodi", "Quispe Aranda": a surname of two words, the end of a longer name met before (name-parts.ts). */
  private byLongSurname(name: string): Person | undefined {
    const all = (this.bySurname.get(name.split(' ').pop() ?? '') ?? []).filter((p) => this.parts.ends(name, p));
    return all.length ? this.latest(all) : undefined;
  }

  /** Names a text introduces after the last quotation, known from now on but not counted as the latest mention. */
  register(text: string): void {
    const recent = this.recent;
    for (const n of namesIn(text)) {
      const known = this.byName.get(n.name);
      if (!known) this.add(n);
      else if (n.inside) this.parts.met(known, true);
    }
    this.recent = recent;
  }

  touch(p: Person): void {
    this.recent = this.recent.filter((x) => x !== p);
    this.recent.push(p);
  }

  /** People mentioned in a text, in order: full names and surnames already known. */
  mentions(text: string): Person[] {
    const out: Person[] = [];
    // "Her husband Geoff, 70, …": a first name alone, kin of the one just named, takes that surname.
    for (const m of text.matchAll(KIN_FIRST)) {
      const [, possessive = '', kin = '', first = ''] = m;
      if (this.byFirst.has(first) || this.byName.has(first)) continue;
      const whose = /^her$/i.test(possessive) ? 'f' : /^his$/i.test(possessive) ? 'm' : null;
      // "Ferreira’s father, Paulo,": the kin of the person that surname names.
      const named = /['’]s$/.test(possessive);
      const owner = named ? this.get(possessive.slice(0, -2)) : undefined;
      if (named && (!owner || owner.gender === 'n')) continue;
      // "Sofia Marquez and her twin sister, Elena,": a name just before it, else the latest person.
      const here = named ? undefined : namesIn(text.slice(Math.max(0, (m.index ?? 0) - 60), m.index)).pop();
      const of = owner ?? (here ? this.add(here) : [...this.recent].reverse().find((p) => p.name.includes(' ') && p.gender !== 'n' && (!whose || p.gender === whose || p.gender === null)));
      const surname = of?.name.split(' ').pop();
      if (!of || !surname) continue;
      if (whose) of.gender ??= whose;
      out.push(this.add({ name: `${first} ${surname}`, role: null, gender: KIN_FEMALE.test(kin) ? 'f' : 'm' }));
    }
    const full = namesIn(text);
    // "A fisherman who gave only his first name, Edson,": a one-word name the story gives as all it has.
    for (const m of text.matchAll(NAME_GIVEN)) {
      if (!m[2] || this.byName.has(m[2])) continue;
      const p = this.add({ name: m[2], role: null, gender: m[1] === 'her' ? 'f' : m[1] === 'his' ? 'm' : undefined } as Named);
      out.push(p);
    }
    const firsts = new Map<string, Named>();
    for (const n of full) {
      const first = n.name.split(' ')[0] ?? '';
      if (!firsts.has(first)) firsts.set(first, n);
    }
    const words = text.split(/\s+/);
    // "Callister’s account of her first years …": a possessive opening a sentence is its subject.
    const cleaned = words.map((w, i) => (i === 0 || /[.!?]$/.test(words[i - 1] ?? '') ? clean(w).replace(/['’]s$/, '') : clean(w)));
    let inName = -1; // the last word of the full name just read: its surname is that person, not another of the name
    cleaned.forEach((w, i) => {
      const f = firsts.get(w);
      if (f) {
        const p = this.add(f);
        if (p.gender !== 'n') out.push(p);
        this.relate(p, text);
        inName = i + f.name.split(' ').length - 1;
        return;
      }
      if (i <= inName) return;
      // Every name the story has met opens with a capital.
      if (!/^\p{Lu}/u.test(w)) return;
      const before = cleaned[i - 1] ?? '';
      const rel = /^(younger|elder|older|youngest|eldest|oldest)$/i.test(before) ? before.toLowerCase().replace(/^old/, 'eld').replace(/est$/, 'er') : null;
      // A first name on its own (not opening the full name) marks one the story calls by first name.
      const known = this.byName.get(w) ?? this.surname(w, rel) ?? this.byFirstName(w, !this.byFirst.get(w)?.name.endsWith(` ${cleaned[i + 1] ?? ''}`));
      if (!known || known.gender === 'n' || out.includes(known)) return;
      // "a student at Harlow Polytechnic": a known surname that opens another name is not that person.
      const following = cleaned[i + 1] ?? '';
      if (w !== known.name && !/[,.;:!?’'”)]$/.test(words[i] ?? '') && /^\p{Lu}\p{Ll}/u.test(following) && !known.name.split(' ').includes(following)) return;
      // "Saints captain Ruairi Fitzgerald": a known name used as a modifier before a role and a full name.
      const next = cleaned.slice(i + 1, i + 5);
      const lower = (y: string): boolean => /^\p{Ll}/u.test(y) && !FUNCTION_WORD.test(y);
      const modifier = !/[,.;:]$/.test(words[i] ?? '') && /^\p{Ll}/u.test(next[0] ?? '') && next.some((x, k) => k > 0 && firsts.has(x) && next.slice(0, k).every(lower));
      if (!modifier) out.push(known);
    });
    return out;
  }

  /** "Arjun Khandelwal, 34," gives an age; "his son, Arjun Khandelwal" a child. */
  private relate(p: Person, text: string): void {
    const at = text.indexOf(p.name);
    if (at < 0) return;
    const age = AGE_AFTER.exec(text.slice(at + p.name.length, at + p.name.length + 6));
    if (age?.[1] && !this.age.has(p)) this.age.set(p, Number(age[1]));
    const kin = KIN_BEFORE.exec(text.slice(Math.max(0, at - 40), at))?.[1]?.toLowerCase();
    if (kin && CHILD.test(kin)) this.child.add(p);
    if (kin && !this.kinWord.has(p)) this.kinWord.set(p, kin);
    // "his daughter, Aoife Brennan", "her son, the architect Pál Varga": the relation says the gender.
    if (kin && !p.gender) p.gender = genderOf(kin);
    // "when the Rovers manager, Sean Doherty, sent on …": the role before the name, for a later "the manager".
    const role = p.role ? null : ROLE_BEFORE.exec(text.slice(Math.max(0, at - 48), at));
    if (role?.[0]) p.role = role[0].replace(/^[Tt]he\s+/, '').replace(/,\s*$/, '');
    // "… and governor Adrian Whitcombe said": a lower-case role right before the name.
    const right = p.role ? null : ROLE_RIGHT_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
    if (right?.[1]) p.role = right[1];
  }

  /** "the judge", "the treasurer": the latest person whose role or title has that word. */
  byRole(description: string): Person | null {
    return byRole(this.recent, description);
  }

  /** People a text names, without counting as a mention. */
  private peek(text: string): Person[] {
    const out = new Set<Person>();
    for (const n of namesIn(text)) {
      const p = this.byName.get(n.name);
      if (p) out.add(p);
    }
    for (const raw of text.split(/\s+/)) {
      const w = clean(raw);
      const p = /^\p{Lu}/u.test(w) ? this.get(w) : undefined;
      if (p) out.add(p);
    }
    return [...out].filter((p) => p.gender !== 'n');
  }

  /**
   * "Elena Varga … has died aged 88. Her death …": a sentence that opens with a pronoun, after one
   * that names a single person, gives that person the pronoun's gender.
   */
  learnGender(sentences: string[]): void {
    for (let i = 1; i < sentences.length; i++) {
      const g = /^(?:(She|Her)|(He|His))\b/.exec((sentences[i] ?? '').trim());
      if (!g) continue;
      const who = this.peek(sentences[i - 1] ?? '');
      const p = who.length === 1 ? who[0] : undefined;
      if (p && p.gender === null) p.gender = g[1] ? 'f' : 'm';
    }
  }

  /**
   * "his brother", "her husband": the one other person the story named with that surname, of the
   * kin word's gender when it has one (the latest mentioned of several).
   */
  kinOf(p: Person, kin: string): Person | null {
    if (!KIN.test(kin)) return null;
    // "… a brother, Clarence Fairweather. … Clarence Fairweather said …. “…,” his brother said":
    // the one the story called that, kin words in a family story being said of the same person
    // (the one it is about), so perhaps the very person "his" points at.
    const called = this.latest([...this.kinWord].filter(([x, w]) => w === kin && x.name.split(' ').pop() === p.name.split(' ').pop()).map(([x]) => x));
    if (called) return called;
    const g = genderOf(kin);
    const others = (this.bySurname.get(p.name.split(' ').pop() ?? '') ?? []).filter((x) => x !== p && (!g || x.gender === null || x.gender === g));
    return this.latest(others) ?? null;
  }

  /** "the 78-year-old": the person the story gave that age ("Derek Amworth, 78"). */
  byAge(description: string): Person | null {
    const years = AGED.exec(description.trim())?.[1];
    if (!years) return null;
    const all = [...this.recent].reverse().filter((p) => this.age.get(p) === Number(years));
    return all.length === 1 ? (all[0] ?? null) : null;
  }

  /** "he"/"she": the nearest person of a compatible gender, mentions in this paragraph first. */
  pronoun(g: 'f' | 'm' | 'x', near: Person[]): Person | null {
    const pool = [...near].reverse().concat([...this.recent].reverse());
    const p = pool.find((x) => g === 'x' || x.gender === null || x.gender === g) ?? null;
    if (p && g !== 'x') p.gender ??= g;
    return p;
  }
}
