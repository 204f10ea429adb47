import type { GenericRule } from './types.ts';

/**
 * A block whose whole text is an ad label ("ADVERTISEMENT", "Story continues below
 * advertisement"), in English or in the label a paper in another language prints over its ad
 * slots ("Anzeige", "Werbung", "Publicité", "Publicidad", "Pubblicità", "Advertentie",
 * "Reklame", "Annons", "Mainos", "Реклама"): an English edition of a German paper keeps
 * "Anzeige". Also a numbered label ("Advertisement 2"), the slot's own pitch ("Advertise with
 * The Capital Ledger") and the placeholder under an ad that has not loaded ("This
 * advertisement has not loaded yet, but your article continues below.").
 * The label may sit between dashes ("- Advertisement -", a WordPress news theme's).
 * Whole text only, so prose that uses the word stays.
 */
export const adLabel: GenericRule = {
  id: 'ad-label',
  when: [
    {
      selectors: 'div, span, p, small, aside',
      signal:
        /^(?:[-–—] ?)?(?:loading ad(?:vertisement)?(?:…|\.\.\.)?|advertisement(?: \d{1,2})?(?: ?[·•|–-] ?scroll (?:down )?to continue(?: reading)?)?|(?:advertisement )?advertise with (?:us|[\w'’&.-]+(?: [\w'’&.-]+){0,4})|scroll (?:down )?to continue(?: with (?:the )?(?:content|story|article|reading)| reading)?|advertisements|this advertisement has not loaded yet, but your article continues below\.?|sponsored|ad|ads|advertisement - continue reading below|story continues below advertisement|article continues below(?: this)? (?:ad|advertisement)|la suite (?:après|sous) (?:cette|la) publicité|lire la suite après (?:cette|la) publicité|anzeige|werbung|publicité|publicidad|publicidade|pubblicità|advertentie|reklame|reklama|annons|annonse|mainos|реклама)(?: ?[-–—])?$/i,
    },
  ],
  maxWords: 12,
};
