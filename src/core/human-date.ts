/**
 * "15 September 2014" from an ISO 8601 string. The calendar date is read from the string
 * itself, so a story is dated as its own site dates it, whatever the reader's time zone.
 */
export function formatDate(iso: string | null | undefined, locale = 'en-GB'): string | null {
  if (!iso) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return null;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
