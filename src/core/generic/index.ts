import type { GenericRule } from './types.ts';
import { consentBanner } from './consent-banner.ts';
import { shareBar } from './share-bar.ts';
import { followPrompt } from './follow-prompt.ts';
import { adSlot } from './ad-slot.ts';
import { newsletter } from './newsletter.ts';
import { subscription } from './subscription.ts';
import { relatedBox } from './related-box.ts';
import { authorBio } from './author-bio.ts';
import { comments } from './comments.ts';
import { nextPrev } from './next-prev.ts';
import { adLabel } from './ad-label.ts';
import { readerAsk } from './reader-ask.ts';
import { readerPoll } from './reader-poll.ts';
import { pageFurniture } from './page-furniture.ts';
import { timestampLine } from './timestamp-line.ts';
import { rightsLine } from './rights-line.ts';
import { videoStrip } from './video-strip.ts';
import { playerFallback } from './player-fallback.ts';
import { screenReaderText } from './screen-reader-text.ts';
import { promoCard } from './promo-card.ts';
import { editorialNote } from './editorial-note.ts';
import { ctaButton } from './cta-button.ts';
import { marketQuote } from './market-quote.ts';
import { bettingOdds } from './betting-odds.ts';

/**
 * Ordered: labels only a screen reader hears first (a link is known by what it shows), then
 * containers (a banner goes whole), single labels last.
 */
export const genericRules: readonly GenericRule[] = [
  screenReaderText,
  playerFallback,
  consentBanner,
  comments,
  shareBar,
  followPrompt,
  adSlot,
  newsletter,
  subscription,
  promoCard,
  bettingOdds,
  relatedBox,
  videoStrip,
  marketQuote,
  authorBio,
  nextPrev,
  readerAsk,
  readerPoll,
  ctaButton,
  pageFurniture,
  timestampLine,
  rightsLine,
  editorialNote,
  adLabel,
];

export type { GenericRule } from './types.ts';
