import type { GenericRule } from './types.ts';

/**
 * A call-to-action button set as its own block in the body, as newsletter platforms do
 * (Substack's `p.button-wrapper`, Ghost's button cards): "Share", "Leave a comment",
 * "Subscribe now", "Get 20% off a paid subscription for the summer", sometimes after a
 * caption of a sentence or two ("This post is public so feel free to share it."). The block must hold
 * a button (a <button> or a link styled as one) and its whole text must be the caption and
 * one of these asks; at most 20 words, so a paragraph with a button-styled link in it stays.
 */
export const ctaButton: GenericRule = {
  id: 'cta-button',
  when: [
    {
      selectors: 'p, div',
      signal:
        /^(?:[^.?!“”"]{0,100}[.?!]\s+){0,2}(?:share(?: [\w'’ ]{1,40})?|leave a comment|subscribe(?: now| for free)?|upgrade to paid|give a gift subscription|pledge your support|become a (?:paid subscriber|member|supporter)|get \d{1,2}% off (?:a |an |your )?(?:paid |annual |yearly |first )?(?:subscription|membership|year)\b[^.]{0,40}|start (?:a |your )?free trial|donate(?: now)?)$/i,
      contains: 'button, a[class~="button" i], a[class*="btn" i], a[class*="button" i], a[role="button" i]',
      maxWords: 20,
    },
  ],
  maxWords: 20,
};
