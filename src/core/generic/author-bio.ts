import type { GenericRule } from './types.ts';

/**
 * Author bio boxes after the story (WordPress .author-bio, Arc .b-author-bio). A bio is
 * prose, so the guard is the box's class plus bio phrasing ("is the Herald's … reporter",
 * "covers transportation", "View all posts by").
 */
export const authorBio: GenericRule = {
  id: 'author-bio',
  when: [
    {
      selectors:
        '[class*="author-bio" i], [class*="authorbio" i], [class*="author-box" i], [class*="about-author" i], [class*="author-info" i], [class*="author-description" i], [class*="author-card" i], [class*="contributor-bio" i], [class*="writer-bio" i]',
    },
  ],
  boilerplate: /\b(?:reporter|correspondent|editor|columnist|journalist|contributor|covers|writes about|can be reached|view all posts|more (?:stories|articles) by|follow (?:him|her|them)|is an? (?:[\w-]+ ){0,3}(?:engineer|writer|designer|developer|scientist|researcher|producer|photographer|author)|joined [A-Z][\w ]{0,40} in \d{4})\b/i,
  maxWords: 120,
};
