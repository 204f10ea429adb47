import type { GenericRule } from './types.ts';

/**
 * A standalone timestamp or reading-time line that Readability leaves in the body: "Mar 14,
 * 2025 03:15 PM IST", "First Published: Mar 14, 2025 03:15 PM IST", "Posted: Mar 23, 2025 /
 * 06:47 PM CDT Updated: …", "17:42, 14 Jun 2025 Updated 19:05, 14 Jun 2025", "14.03.2025,
 * 18.02 Uhr", "3 min read", "Reading time: 5 minutes", "Published Mar 04, 2025 • Last updated 1 hour ago •
 * 3 minute read". The date and time already show in the
 * story's header line (metadata is read before this pass). Matched on a block's whole text:
 * a date with a time, or a date after "Published/Updated/Posted"; a reading time with "read"
 * or "reading time". A bare time ("14:05", a live blog entry's label), a bare date and a bare
 * "6 min" stay, and only blocks are candidates (p, div, li), so a <time> inside a sentence
 * ("set for March 3, 2025 at 7:00 PM") is never cut out of it.
 */
/**
 * The signal is written flat: a line made only of date-and-time words, with lookaheads for what
 * it must hold. An earlier form spelt the grammar out (a date, then up to two more labelled
 * parts, each a date or a time in either order) and came to 5,000 characters: V8 compiles a
 * pattern on its first use, and that one took 100+ ms to compile, most of a click's first
 * extraction. This one compiles in under a tenth of that and takes the same lines on every
 * fixture, and also lines whose parts the page glued together ("March 14, 20255:00 AM ET").
 */
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
/** A month for the lookaheads: the words of the line are checked by the tokens. */
const MON = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?`;
const WEEKDAY = String.raw`(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?`;
const NUMBER = String.raw`\d{1,4}(?:st|nd|rd|th)?`;
const NUMERIC_DATE = String.raw`\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}`;
/** A time, perhaps with its zone: "03:15 PM IST", "18.02 Uhr", "5:30am", "7:00 p.m. (EST)". */
const TIME = String.raw`\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: uhr| h)?(?: \(?[a-z]{2,5}(?:[+-]\d{1,2})?\)?)?`;
const LABEL = String.raw`(?:first |last )?(?:published|updated|posted|modified)(?: on| at)?:?`;
/** "1 hour ago", "just now": only after a label ("Last updated 1 hour ago"). */
const AGO = String.raw`\d{1,3} (?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?) ago|just now`;
const MINUTES = String.raw`\d{1,3} ?(?:min(?:ute)?s?\.?)`;
const READING = String.raw`(?:${MINUTES} (?:to )?read|(?:(?:estimated )?(?:reading|read) time|lesezeit|temps de lecture):? (?:about |around )?${MINUTES})`;
const WORD = String.raw`(?:${LABEL}|${READING}|${AGO}|${NUMERIC_DATE}|${TIME}|${MONTH}|${WEEKDAY}|${NUMBER}|at)`;
const GAP = String.raw`[ ,|·•/–-]*`;
/** A date with a time: a clock time and a day of a month (or a numeric date) somewhere in the line. */
const DATE_AND_TIME = String.raw`(?=.*\d[:.]\d\d)(?=.*(?:\b${MON} \d|\d(?:st|nd|rd|th)? ${MON}|\d[./-]\d{1,2}[./-]\d|\d{4}-\d\d-))`;
/** A label, then a date or a relative time (a weekday may come first); a label and a bare time stay. */
const LABELLED = String.raw`(?=${LABEL} ?(?:[a-z]+\.?,? )?(?:\d{1,2}(?:st|nd|rd|th)? ${MON}|${MON} \d|\d{1,2}[./-]\d|\d{4}-\d|\d{1,3} [a-z]+ ago|just now))`;

export const timestampLine: GenericRule = {
  id: 'timestamp-line',
  when: [
    { selectors: 'p, div, li', signal: new RegExp(String.raw`^(?:${DATE_AND_TIME}|${LABELLED}|(?=${READING}$))(?:${WORD}${GAP})+$`, 'i') },
    // A reading time alone in its own span ("5 min read" beside the date); a date in a span may sit in a sentence.
    { selectors: 'span', signal: new RegExp(String.raw`^${READING}$`, 'i') },
  ],
  maxWords: 20,
};
