import type { GenericRule } from './types.ts';

/** Ad slots by their usual names (GPT div-gpt-ad-*, AdSense ins.adsbygoogle, Arc .arcad, DFP). */
export const adSlot: GenericRule = {
  id: 'ad-slot',
  when: [
    {
      selectors:
        '[id^="div-gpt-ad"], [id^="dfp-ad"], .ad, .ads, .adsbox, .advert, .advertisement, .arcad, [class*="Ads_"], ins.adsbygoogle, .b-ad, .ad-slot, .ad-slot-container',
    },
  ],
  maxWords: 30,
};
