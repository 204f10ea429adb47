/**
 * Quoted words that are not speech: titles of works, names and so-called terms ("the show “Aisle
 * Wars,”", "known to fans as “the Queen of the Blue Ridge,”", "so-called “food deserts”", "the
 * “Northern Light” project"). Pure string work on one paragraph.
 */
import type { Span } from './spans.ts';

/** Scare quotes and terms: “circular debt” after "so-called", "dubbed" … */
export const TERM_LEAD = /\b(so-called|so called|dubbed|termed|known as|called|calling(?:\s+(?:its|their|his|her))?|branded|label(?:l)?ed|the term|the word|the phrase)\s*$/i;
/** Words written on a thing, not said: a sign "that reads", a cover "marked", placards "reading". */
export const WRITTEN_LEAD = /\b(?:reads|reading|marked|inscribed|emblazoned with|printed with|bearing)\s*$/i;
/** A quoted label used as a modifier: a “sell” rating, a “prevention of future deaths” report. */
export const MODIFIER_LEAD = /(?:^|\s)(?:an?|known as an?|so-called)\s*$/i;
/** The lower-case noun such a label modifies: not a conjunction, preposition or verb ("a “sham consultation” and said"). */
export const MODIFIED = /^\s+(?!(?:and|or|but|nor|as|at|in|on|for|to|of|from|with|by|that|which|who|when|while|after|before|because|if|is|was|are|were|has|had|have|said|says)\b)\p{Ll}+\b/u;
/** Words that give a person's or a thing's name ("known to fans as", "nicknamed"). */
const NAME_LEAD = /\b(?:known(?: locally| widely| affectionately)?(?: to [\w\s]{1,30})? as(?: the| an?)?|nicknamed|dubbed|billed as|hailed as|affectionately called)\s*$/i;
/** A lower-case noun right after a quoted name, not a speech verb ("… “Northern Light” project"). */
const NAMED_NOUN = /^\s+(?!(?:said|says|say|told|tells|asked|asks|added|adds|wrote|writes|replied|replies|insisted|warned|declared|explained|continued|went|is|was|were|are|has|had|and|or|but|to|in|on|at|of|for|with|from|by|as)\b)\p{Ll}{3,}\b/u;
/** A title in quotation marks after the work it names: the review, “Building the Future: Planning for Growth”, … */
const WORK_LEAD = /\b(?:report|review|study|survey|book|novel|memoir|film|documentary|album|song|play|paper|strategy|plan|programme|program|series|show|exhibition|campaign|titled|entitled|called|named)\b[^.!?“”"]{0,60}$/i;
const MINOR = new Set(['a', 'an', 'the', 'and', 'or', 'nor', 'but', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'as', 'vs']);
/** Title Case: two or more words, each but the minor ones capitalised, and no sentence punctuation at the end. */
function titleCase(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length < 2 || /[.!?,]$/.test(text)) return false;
  return words.every((w, i) => (i > 0 && MINOR.has(w.toLowerCase())) || w.charAt(0) !== w.charAt(0).toLowerCase());
}

/** A quoted title of a work, a name or a so-called term in the paragraph: not speech. */
export function isTitle(para: string, s: Span): boolean {
  const lead = para.slice(Math.max(0, s.open - 80), Math.max(0, s.open));
  // US style keeps the comma inside the marks: the show “Aisle Wars,” / her memoir, “Bow and Bone,”.
  const bare = s.text.replace(/,$/, '');
  if (WORK_LEAD.test(lead) && titleCase(bare) && (bare === s.text || /^\s*\p{Ll}/u.test(para.slice(s.close + 1)))) return true;
  // "Known to fans as “the Queen of the Blue Ridge,”": a name, with its article.
  // One capitalised word counts too ("known locally as the “Glasshouse”").
  if (NAME_LEAD.test(lead) && (titleCase(bare.replace(/^(?:the|a|an)\s+/, (m) => m.charAt(0).toUpperCase() + m.slice(1))) || /^\p{Lu}[\p{L}'’-]*$/u.test(bare))) return true;
  // So-called “food deserts,”: a term, whatever follows it.
  if (TERM_LEAD.test(lead) && bare.split(/\s+/).length <= 3) return true;
  // Right after "titled", "played", "sang" the title may carry a full stop (US punctuation).
  if (/\b(?:titled|entitled|played|plays|sang|sings|performed)\s*$/i.test(lead) && titleCase(s.text.replace(/\.$/, ''))) return true;
  // A name in quotation marks before the noun it names: the “Northern Light” project, the
  // company's premium “Harvest Table” line.
  return titleCase(s.text) && NAMED_NOUN.test(para.slice(s.close + 1, s.close + 40));
}
