import type { GenericRule } from './types.ts';

/**
 * The line a player or an embed shows only where it cannot run, which a saved page or a page
 * with a blocked script leaves in the story: video.js's "To view this video please enable
 * JavaScript, and consider upgrading to a web browser that supports HTML5 video", "Your browser
 * does not support the video tag.", Disqus's "Please enable JavaScript to view the comments
 * powered by Disqus.", an embed's consent placeholder ("This content is hosted by Spotify.
 * Load Spotify content"). Matched on the block's whole text, so a story about browsers keeps its
 * sentences. Early in the order: the video card around such a line is known by its title and
 * running time once the line has gone.
 */
export const playerFallback: GenericRule = {
  id: 'player-fallback',
  when: [
    {
      selectors: 'p, div, span',
      signal:
        /^(?:to (?:view|play|watch) this (?:video|audio|content),? please enable javascript,? and consider upgrading to a web browser that supports html5 (?:video|audio)\.?|your browser does not support (?:the )?(?:html5 )?(?:video|audio)(?: tag| element| playback)?\.?|please enable javascript to (?:view|watch|play|see) (?:the |this )?(?:comments|video|audio|content)[^.]{0,40}\.?|javascript is required to (?:view|play|watch) this (?:video|audio|content)\.?)$/i,
    },
    // An embed held back until the reader allows it: "Listen: Moth Choir – Low Country This
    // content is hosted by Spotify. [Load Spotify content]". A box named for the embed, whose
    // whole text is the placeholder (and the embed's label).
    {
      selectors: '[class*="embed" i], [class*="consent" i], [data-embed]',
      signal: /^(?:(?:listen|watch|video|audio|podcast)\s*:\s*[^.]{1,80}?\s+)?this content is (?:hosted|provided) by [\w .&-]{1,30}?\.\s*(?:(?:load|show|allow|accept|view) [\w .&-]{1,40})?$/i,
    },
  ],
  maxWords: 30,
};
