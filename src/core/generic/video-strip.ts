import type { GenericRule } from './types.ts';

/**
 * A video player strip dropped into the story: a player with a playlist line ("Watch: Top
 * business headlines this hour … Up next: Markets close higher"). The proof is structure and
 * a playlist word together: the block holds a <video> or <iframe> and says "Up next", "Now
 * playing" or "Next video"; at most 30 words and no prose, so a story's own embedded video
 * with a caption stays.
 */
export const videoStrip: GenericRule = {
  id: 'video-strip',
  when: [
    {
      selectors: 'div, section, aside, figure',
      signal: /\b(?:up next|now playing|next video)\b/i,
      contains: 'video, iframe',
    },
  ],
  maxWords: 30,
};
