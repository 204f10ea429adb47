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
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const WEEKDAY = String.raw`(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,? )`;
const DATE = String.raw`(?:${WEEKDAY}?(?:${MONTH} \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}(?:st|nd|rd|th)? ${MONTH},? \d{4}|${MONTH} \d{1,2}(?:st|nd|rd|th)?)|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})`;
const TIME = String.raw`(?:\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: uhr| h)?(?: \(?[a-z]{2,5}(?:[+-]\d{1,2})?\)?)?)`;
const STAMP = String.raw`(?:${DATE}(?:,| at| -| –| \/| \||,? ·)? ${TIME}|${TIME}(?:,| -| –| \/| \||,? ·)? ${DATE})`;
const LABEL = String.raw`(?:(?:first |last )?(?:published|updated|posted|modified)(?: on| at)?:? )`;
/** "1 hour ago", "3 days ago": only after a label ("Last updated 1 hour ago"). */
const AGO = String.raw`(?:\d{1,3} (?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?) ago|just now)`;
const MINUTES = String.raw`\d{1,3} ?(?:min(?:ute)?s?\.?)`;
const READING = String.raw`(?:${MINUTES} (?:to )?read|(?:(?:estimated )?(?:reading|read) time|lesezeit|temps de lecture):? (?:about |around )?${MINUTES})`;
/** Parts of one line after the first: "… • Last updated 1 hour ago • 3 minute read". */
const SEP = String.raw`(?:,? (?:[|·•] )?| [|·•] )`;
const LATER = String.raw`(?:${LABEL}(?:${STAMP}|${DATE}|${TIME}|${AGO})|${READING})`;
const STAMP_LINE = String.raw`^(?:${LABEL}?${STAMP}|${LABEL}(?:${DATE}|${AGO}))(?:${SEP}${LATER}){0,2}$`;
const READING_LINE = String.raw`^${READING}$`;

export const timestampLine: GenericRule = {
  id: 'timestamp-line',
  when: [{ selectors: 'p, div, li', signal: new RegExp(`${STAMP_LINE}|${READING_LINE}`, 'i') }],
  maxWords: 20,
};
