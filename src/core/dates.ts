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
