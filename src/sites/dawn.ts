import type { SiteRule } from './types.ts';

/**
 * dawn.com. Evidence: shared/notes/site-structure.md §4 (heads of real pages, body classes from
 * public scrapers and the calibre recipe). The title is an h2 (no h1) and rail items reuse
 * .story__title / .story__byline, so every hint is scoped to the single story.
 */
export const dawn: SiteRule = {
  id: 'dawn',
  name: 'Dawn',
  hosts: ['dawn.com'],
  container: [
    // Match the story__content token: the utility classes differ between templates.
    'article.story--single .story__content',
    '.story--single .story__content',
    '.template__main .story__content',
  ],
  remove: [
    '.ad',
    '[id^="div-gpt-ad"]',
    'figure.tts', // "Listen to article" audio player (scraper API doc)
    '.social',
    '.comments',
    '.template__sidebar',
    '.consent',
    '#consent-bar',
    // Weather strip: .header__weather in the header, or a strip of its own above it.
    '.header__weather',
    '[class*="weather" i]',
    '#weather',
    'blockquote.twitter-tweet',
  ],
  removeText: [
    // Print-edition footer, last <p> of the body; also "…, The Business and Finance Weekly, …".
    /^\s*Published in Dawn,/i,
    /^\s*Recommend\s*\d*\s*$/,
  ],
  meta: {
    title: [{ selector: 'article.story--single .story__title' }, { selector: '.story__header .story__title' }],
    byline: [{ selector: 'article.story--single .story__header .story__byline' }, { selector: '.story__header .story__byline' }],
    published: [
      { selector: 'article.story--single .story__header .timestamp--time[title]', attr: 'title' },
      { selector: '.story__header .timestamp--time[title]', attr: 'title' },
      // Date-only fallback: "Published in Dawn, September 16th, 2014" (a print date).
      { selector: 'article.story--single .story__content p', pattern: /^Published in Dawn,/i },
    ],
    utcOffset: '+05:00',
  },
  examples: ['https://www.dawn.com/news/1132186', 'https://www.dawn.com/news/1874409'],
};
