import type { GenericRule } from './types.ts';

/** Newsletter sign-ups (Arc .b-newsletter-signup, "Sign up here" wire promos, WordPress widgets). */
export const newsletter: GenericRule = {
  id: 'newsletter',
  when: [
    {
      selectors: '[class*="newsletter" i], [id*="newsletter" i], form',
      signal: /newsletter|sign up|subscribe|inbox/i,
    },
  ],
  // "newsletter" alone is not boilerplate: a story may be about a school newsletter (fixture).
  boilerplate: /sign up|delivered to your inbox|by signing up|subscribe to (?:our|the) [\w ]*newsletter/i,
};
