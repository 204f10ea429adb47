/**
 * Words a document said, given to whoever issued it: "“…,” the statement said" after "In a
 * statement on Monday, the Ministry of Energy said …", or a family's statement read out by an
 * officer. Pure string work over the sentences before the quotation.
 */
import type { Attribution, Found } from './attribute.ts';
import { BRAND_LEAD, ORG_LEAD, OWNED_BY, SENTENCE_END } from './attribute-words.ts';
import { refersToOrganisation } from './organisation.ts';

/** "The briefing heard a statement from Mr Rees’s family, read out by …": the family's words, not the reader's. */
export function statementFrom(sentence: string, a: Attribution): Found | null {
  const from = /\b(?:statement|letter|message|tribute)\s+(?:from|issued by|on behalf of)\s+(?:the\s+)?([^,.;]+?)(?=[,.;]|\s+(?:read|was|which|that|said)\b|$)/.exec(sentence)?.[1];
  if (!from || !OWNED_BY.test(from)) return null;
  return { speaker: a.describe(from), role: null, confidence: 0.6 };
}

/** The sentence before that mentions the document: an organisation opening it, else its first person. */
export function documentOwner(document: string, text: string, a: Attribution): Found | null {
  const sentences = text.split('\n').flatMap((x) => x.split(SENTENCE_END));
  for (let i = sentences.length - 1; i >= Math.max(0, sentences.length - 4); i--) {
    const sentence = (sentences[i] ?? '').trim();
    if (!new RegExp(`\\b${document}\\b`, 'i').test(sentence)) continue;
    // "In a statement, Trillium Shores Credit Union said …", "In a statement on Monday, the … Authority said": the body after the opening phrase.
    const opened = sentence.replace(/^(?:In|Through) (?:a|an|its) (?:[\w-]+ )?(?:statement|letter|memo|e-?mail|note|release|message)(?: (?:on|to|late|early|issued|released|sent) [^,]{1,30})?,\s+(?:the\s+)?/, '');
    const org = ORG_LEAD.exec(opened)?.[1]?.replace(/^The\s+/, '');
    const known = org ? a.people.get(org) : undefined;
    if (org && org.includes(' ') && (!known || known.gender === 'n')) return { speaker: org, role: null, confidence: 0.7 };
    // "In a statement to Stackline, Tessellate said …": a body by one word (extractQuotes gives its full name).
    const brand = opened !== sentence ? BRAND_LEAD.exec(opened)?.[1] : undefined;
    if (brand && a.notAPerson(brand)) return { speaker: brand, role: null, confidence: 0.7 };
    const p = a.people.mentions(sentence)[0];
    if (p) return { speaker: p.name, role: p.role, confidence: 0.7 };
    // "The mayor’s office said in a statement that …": a body the story names in lower case.
    const body = /^(?:In|Through) /.test(sentence) ? opened : sentence;
    const lower = /^(?:the\s+)?(\p{Ll}[\p{L}’'-]*(?:\s+\p{Ll}[\p{L}’'-]*){0,3})\s+(?:said|says|announced|added)\b/iu.exec(body)?.[1];
    if (lower && (/['’]s office$/.test(lower) || refersToOrganisation(lower.split(/\s+/).pop() ?? ''))) return { speaker: a.describe(lower), role: null, confidence: 0.6 };
    // "The statement added:": the sentence naming no one goes on to the one before it.
  }
  return null;
}
