/**
 * The words the name rules know: honorifics, titles and roles in front of a name, words that
 * only open a sentence, the last words of places and bodies, and words that say a gender.
 * Data only; src/core/quotes/names.ts reads names with them.
 */

/** Honorifics, with Malaysia's, South Asia's and southern and West Africa's ("Datuk Harun Ismail", "Shri …", "Inkosi Mthembu"). */
export const HONORIFIC = /^(?:(Mr|Mrs|Ms|Mx|Miss|Madam|Mdm|Dr|Prof|Sir|Dame|Lady|Lord|Fr|Rev|Revd|Herr|Frau|M|Mme|Mlle|Monsieur|Madame)\.?|Datuk|Dato['’]?|Datin|Haji|Hajjah|Alhaji|Alhaja|Hajia|Mallam|Shri|Smt\.?|Inkosi|Kgosi|Oba|Togbe|Tengku|Tunku|Puan|Encik)$/;
/** Honorifics that say the gender ("Mrs Brennan", "Dame Imelda …", "Fr Tom …"). */
export const HONORIFIC_F = /^(Mrs|Ms|Miss|Madam|Mdm|Dame|Lady|Frau|Mme|Mlle|Madame)\.?$/;
export const HONORIFIC_M = /^(Mr|Sir|Lord|Fr|Herr|M|Monsieur)\.?$/;
/** Title and role words that sit in front of a name ("Economy Minister Sophie Jansen"). */
const ROLE_WORD =
  /^(President|Prime|Minister|Secretary|Senator|Sen\.?|Senior|Junior|Sophomore|Freshman|Gen\.?|General|Chief|Justice|Judge|Governor|Gov\.?|Ambassador|Spokesman|Spokeswoman|Spokesperson|Chairman|Chairperson|Chairwoman|Chair|Managing|Director|Executive|Officer|CEO|MD|Founder|Coxswain|Parent|Deputy|Mayor|Councillor|Coach|Captain|Professor|Shadow|Chancellor|Leader|Commissioner|Inspector|Sergeant|Detective|Superintendent|Treasurer|DI|DCI|DS|DC|PC|DCS|Supt|Insp|Sgt|ASP|DSP|SSP|ACP|Cllr|Cr|Speaker|Det|Premier|Vice|Attorney|Prosecutor|Sheriff|Constable|Lieutenant|Commander|Colonel|Admiral|Bishop|Archbishop|Rabbi|Imam|Congressman|Congresswoman|Alderman|Alderwoman|Councilman|Councilwoman|Councilmember|Councilor|Assemblyman|Assemblywoman|Representative|Rep\.?|Manager|Head|Headteacher|Principal|Ministre|Président|Présidente|Bürgermeister|Bürgermeisterin|MP|MSP|MLA|MPP|MEP|MHA|TD|Liberal|Conservative|Progressive|Democrat|Republican|NDP|Tory|Candidate|Incumbent|Supervisor|Trustee|Selectman|Selectwoman|Magistrate|Coroner|Registrar)$|(minister|ministerin|präsident|präsidentin|sprecher|sprecherin|chef|chefin|leiter|leiterin|vorsitzende|vorsitzender)$/i;
/** Role nouns that end a description after a firm's name ("the Harvest Fields chief"). */
export const ROLE_NOUN = /^(?:chief|boss|head|founder|owner|executive|chairman|chairwoman|chair|president|spokesman|spokeswoman|spokesperson|manager|coach|captain|director|economist|analyst|official|officer|lawyer|minister|secretary|leader|editor|publisher|veteran|striker|forward|midfielder|defender|goalkeeper|guard|winger|pitcher)$/;
/** Departments and services: a role only in front of a title ("Economy Minister", "Fire Officer"), not in "Environment Agency". */
/** Trades and descriptions used as a title ("Publisher Glenn Hartwell", "Economist Ana Ruiz"). */
const TRADE_WORD =
  /^(Guitarist|Drummer|Bassist|Singer|Vocalist|Frontman|Frontwoman|Pianist|Violinist|Cellist|Keyboardist|Saxophonist|Trumpeter|Rapper|Songwriter|Sisters|Brothers|Twins|Siblings|Publisher|Editor|Owner|Proprietor|Landlord|Economist|Analyst|Strategist|Lawyer|Solicitor|Barrister|Researcher|Scientist|Historian|Author|Novelist|Campaigner|Activist|Organiser|Organizer|Pastor|Vicar|Nurse|Surgeon|Teacher|Pensioner|Resident|Student|Shopkeeper|Volunteer|Midfielder|Defender|Striker|Goalkeeper|Quarterback|Veteran|Broadcaster|Presenter|Journalist|Photographer|Architect|Engineer|Consultant|Entrepreneur|Businessman|Businesswoman|Grandmother|Grandfather|Widow|Widower|Meteorologist|Forecaster|Epidemiologist|Physician|Pharmacist|Paramedic|Firefighter|Farmer|Chef|Curator|Commentator|Adviser|Advisor|Psychologist|Sociologist|Criminologist|Surveyor|Valuer|Accountant|Auditor|Planner|Ranger|Veterinarian|Vet|Designer|Stylist|Electrician|Plumber|Mechanic|Retiree|Housewife|Homemaker)$/;
/** A hyphenated description in front of a name: "Mum-of-two Kelly Dawson", "Co-founder Ana Ruiz". */
const DESCRIPTOR = /^\p{Lu}\p{Ll}*(?:-\p{Ll}+)+$/u;
/** A title word; not "Md", which opens a Bangladeshi name ("Md Fazlul Karim"): only "MD" is a managing director. */
export const isRoleWord = (w: string): boolean => w !== 'Md' && ROLE_WORD.test(w);
export const isRole = (w: string): boolean => isRoleWord(w) || TRADE_WORD.test(w) || DESCRIPTOR.test(w);
export const DEPT_WORD = /^(Economy|Finance|Foreign|Interior|Defence|Defense|Health|Transport|Home|Environment|Education|Energy|Trade|Culture|Agriculture|Labour|Opposition|Fire|Police|Housing|Communities|Infrastructure|Tourism|Fisheries|Water|Heritage)$/i;

/** Capitalised only because they open a sentence or a clause: never part of a name. */
export const STOP =
  /^(For|According|In|On|At|But|And|The|A|An|As|While|When|What|Why|How|Where|Which|Who|After|Before|Yet|So|No|Then|Striking|Rising|Leading|Falling|Growing|Visiting|Outgoing|Incoming|Retiring|Ruling|Governing|Remaining|Defending|Reigning|Departing|This|That|It|Asked|Speaking|However|Later|Earlier|Afterwards|Afterward|Our|My|His|Her|Their|Its|We|I|They|He|She|Under|Since|Despite|Without|Within|Among|Amid|Between|Through|During|Until|Unlike|Following|Including|Beyond|Against|Toward|Towards|Upon|Via|By|From|With|To|Into|If|Although|Though|Because|Once|Unless|Whether|Meanwhile|Instead|Indeed|Even|Only|Outside|Inside|Behind|Beside|Near|Nearby|Across|Around|Above|Below|Along|Throughout|Elsewhere|Today|Yesterday|Every|Each|Both|Several|One|Two|Three|Four|Five|Some|Many|Most|Few|Another|Other|Others|Everyone|Everybody|Nobody|Someone|Somebody|Anyone|Anybody|None|Der|Die|Das|Ein|Eine|Le|La|Les|Un|Une|À|Selon|Nach|Mit|Also)$/;
export const CALENDAR = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)$/;

/** The last word of a place's or a body's name: "Birch Lane", "City Hall", "Halvorsen Capital", "Review Culture Club". */
const BODY_TAIL =
  /^(Gallery|Museum|Library|Theatre|Theater|Church|Cathedral|Markets|Street|St|Avenue|Ave|Road|Rd|Lane|Drive|Boulevard|Square|Close|Crescent|Terrace|Hall|Station|Park|Bridge|Centre|Center|Stadium|Arena|Airport|Reservoir|River|Valley|Estate|Harbour|Harbor|Capital|Partners|Systems|Group|Holdings|Bank|Club|Union|Council|Authority|Agency|Police|Service|Services|Institute|University|College|School|Academy|Hospital|Trust|Foundation|Association|Society|Committee|Commission|Ministry|Department|Airways|Airlines|Motors|Inc|Ltd|LLC|Plc|Corp|Corporation|Company|Media|Network|Party|Rescue|Board|Court|Office|Assembly|Parliament|Government|Federation|Alliance|Fund|Labs|Technologies|Industries|Pharmaceuticals|Insurance|Securities|Investments|Associates|Research|Orchestra|Sinfonia|Records|Recordings|Studios|Productions|Pictures|Films|Publishing|Press|Guild|Chamber|Commerce|Times|Post|Herald|Ledger|Beacon|Journal|Gazette|Tribune|Athletic|Rovers|United|Wanderers|Albion|Rangers|Hotspur|FC|AFC|City|Town|County)$/;
/** A plural possessive keeps its mark ("Harrowfield Rovers’ winner"): the tail is read without it. */
export const isBodyName = (name: string): boolean => name.includes(' ') && BODY_TAIL.test((name.split(' ').pop() ?? '').replace(/['’]$/, ''));

/** What a minister or an officer is for: "Member for Blue Economy and Fisheries", "Minister for Trade and Industry". */
export const PORTFOLIO =
  /^(?:Ecology|Fisheries|Industry|Industries|Economy|Environment|Agriculture|Security|Education|Finance|Defence|Defense|Justice|Health|Trade|Transport|Housing|Tourism|Energy|Affairs|Development|Planning|Infrastructure|Culture|Sport|Sports|Communications|Labour|Labor|Innovation|Technology|Water|Lands|Mining|Forestry|Commerce|Works|Welfare|Heritage|Youth|Equality|Enterprise|Employment|Investment|Resources|Climate|Arts|Policing|Roads|Sanitation|Irrigation|Livestock|Cooperatives|Gender)$/;

/** Plural nouns that a list of places follows: "three districts, Kaimur Hills, Dharampura and Upper Sone". */
export const PLACE_LIST = /^(?:districts|cities|towns|villages|countries|states|provinces|regions|counties|areas|suburbs|neighbourhoods|neighborhoods|islands|municipalities|constituencies|wards|boroughs|parishes|prefectures|townships)$/;

/** Parts of a place before "of": "the north face of Crib Goch", "the village of Hinipaan" (not "a friend of Ana Ruiz"). */
export const PLACE_PART = /^(?:face|summit|slopes?|foot|top|flanks?|village|town|city|county|province|region|island|coast|shores?|banks|outskirts|suburbs?|valley|peak|ridge|lake|river|district|municipality|state|port|heart|centre|center)$/;

/** Words a person’s name never opens with: a saint’s ("St Brendan’s") and a body’s ("College London"). */
export const INSTITUTION_HEAD = /^(?:St|Ste|College|University|Institute|School|Academy|Hospital|Court|Council|Ministry|Department|Commission|Committee|Agency|Authority|Church|Cathedral|Museum|Library|Society|Foundation|Trust)$/;

/** Prepositions of place before a capitalised run: "in Seville", "at Aldbridge University". */
export const PLACE_LEAD = /^(in|at|near|across|outside|inside|around|throughout)$/;

const FEMALE = /\b(she|her|chairwoman|spokeswoman|businesswoman|Ms|Mrs|Miss|Frau|Madame|Mme|elle|sie|ministerin|präsidentin|sprecherin|mother|daughter|wife|sister|actress|queen)\b/i;
const MALE = /\b(he|his|him|chairman|spokesman|businessman|Mr|Herr|Monsieur|il|father|son|husband|brother|king)\b/i;

/** Gender from a role or nearby words, or null when nothing says. */
export function genderOf(text: string | null): 'f' | 'm' | null {
  if (!text) return null;
  if (FEMALE.test(text)) return 'f';
  if (MALE.test(text)) return 'm';
  return null;
}
