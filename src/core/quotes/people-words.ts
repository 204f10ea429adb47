/**
 * The patterns the people index (people.ts) reads a story with: kin words, ages, roles before
 * a name, the first words of surnames of several words. Data only.
 */
export const KIN_FIRST = /\b(her|his|their|Her|His|Their|\p{Lu}\p{Ll}+['’]s) (?:(?:younger|elder|older|twin|late|little|big|baby) )?(husband|wife|son|daughter|brother|sister|father|mother|grandson|granddaughter),? (\p{Lu}\p{Ll}+)\b(?!['’]|\s+\p{Lu})/gu;
export const KIN_FEMALE = /^(?:wife|daughter|sister|mother|granddaughter)$/;
/** The first word of a surname of several words: "Al Harmoodi", "Mac Gearailt", "Ó Súilleabháin", "Le Pen", or one joined to its particles. */
export const SURNAME_LEAD = /^(?:Al|El|Le|La|Mac|Mc|Ó|O|Ní|Nic|Uí|Mhic|Abu|Bin|Ben|Ibn|Abd|Ould|Van|Von|De|Di|Da|Du|Del|Della|Dos|Das|Ter|Ten|Ap)$|\u2060/;
export const NAME_GIVEN = /\bgave\s+(?:only\s+)?(his|her|their)\s+(?:first\s+)?name(?:\s+only)?(?:\s+as)?,?\s+(\p{Lu}\p{Ll}+)\b/gu;
export const FUNCTION_WORD = /^(?:and|or|but|to|with|told|tells|said|says|met|meets|his|her|their|its|the|a|an|that|who|when|as|while|after|before|for|from|by|in|on|at)$/;
export const RELATION = /^(?:the\s+)?(younger|elder|older|youngest|eldest|oldest)$/i;
/** "the 78-year-old": a description by age alone. */
export const AGED = /^(\d{1,3})-year-old$/;
export const AGE_AFTER = /^,\s*(\d{1,3})\b/;
export const ROLE_BEFORE = /(?:\b[Tt]he\s+|\b[A-Z][\w-]*['’]s?\s+)[^,.;:“”"]{2,40},\s*$/;
/** A lower-case role right before a name: "governor Adrian Whitcombe", "head of research Lisa Fong". */
export const ROLE_RIGHT_BEFORE = /(?:^|[\s,(])((?:(?:deputy|assistant|acting|interim|senior|chief|managing|executive|vice|former)\s+)?(?:governor|president|minister|secretary|senator|mayor|judge|chairman|chairwoman|chair|director|commissioner|coach|captain|manager|economist|strategist|analyst|spokesman|spokeswoman|spokesperson|professor|superintendent|inspector|detective|sergeant|treasurer|premier|chancellor|prosecutor|sheriff|councillor|leader|editor|founder|head of [a-z]+))\s+$/;
/** "The Rovers manager was less happy …": a sentence opening with a description of someone. */
export const THE_SUBJECT = /^The\s+((?:[\w’'-]+\s+){0,3}?[\w’'-]+)\s+(?:(?:also|then|later|still|again|only|never|even|already|has|had)\s+)?(?:was|is|were|are|has|had|did|does|will|would|could|said|says|[a-z]+ed)\b/;
/** A relation right before a name, perhaps with a role between: "her son, the architect …". */
export const KIN_BEFORE = /\b(son|daughter|grandson|granddaughter|nephew|niece|husband|wife|brother|sister|father|mother|grandfather|grandmother|uncle|aunt)\b,?\s*(?:the\s+[\p{Ll}-]+\s+)?$/iu;
export const CHILD = /^(?:son|daughter|grandson|granddaughter|nephew|niece)$/;
/** Close kin who usually share a surname (an aunt or a cousin often does not). */
export const KIN = /^(?:son|daughter|brother|sister|twin|husband|wife|father|mother)$/;
