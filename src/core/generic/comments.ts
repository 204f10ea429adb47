import type { GenericRule } from './types.ts';

/**
 * Comment sections: WordPress #comments / .comments-area / #respond, Disqus, Dawn's
 * comments block. Readers' comments are prose, so the prose guard is off; the proof is
 * the container's name plus a comment heading or form, and the size cap keeps a wrapper
 * that holds the story out of reach.
 */
export const comments: GenericRule = {
  id: 'comments',
  when: [
    {
      selectors:
        '#comments, .comments, .comments-area, .comment-list, .comments-section, #comment-section, #disqus_thread, .comment-respond, #respond, section[id^="comments"], div[id^="comments"]',
      signal: /comments?\b|thoughts on|leave a (?:reply|comment)|join the (?:conversation|discussion)|post comment|reply/i,
    },
  ],
  proseAllowed: true,
};
