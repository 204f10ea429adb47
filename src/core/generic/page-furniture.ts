import type { GenericRule } from './types.ts';

/**
 * One-line page furniture around pictures and wire stories, matched on the block's whole
 * text: slide counters ("Item 1 of 2", "3 / 12"), licensing links ("Purchase Licensing
 * Rights"), the wire trust line ("Our Standards: The … Trust Principles."), gallery and
 * save buttons ("Open this photo in gallery:", "View gallery (24 photos)"), a live page's
 * "Auto Refresh" toggle, a "PREMIUM" / "Subscribers only" badge, a chain paper's "Article content"
 * label between the story's ad breaks. Whole-text anchors and a 12-word cap: prose cannot match. A bare "1/3"
 * (a fraction in a recipe table) does not match; the counter's slash is spaced. Also a
 * breadcrumb trail of links.
 */
export const pageFurniture: GenericRule = {
  id: 'page-furniture',
  when: [
    {
      selectors: 'a, span, div, p, li, label',
      signal:
        /^(?:(?:item|image|photo|picture|slide) \d{1,3} of \d{1,3}|\d{1,3} \/ \d{1,3}|(?:purchase|acquire) licensing rights(?:, opens new tab)?|our standards: .{0,60}trust principles\.?(?:, opens new tab)?|(?:view|open|launch|see) (?:the |photo |full )?gallery(?: \(\d{1,3} (?:photos|images|pictures)\))?|see all \d{1,3} (?:photos|images|pictures)|open (?:this|the) (?:photo|image|picture) in (?:the )?gallery:?|auto[- ]?refresh|reuse this content|save (?:story|article)|(?:[\w-]{1,10} )?premium|subscribers? only|members? only|article content)$/i,
    },
    // A breadcrumb trail ("News › Crime"): named for it, short, and mostly links, so a trail
    // that ends in the story's unlinked title, or prose in a box of that name, stays.
    {
      selectors: '[class*="breadcrumb" i], [data-area*="breadcrumb" i], nav[aria-label*="breadcrumb" i]',
      minLinkDensity: 0.5,
    },
  ],
  maxWords: 12,
};
