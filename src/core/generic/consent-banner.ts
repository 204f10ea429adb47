import type { GenericRule } from './types.ts';

/**
 * Cookie and consent banners: OneTrust (#onetrust-banner-sdk), Sourcepoint
 * (#sp_message_container), the WordPress "cookie-law-info" bar, BS/Dawn consent bars.
 * A story about cookie law stays: it has prose and none of the banner's phrases.
 */
export const consentBanner: GenericRule = {
  id: 'consent-banner',
  when: [
    {
      selectors:
        '[id*="consent" i], [class*="consent" i], [id*="cookie" i], [class*="cookie" i], [aria-label*="cookie" i], [id^="onetrust" i], [id^="sp_message" i], [class*="cmp-" i], [id*="gdpr" i], [class*="gdpr" i]',
      signal: /cookie|consent|privacy|personalised|personalized/i,
    },
  ],
  boilerplate:
    /\b(?:we|this (?:web)?site|our (?:web)?site|our partners) (?:and our partners )?uses? cookies|by continuing|accept (?:all )?cookies|cookie (?:policy|settings)|privacy policy|you agree to|manage (?:or reject|my|your) (?:cookies|choices|them)|opt-out if you wish/i,
};
