import type { GenericRule } from './types.ts';

/**
 * A video player strip dropped into the story: a player with a playlist line ("Watch: Top
 * business headlines this hour … Up next: Markets close higher"). The proof is structure and
 * a playlist word together: the block holds a <video> or <iframe> and says "Up next", "Now
 * playing" or "Next video"; at most 30 words and no prose, so a story's own embedded video
 * with a caption stays. Or a player box whose text is just a "Watch: <title>" line, a highlights
 * playlist with its durations, or a read-aloud player ("Listen to this article 3 min").
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
    // A playlist box opening with its label and holding a duration ("Highlights Tavita holds
    // her nerve in the final over 2:14 …"), in a box named for video with a player inside.
    {
      selectors: '[class*="video" i], [class*="embed" i], [data-embed*="video" i]',
      signal: /^(?:highlights|watch|video|play|now playing)\b.{0,120}\b\d{1,2}:\d{2}\b/i,
      contains: '[class*="player" i], video, iframe',
    },
    // A video card in the body: a box named for video that opens with its "Watch now · VIDEO
    // 03:41" label and then the video's headline; no player until it is clicked. The label and
    // the running time come first, so a story's captioned video stays.
    {
      selectors: '[class*="video" i], [data-module*="video" i], [data-testid*="video" i]',
      signal: /^(?:watch(?: now)?|video|play)\b[^.]{0,20}?\d{1,2}:\d{2}\b/i,
      maxWords: 30,
    },
    // A video card whose running time opens or closes it ("Mariners TV Watch Kofi's first interview
    // in full 6:48", "1:54 Weather: Heavy rain watch for Northland"): a box named for video, short,
    // and the time at an edge, so a paragraph that mentions a time stays.
    {
      selectors: '[class*="video" i], [data-module*="video" i], [data-component*="video" i], [data-testid*="video" i]',
      signal: /^\d{1,2}:\d{2}\s+\S.{0,160}$|^.{0,160}\s\d{1,2}:\d{2}$/,
      maxWords: 25,
    },
    // A script player that never loaded leaves only its state labels: "Video Loading Video
    // Unavailable Click to play Tap to play The video will start in 8 Cancel Play now". A box
    // named for video or a player whose whole text is such labels; a caption has other words.
    {
      selectors: '[class*="video" i], [class*="player" i]',
      signal: /^(?:(?:video (?:is )?(?:loading|unavailable)|(?:click|tap) to (?:play|unmute)|the video will start in \d{1,2}(?: seconds)?|play now|cancel|loading)\W*\s*)+$/i,
      maxWords: 30,
    },
    // The read-aloud player over a story: "Listen to this article 3 min The article is read by a
    // synthetic voice." Whole text, in a box named for audio or a player.
    {
      selectors: '[class*="audio" i], [class*="listen" i], [class*="player" i], [class*="tts" i]',
      // Also "▶ Listen to this article 0:00 / 6:12 Voiced by an AI narrator": the opening word,
      // then a length or a word for the voice somewhere in the box.
      signal: /^(?=.*(?:\b\d{1,2}:\d{2}\b|\b\d{1,3} ?min|\bnarrat|\bvoice|\bread by\b|\baudio\b))\W*(?:(?:listen to|hear) (?:this|the) (?:article|story)|listen|play)\b(?:(?!\.\s+\w).){0,120}$/i,
      maxWords: 20,
    },
    // A read-aloud player with its clock and its notes: "Listen to article Play 00:00 / 05:48
    // Playback speed 1x This audio was generated automatically. Learn more about our use of AI."
    // The opening label and the player's "elapsed / length" clock together: no sentence has both.
    {
      selectors: '[class*="audio" i], [class*="listen" i], [class*="player" i], [class*="tts" i], [aria-label*="audio" i]',
      // The play button's own label may come first ("Listen Listen to this article 0:00 / 5:14").
      signal: /^\W*(?:(?:listen|play)\W+)?(?:listen to|hear) (?:(?:this|the) )?(?:article|story)\b(?=.*\b\d{1,2}:\d{2} ?\/ ?\d{1,2}:\d{2}\b).{0,240}$/i,
      maxWords: 30,
    },
    // The radio story's pointer to its audio: "Listen to the full story on the radio or in the
    // audio player above." The whole block is that sentence and names where to listen.
    {
      selectors: 'p, div, span',
      signal: /^listen to (?:the|this) (?:full |whole |complete )?(?:story|segment|interview|episode|report|conversation|broadcast)\b(?=[^.]*\b(?:audio|player|radio|podcast|above|below)\b)[^.,]{0,80}\.?$/i,
      maxWords: 20,
    },
  ],
  // The player's label and clock ("Listen to article … 00:00 / 05:48") make its notes the
  // player's, 20 words or not.
  boilerplate: /^\W*(?:(?:listen|play)\W+)?(?:listen to|hear) (?:(?:this|the) )?(?:article|story)\b.*\b\d{1,2}:\d{2} ?\/ ?\d{1,2}:\d{2}\b/i,
  maxWords: 30,
};
