/**
 * Who a role points to: "the treasurer" to the person the story gave that role, "Supt Williams"
 * to the Williams whose role is Superintendent. Pure string work over the people a story named.
 */
import type { Person } from './people.ts';

/** "the judge", "the treasurer": the latest person whose role or title has that word. */
export function byRole(recent: readonly Person[], description: string): Person | null {
  const head = (description.split(/\s+/).pop() ?? '').toLowerCase();
  if (!head) return null;
  const has = (word: string) => (p: Person): boolean => (p.role ?? '').toLowerCase().split(/[^\p{L}-]+/u).includes(word);
  // "the Bloc leader" is not the "Conservative Leader": capitalised qualifiers on both sides must share one.
  const qualifiers = (text: string): string[] => text.split(/\s+/).slice(0, -1).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase());
  const wanted = qualifiers(description);
  const fits = (p: Person): boolean => {
    const own = qualifiers(p.role ?? '');
    return wanted.length === 0 || own.length === 0 || own.some((w) => wanted.includes(w));
  };
  const byHead = [...recent].reverse().find((p) => has(head)(p) && fits(p));
  if (byHead) return byHead;
  // "the trial’s lead investigator": the person whose role is about the trial ("… who led the trial").
  const owner = /^([a-z]+)['’]s\s/.exec(description)?.[1];
  return owner ? ([...recent].reverse().find(has(owner)) ?? null) : null;
}

/** Whether a title is a word of the role or its abbreviation: "Supt" for "Superintendent", "Insp." for "Inspector". */
export function abbreviates(title: string, role: string): boolean {
  const t = title.replace(/\.$/, '').toLowerCase();
  if (t.length < 2 || title.includes(' ')) return false;
  return role
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((w) => w === t || (w.length > t.length && w[0] === t[0] && inOrder(t, w)));
}

/** Every letter of `short` in `long`, in order. */
function inOrder(short: string, long: string): boolean {
  let at = 0;
  for (const c of short) {
    at = long.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
}
