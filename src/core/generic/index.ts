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
import { pageFurniture } from './page-furniture.ts';
import { timestampLine } from './timestamp-line.ts';
import { rightsLine } from './rights-line.ts';
import { videoStrip } from './video-strip.ts';

/** Ordered: containers first (a banner goes whole), single labels last. */
export const genericRules: readonly GenericRule[] = [
  consentBanner,
  comments,
  shareBar,
  followPrompt,
  adSlot,
  newsletter,
  subscription,
  relatedBox,
  videoStrip,
  authorBio,
  nextPrev,
  readerAsk,
  pageFurniture,
  timestampLine,
  rightsLine,
  adLabel,
];

export type { GenericRule } from './types.ts';
