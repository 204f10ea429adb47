import type { GenericRule } from './types.ts';

/**
 * Author bio boxes after the story (WordPress .author-bio, Arc .b-author-bio). A bio is
 * prose, so the guard is the box's class plus bio phrasing ("is the Herald's … reporter",
 * "covers transportation", "View all posts by"), or, for a box whose class names no bio,
 * a text that opens with one and a place after the story. A student paper's bios ("is a
 * junior journalism major") are boilerplate in such a box too.
 */
export const authorBio: GenericRule = {
  id: 'author-bio',
  when: [
    {
      selectors:
        '[class*="author-bio" i], [class*="authorbio" i], [class*="author-box" i], [class*="about-author" i], [class*="aboutauthor" i], [class*="author-info" i], [class*="author-description" i], [class*="author-card" i], [class*="contributor-bio" i], [class*="writer-bio" i], [class*="about-writer" i]',
    },
    // A box of any name whose text opens with a bio: "Naomi Castellano is a contributing
    // writer at …", "Marisol Vega Marisol covers consumer protection …". Phrasing alone
    // is not proof (a story may be about a reporter), so the box must come after the story.
    {
      selectors: 'div, section, aside, footer',
      signal:
        /^(?:About (?:the )?authors?:? )?(?:[A-Z][\w'’.-]* ){1,4}(?:(?:is|was|has been) (?:an?|the|[A-Z][\w'’.-]*) (?:[\w'’-]+ ){0,4}?(?:reporter|correspondent|writer|editor|columnist|journalist|contributor|producer|photographer|critic)\b|(?:covers|writes about|reports on|has covered|has reported on)\b)/,
      afterStory: true,
      maxWords: 80,
    },
    // The same bio as an italic tagline in the story's last paragraph ("<p><em>Hemi Walker is
    // a sports journalist based in Wellington</em></p>"): the italic run itself, after the story.
    {
      selectors: 'em, i',
      signal:
        /^(?:[A-Z][\w'’.-]* ){1,4}(?:(?:is|was|has been) (?:an?|the|[A-Z][\w'’.-]*) (?:[\w'’-]+ ){0,4}?(?:reporter|correspondent|writer|editor|columnist|journalist|contributor|producer|photographer|critic)\b|(?:covers|writes about|reports on|has covered|has reported on)\b)/,
      afterStory: true,
      maxWords: 40,
    },
  ],
  boilerplate: /\b(?:reporter|correspondent|editor|columnist|journalist|contributor|covers|writes about|can be reached|view all posts|more (?:stories|articles) by|follow (?:him|her|them)|is an? (?:[\w-]+ ){0,3}(?:engineer|writer|designer|developer|scientist|researcher|producer|photographer|author)|is an? (?:freshman|sophomore|junior|senior)|joined [A-Z][\w ]{0,40} in \d{4})\b/i,
  maxWords: 120,
};
