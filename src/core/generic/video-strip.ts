import type { GenericRule } from './types.ts';

/**
 * A video player strip dropped into the story: a player with a playlist line ("Watch: Top
 * business headlines this hour … Up next: Markets close higher"). The proof is structure and
 * a playlist word together: the block holds a <video> or <iframe> and says "Up next", "Now
 * playing" or "Next video"; at most 30 words and no prose, so a story's own embedded video
 * with a caption stays. Or a player box whose text is just a "Watch: <title>" line.
 */
export const videoStrip: GenericRule = {
  id: 'video-strip',
  when: [
    {
      selectors: 'div, section, aside, figure',
      signal: /\b(?:up next|now playing|next video)\b/i,
      contains: 'video, iframe',
    },
    // A player whose only words are its title line ("Watch: Okoro's curler seals the comeback",
    // "WATCH | Crews clear the ring road", then "Play 1:42"): a script player leaves no <video>
    // in the page, only a box named for the player. A title is a headline; the caption an
    // editor writes under the story's own video is a sentence ending in a full stop, and a
    // <figure> is never a candidate here, so that caption stays.
    {
      selectors: 'div, section, aside',
      signal: /^(?:watch(?: now| video| the video)?|video)\s*[:|]\s*\S.*[^.\s]$/i,
      contains: 'video, iframe, [class*="player" i], [id*="player" i]',
    },
  ],
  maxWords: 30,
};
