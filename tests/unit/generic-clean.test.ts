import { describe, expect, it } from 'vitest';
import { genericClean } from '../../src/core/generic-clean.ts';
import type { Removal } from '../../src/core/types.ts';
import { domOf } from './helpers.ts';

// A generic page (no site rule) with one of each clutter kind, and prose that mentions the
// same signal words and must stay.
const PROSE_COOKIES =
  'The regulator said on Tuesday that sites which set advertising cookies without consent would face fines, and that the rules would apply to every publisher with readers in the country from next year.';
const PROSE_PRICES =
  'Subscription prices rose sharply: the basic plan went from $5 to $8 a month and the family plan from $12 to $15 per month, the company said in its annual report, blaming higher licensing costs.';
const html = `<html><body><main>
  <div class="cookie-banner"><p>We use cookies. By continuing you accept our privacy policy.</p><button>OK</button></div>
  <div class="share-tools"><a href="https://facebook.com/sharer">Share on Facebook</a><a href="https://twitter.com/intent">Share on X</a></div>
  <div class="story"><p>${PROSE_COOKIES}</p><p>${PROSE_PRICES}</p>
    <div class="ad-wrap"><span>Advertisement</span></div>
    <div class="newsletter-signup"><h4>Sign up for our morning newsletter</h4><form><input type="email"><button>Subscribe</button></form></div>
    <div class="paywall-offer"><h3>Subscribe now</h3><p>Digital: $4.99/month</p><p>All access: $9.99/month</p><p>Renews automatically</p></div>
  </div>
</main></body></html>`;

describe('genericClean', () => {
  const doc = domOf(html, 'https://example.org/story');
  const removed: Removal[] = [];
  genericClean(doc.body, removed);
  const text = doc.body.textContent ?? '';

  it('removes consent banners, share bars, ad labels, newsletter boxes and plan blocks', () => {
    for (const gone of ['We use cookies.', 'Share on Facebook', 'Advertisement', 'morning newsletter', '$4.99/month', 'Renews automatically']) {
      expect(text, gone).not.toContain(gone);
    }
    const rules = new Set(removed.map((r) => r.rule));
    for (const r of ['generic:consent-banner', 'generic:share-bar', 'generic:newsletter', 'generic:subscription', 'generic:ad-label']) {
      expect(rules, r).toContain(r);
    }
  });

  it('keeps prose that only mentions cookies or prices', () => {
    expect(text).toContain(PROSE_COOKIES);
    expect(text).toContain(PROSE_PRICES);
  });
});
