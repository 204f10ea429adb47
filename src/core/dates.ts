/**
 * Date strings the two sites print, to ISO 8601 with the site's offset.
 * ISO input keeps its own offset; local times get the rule's `utcOffset`.
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const pad = (n: number): string => String(n).padStart(2, '0');

function month(name: string): number | null {
  const i = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return i < 0 ? null : i + 1;
}

export function parseDate(raw: string | null | undefined, utcOffset = 'Z'): string | null {
  if (!raw) return null;
  const s = raw.replace(/\s+/g, ' ').trim();
  // ISO 8601 (article:published_time, JSON-LD, Dawn's timestamp title).
  const iso = s.match(/^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?)(Z|[+-]\d{2}:?\d{2})?)?$/);
  if (iso) {
    if (!iso[2]) return iso[1] ?? null;
    const off = iso[3] ? iso[3].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2') : utcOffset;
    const time = iso[2].length === 5 ? `${iso[2]}:00` : iso[2];
    return `${iso[1]}T${time}${off}`;
  }
  // BS: "Updated: Sep 15 2014 | 8:36 PM IST", "First Published: Fri, January 18 2019. 13:00 IST".
  const bs = s.match(/([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})[ .|,]*(\d{1,2}):(\d{2}) ?([AaPp][Mm])?/);
  if (bs) {
    const m = month(bs[1] ?? '');
    if (m) {
      let h = Number(bs[4]);
      const ap = bs[6]?.toLowerCase();
      if (ap === 'pm' && h < 12) h += 12;
      if (ap === 'am' && h === 12) h = 0;
      return `${bs[3]}-${pad(m)}-${pad(Number(bs[2]))}T${pad(h)}:${bs[5]}:00${utcOffset}`;
    }
  }
  // Dawn print line: "Published in Dawn, September 16th, 2014" (date only).
  const dawn = s.match(/Published in Dawn,(?: [^,]*,)? ([A-Za-z]+) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})/i);
  if (dawn) {
    const m = month(dawn[1] ?? '');
    if (m) return `${dawn[3]}-${pad(m)}-${pad(Number(dawn[2]))}`;
  }
  return null;
}

/** Zone abbreviations a dateline may print after a clock time, with their UTC offsets. */
const ZONES: Record<string, string> = {
  HST: '-10:00', AKST: '-09:00', AKDT: '-08:00', PST: '-08:00', PDT: '-07:00', MST: '-07:00', MDT: '-06:00',
  CST: '-06:00', CDT: '-05:00', EST: '-05:00', EDT: '-04:00', AST: '-04:00', ADT: '-03:00', NST: '-03:30', NDT: '-02:30',
  GMT: '+00:00', BST: '+01:00', IST: '+05:30', WAT: '+01:00', CET: '+01:00', CEST: '+02:00', SAST: '+02:00',
  EET: '+02:00', EEST: '+03:00', EAT: '+03:00', GST: '+04:00', PKT: '+05:00', SGT: '+08:00', JST: '+09:00',
  KST: '+09:00', AWST: '+08:00', ACST: '+09:30', AEST: '+10:00', AEDT: '+11:00', NZST: '+12:00', NZDT: '+13:00',
};

/**
 * A UTC time (from meta tags) in the offset of a clock time the page prints beside it
 * ("12:42 AM PDT"), when both are the same moment: the site's offset, as the reader saw it.
 * Null when the shown time names no known zone or is another moment.
 */
export function inShownZone(utc: string, shown: string): string | null {
  const at = Date.parse(utc);
  if (Number.isNaN(at)) return null;
  for (const m of shown.matchAll(/\b(\d{1,2})[:.](\d{2})\s*(?:([AaPp])\.?\s?[Mm]\.?)?\s*\(?\b([A-Z]{2,4}T)\b/g)) {
    const off = ZONES[m[4] ?? ''];
    if (!off) continue;
    let h = Number(m[1]);
    const ap = m[3]?.toLowerCase();
    if (ap === 'p' && h < 12) h += 12;
    if (ap === 'a' && h === 12) h = 0;
    const sign = off.startsWith('-') ? -1 : 1;
    const minutes = sign * (Number(off.slice(1, 3)) * 60 + Number(off.slice(4, 6)));
    const local = new Date(at + minutes * 60_000);
    if (local.getUTCHours() !== h || local.getUTCMinutes() !== Number(m[2])) continue;
    const iso = local.toISOString();
    // Seconds as the meta tag gave them; a fraction of zeros (".000") says nothing.
    const secs = (utc.match(/T\d{2}:\d{2}(:\d{2}(?:\.\d+)?)?/)?.[1] ?? ':00').replace(/\.0+$/, '');
    return `${iso.slice(0, 16)}${secs}${off}`;
  }
  return null;
}
