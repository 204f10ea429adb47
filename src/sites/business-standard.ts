import type { SiteRule } from './types.ts';

/**
 * business-standard.com. Evidence: shared/notes/site-structure.md §2 (current Next.js layout,
 * from public scrapers) and §3 (old layout, real saved HTML). CSS-module hashes change with
 * deploys, so match `[class*="MainStory_x"]` or the plain companion class, never `__hash`.
 */
export const businessStandard: SiteRule = {
  id: 'business-standard',
  name: 'Business Standard',
  hosts: ['business-standard.com'],
  container: [
    // Current layout: scrapers read div.MainStory_storycontent__Pe3ys.storycontent > #parent_top_div.
    '[class*="MainStory_storycontent"] #parent_top_div',
    '.storycontent #parent_top_div',
    '[class*="MainStory_storycontent"]',
    '.storycontent',
    // Old layout (real 2019/2020 pages): span.p-content holds the <p>s.
    'span.p-content',
    '.p-content',
  ],
  remove: [
    // In-body ad slots and labels (scrapers remove these inside #parent_top_div).
    'div[id*="between_article_content"]',
    '.storyadsprg',
    '[id^="div-gpt-ad"]',
    'span[style*="display:block"]',
    '.recommendsection',
    // "Also Read" box: div.mb-20 > style + list of links.
    'div.mb-20',
    '[class*="MainStory_alsoread"]',
    '.alsoreadbox',
    // Old layout: inline "ALSO READ:" and the panel at the top of the body (real HTML).
    'strong.read_more',
    '.also-read-panel',
    // Topics, plans, rails, First Published, Next Story if they ever land inside the container.
    '[class*="MainStory_topiclisting"]',
    '[class*="SubscribeNow_"]',
    '.subscribe-box',
    '[class*="MainStory_morefromsection"]',
    '[class*="MainStory_firstpublish"]',
    '[class*="MainStory_nextstory"]',
    // Old layout paywall and tail (real HTML, 2020 locked page).
    'div.sbc_login-new',
    'div.sbc_panel',
    '.ziehharmonika',
    'div.pubDate',
    '.related-keyword',
    '.more-stories-pagination',
  ],
  removeText: [
    // Plan block text from the stored dumps; apostrophe may be ' or ’ (notes §1, BS paywall text).
    /Renews automatically, cancel anytime/i,
    /Here[’']s what[’']s included in our digital subscription plans/i,
    /complimentary access to The New York Times/i,
    /Subscribe to read the full story/i,
    /Already subscribed\? Log in/i,
    // Syndicated-feed disclaimer (NewsLookout plugin's boilerplate strings).
    /\(Only the headline and picture of this report may have been reworked by the Business Standard staff/i,
    /Support quality journalism and subscribe to Business Standard/i,
    /Business Standard has always strived hard to provide up-to-date information/i,
    /^\s*Also Read\s*:?\s*$/i,
    // "Last Updated : Sep 15 2014 | 8:36 PM IST" becomes the date (meta), never body text.
    /^\s*(?:Last Updated|Updated|First Published)\s*:?\s*[A-Z][a-z]{2}/,
  ],
  cutFrom: [/^\s*More From This Section\s*$/i, /^\s*First Published\s*:/i, /^\s*Next Story\s*$/i],
  meta: {
    title: [
      // Only the first h1: the infinite-scrolled next story adds another h1.stryhdtp.
      { selector: 'h1.stryhdtp' },
      { selector: 'h1[class*="MainStory_stryhdtp"]' },
      { selector: 'h1.headline' },
    ],
    byline: [
      // The span[style] next to the link is the dateline place ("Tehran"), not the author.
      { selector: '[class*="MainStory_dtlauthinfo"] a' },
      { selector: '.dtlauthinfo a' },
      { selector: '.last-update a[href*="/author/"]' },
    ],
    published: [
      // The story's first publication, not its last update (fixture premium-paywall-teaser).
      { selector: '[class*="MainStory_firstpublish"], div.pubDate', pattern: /^First Published\s*:/i },
      { selector: 'div.meta-info[data-expandedtime]', attr: 'data-expandedtime' },
      { selector: '[itemprop="datePublished"]', attr: 'content' },
    ],
    utcOffset: '+05:30',
  },
  // Locked premium stories: only a teaser is on the page (notes §2 paywall text; the real 2020
  // page's span.p-content.paywall and div.sbc_login-new, notes §3).
  paywall: {
    selectors: ['span.p-content.paywall', 'div.sbc_login-new', '[class*="Paywall_"]'],
    text: [/Subscribe to read the full story/i, /One subscription\. Two world-class reads\./i, /TO READ THE FULL STORY, SUBSCRIBE NOW/i],
  },
  examples: [
    'https://www.business-standard.com/article/pti-stories/iran-rejects-us-led-coalition-against-jihadists-114091501225_1.html',
    'https://www.business-standard.com/article/companies/indian-data-must-be-owned-by-indians-not-global-companies-mukesh-ambani-119011800410_1.html',
  ],
};
