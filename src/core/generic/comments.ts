import type { GenericRule } from './types.ts';

/**
 * Comment sections: WordPress #comments / .comments-area / #respond, Disqus, Ghost's
 * .article-comments, Dawn's comments block. Readers' comments are prose, so the prose guard is off; the proof is
 * the container's name plus a comment heading or form, and the size cap keeps a wrapper
 * that holds the story out of reach. Also the comment-count link to the thread.
 */
export const comments: GenericRule = {
  id: 'comments',
  when: [
    {
      selectors:
        '#comments, .comments, .comments-area, .comment-list, .comments-section, #comment-section, #disqus_thread, .comment-respond, #respond, section[id^="comments"], div[id^="comments"], .article-comments, [data-ghost-comments]',
      // Ghost's members-only thread: "Member discussion … Become a member … to start commenting."
      signal: /comments?\b|thoughts on|leave a (?:reply|comment)|join the (?:conversation|discussion)|post comment|reply|\bstart commenting\b|\bmember discussion\b/i,
    },
    // A newsletter platform's thread under the post ("Discussion about this post", then
    // Comments / Restacks tabs and the comments): a box named for discussion that opens with the
    // thread's heading. A "panel-discussion" box of story prose opens otherwise and stays.
    {
      selectors: '#discussion, [class^="discussion" i], [class*="-discussion" i], [id*="-discussion" i]',
      signal: /^(?:discussion about this (?:post|story|article|episode|thread)|(?:\d[\d,]* )?comments?\b|join the (?:discussion|conversation)\b)/i,
    },
    // The comment count by the headline or after the story: an in-page link or a button to the
    // thread whose whole text is the count ("87 Comments", "View 142 comments", "Comments
    // (12)"). Only links to the thread (#comments, #respond, #disqus…) or named for comments:
    // a link "87 comments" in a sentence about a consultation goes elsewhere and stays.
    {
      selectors:
        'a[href*="#comment" i], a[href*="#respond" i], a[href*="#disqus" i], a[href*="#discuss" i], a[class*="comment" i], button[class*="comment" i]',
      signal: /^(?:(?:view|show|read|see|load|jump to)(?: all)? )?\d[\d,.]*\s?k? comments?$|^comments? \(\d[\d,.]*\)$|^(?:view|show|read|see|load|jump to)(?: all| the)? comments$/i,
      maxWords: 5,
    },
    // A notice that the thread is closed ("Highveld24 has closed comments on this article.
    // Follow us on Facebook and X to join the conversation."): whole short block, opening so.
    {
      selectors: 'p, div, section',
      // Whole text, since the prose guard is off for this rule: a story sentence that says a paper
      // closed its comments goes on and stays.
      signal:
        /^(?:(?:[\w'’&.-]+ ){1,4}(?:has|have) (?:closed|disabled|turned off) comments|comments (?:are|have been) (?:closed|disabled|turned off)) (?:on|for) this (?:article|story|post)(?: (?:for|due to) legal reasons| as legal proceedings are (?:active|ongoing))?\.?(?: follow us on [\w ,&]{1,40} to join the (?:conversation|discussion)\.?)?$/i,
      maxWords: 30,
    },
    // The call to the thread at the story's end ("Have your say on this story in the comments
    // section below."): the whole short block is the invitation; a story sentence about comments
    // left at a consultation says more and stays.
    {
      selectors: 'p, div, section',
      signal:
        /^(?:have your say|tell us (?:what you think|your views)|let us know(?: what you think)?|share your (?:views|thoughts)|join the (?:debate|conversation|discussion))\b[^.!?]{0,60}\bin the comments?(?: section)?(?: below| underneath)?[.!]?$/i,
      maxWords: 20,
    },
  ],
  proseAllowed: true,
};
