/** The removal log: what a rule took out, as a short line of text, for the popup to show. */
import type { Removal } from './types.ts';
import { blockTexts, snippet } from './text.ts';

/** Log a removal; pass the element itself so <style>/<script> text stays out of the log. */
export function log(removed: Removal[], rule: string, what: string | Node): void {
  const t = snippet(typeof what === 'string' ? what : blockTexts(what).join(' '));
  if (t) removed.push({ rule, text: t });
}
