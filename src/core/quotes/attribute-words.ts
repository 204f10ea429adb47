/**
 * The phrases attribution (attribute.ts) reads descriptions with: documents and who issued
 * them, a body's name opening a sentence, kin known by the family; and where sentences end.
 */

/** Sentence end, not after a common abbreviation or an initial ("K. Lakshmana Murthy"). */
export const SENTENCE_END = /(?<!\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Sen|Rep|Lt|Col|Gov|No|vs|[A-Z]))[.!?]+["”’)]*\s+(?=[A-Z“"«„(])/g;
export const lastSentence = (s: string): string => s.split(SENTENCE_END).pop() ?? '';
export const firstSentence = (s: string): string => s.split(SENTENCE_END)[0] ?? '';
/** The last few sentences of a text (the story before a quotation), the latest first. */
export const recentSentences = (text: string): string[] => text.split('\n').flatMap((x) => x.split(SENTENCE_END)).slice(-4).reverse();

/** The text without its relative clauses set off by commas (", who is not related to …,"). */
export const withoutRelatives = (text: string): string => text.replace(/,\s+(?:who|whom|whose)\b[^,.;“”"]*,/g, ',');

/** A bare "a spokesperson" speaks for the body the sentence before was about. */
export const SPOKES = /^(?:spokesperson|spokesman|spokeswoman|representative)$/;
export const ORG_LEAD = /^([A-Z][\w&'’-]*(?:\s+(?:(?:and|of|for|the|&)\s+)?[A-Z][\w&'’-]*)+)\s+[a-z]/;
/** One word that can only be a body's name: "LinkBridge", "NHS" (a person's surname is never either). */
export const BRAND = /^(?:[A-Z][a-z]+[A-Z][\w]*|[A-Z]{2,})$/;
export const BRAND_LEAD = /^([A-Z][\w&'’-]*)\s+[a-z]/;
/** A document and who wrote or issued it: "note to clients from X", "letter signed by X". */
export const WRITTEN_BY = /^(?:[\w-]+\s+){0,2}(?:note|statement|letter|memo|email|e-mail|report|post|message|notice|order|communiqu[eé]|release|filing|brief)\b(?:\s+\S+){0,4}?\s+(?:from|by|issued by|signed by|written by)\s+(\p{Lu}.*)$/u;
export const WRITTEN_AS = /^(?:note|statement|letter|memo|email|e-mail|post|message|notice)\s+(\p{Lu}[\p{L}'’-]+)\s+(?:posted|sent|wrote|issued|circulated|signed|emailed|published|put out)\b/u;
/** Documents that "said" what their author said: "the statement said", "the letter says". */
export const DOCUMENT = /^(?:statement|letter|memo|email|e-mail|note|message|release|press release)$/;

/** A parent or spouse known by the family: "the mum-of-two", "the father-of-three". */
export const KIN_OF = /^(mum|mom|mother|dad|father|gran|nan|grandmother|grandfather|grandma|grandpa|granny|grandad|wife|husband)-of-(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})$/;
/** "Northern", "New": the first word of a two-word nationality ("the Northern Irishman", "the New Zealander"). */
const REGION = '(?:(?:Northern|Southern|North|South|East|West|New)\\s+)?';
/** "the Dutchman said", "the Brazilian added": a nationality refers back to someone; it is no name. */
export const THE_DEMONYM = new RegExp(`^[Tt]he\\s+(${REGION}\\p{Lu}\\p{Ll}+(?:man|woman|ard|ian|ese|ish|ch|an|er|i))$`, 'u');
/** A nationality that says the sex, for someone the story has named: "the Northern Irishman", "the Scotswoman". */
export const DEMONYM_OF = new RegExp(`^(${REGION}\\p{Lu}\\p{Ll}+(?:man|woman))$`, 'u');
/** "Mr Marsh’s family", "Ms Lang’s solicitors": those who speak for a named person (owner, mark, who). */
export const OWNED_BY = /^((?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)(['’])s?\s+(family|parents|relatives|lawyers?|solicitors?|attorneys?)$/u;
/** "“…,” her statement said": a person's own document. */
export const OWN_DOCUMENT = /^(his|her)\s+(?:written\s+|brief\s+)?(?:statement|letter|memo|e-?mail|note|message|post|tweet|release)$/;
/** "one of the people said": one of a group of unnamed sources described before. */
export const ONE_OF = /^(?:one )?of the (people|sources|officials|executives|diplomats|analysts|residents|witnesses|workers|employees)$/;

/** Of the people named in a text, the one whose surname it gives most often (the later on a tie): its subject. */
export function mostNamed<T extends { name: string }>(people: T[], text: string): T | undefined {
  const times = (p: T): number => text.split(p.name.split(' ').pop() ?? p.name).length - 1;
  let best: T | undefined;
  for (const p of people) if (best === undefined || times(p) >= times(best)) best = p;
  return best;
}

/** "Ruth Ames's brother"; a plural owner takes the mark alone ("the Social Democrats' housing spokesperson"). */
export const possessive = (name: string, plural: boolean): string => `${name}${plural && /s$/.test(name) ? "'" : "'s"}`;
