import type { GenericRule } from './types.ts';

/** Share bars: Jetpack .sharedaddy "Share this:", Arc .b-social-share, per-entry live-blog share buttons. */
export const shareBar: GenericRule = {
  id: 'share-bar',
  when: [
    {
      selectors: '[class*="share" i], [class*="social" i], [aria-label*="share" i], .sharedaddy',
      signal: /share|facebook|twitter|whatsapp|linkedin|follow us|copy link|email|^\s*$/i,
    },
  ],
  maxWords: 40,
};
