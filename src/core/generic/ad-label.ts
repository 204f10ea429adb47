import type { GenericRule } from './types.ts';

/** A block whose whole text is an ad label ("ADVERTISEMENT", "Story continues below advertisement"). */
export const adLabel: GenericRule = {
  id: 'ad-label',
  when: [
    {
      selectors: 'div, span, p, small, aside',
      signal:
        /^(?:advertisement|advertisements|sponsored|ad|ads|advertisement - continue reading below|story continues below advertisement|article continues below(?: this)? (?:ad|advertisement))$/i,
    },
  ],
  maxWords: 8,
};
