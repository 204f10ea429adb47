import { describe, expect, it } from 'vitest';
import { readMeta } from '../../src/core/metadata.ts';
import { extract } from '../../src/core/extract.ts';
import { domOf, fixture } from './helpers.ts';

// Metadata comes from the article (JSON-LD NewsArticle, article meta tags, the article's own
// markup), never from related-story cards or rails, and dates keep the site's offset.
const STORY = '<p>' + 'The council met on Tuesday and approved the plan after a long debate about its cost. '.repeat(8) + '</p>';
const page = (head: string, body: string): Document =>
  domOf(`<html><head>${head}</head><body>${body}</body></html>`, 'https://news.example.com/a/1');

describe('readMeta', () => {
  it('reads byline and date from a JSON-LD @graph NewsArticle, keeping its offset', () => {
    const ld = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', datePublished: '2025-02-11T09:12:40+05:30', author: [{ '@type': 'Person', name: 'Asha Rao' }, { name: 'Asha Rao' }] }] };
    const m = readMeta(page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`, STORY), null);
    expect(m.byline).toBe('Asha Rao');
    expect(m.published).toBe('2025-02-11T09:12:40+05:30');
  });

  it('gives the date in the site\'s own offset when a UTC meta tag and the JSON-LD state the same moment', () => {
    const page = (meta: string, ld: string) =>
      `<html><head><meta property="article:published_time" content="${meta}"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"${ld}"}</script></head><body><p>x</p></body></html>`;
    const read = (meta: string, ld: string) => readMeta(domOf(page(meta, ld), 'https://example.org/a'), null).published;
    expect(read('2025-02-11T18:42:00.000Z', '2025-02-11T13:42:00-05:00')).toBe('2025-02-11T13:42:00-05:00');
    expect(read('2025-05-02T12:00:00+00:00', '2025-05-02T05:00:00-07:00')).toBe('2025-05-02T05:00:00-07:00');
    // Different moments: the meta tag stays (it is the article's own tag).
    expect(read('2025-05-02T12:00:00+00:00', '2025-05-01T05:00:00-07:00')).toBe('2025-05-02T12:00:00+00:00');
  });

  it('gives the full headline when the social title is cut short, and only then', () => {
    const og = '<meta property="og:title" content="Council passes tax rise after marathon meeting">';
    const full = 'Council passes tax rise after marathon meeting; recess called as gallery erupts';
    expect(readMeta(page(og, `<h1><span>${full}</span></h1>${STORY}`), null).title).toBe(full);
    expect(readMeta(page(`${og}<script type="application/ld+json">{"@type":"NewsArticle","headline":"${full}"}</script>`, STORY), null).title).toBe(full);
    // A different headline, or one that merely starts with the same words, is not the social title's fuller form.
    expect(readMeta(page(og, `<h1>Council passes tax rise after marathon meetings end</h1>${STORY}`), null).title).toBe('Council passes tax rise after marathon meeting');
    expect(readMeta(page(og, `<h1>${full}</h1><h1>Most read</h1>${STORY}`), null).title).toBe('Council passes tax rise after marathon meeting');
  });

  it('never takes the byline or date from a related card or rail', () => {
    const body = `<aside class="related-rail"><div class="card"><p class="card-byline">By Peter Hallam</p><time datetime="2025-06-02T08:00:00+00:00">June 2</time></div></aside>
      <article><h1>Headline</h1><span itemprop="author">By Ines Carvalho</span><time itemprop="datePublished" datetime="2025-06-03T10:41:00+02:00">June 3</time>${STORY}</article>`;
    const m = readMeta(page('', body), null);
    expect(m.byline).toBe('Ines Carvalho');
    expect(m.published).toBe('2025-06-03T10:41:00+02:00');
  });

  it('gives no byline rather than a rail card byline', () => {
    const m = readMeta(page('', `<article>${STORY}</article><div class="most-read"><span class="byline">By Kelly Tran</span></div>`), null);
    expect(m.byline).toBeNull();
  });

  it('marks a locked page with a paywall prompt as paywalled, and a locked page without one not', () => {
    const locked = '<script type="application/ld+json">{"@type":"NewsArticle","isAccessibleForFree":"False"}</script>';
    expect(readMeta(page(locked, `${STORY}<div>Subscribe to continue reading. Already a subscriber? Log in</div>`), null).paywalled).toBe(true);
    expect(readMeta(page(locked, STORY), null).paywalled).toBe(false);
    expect(readMeta(page('<meta property="article:content_tier" content="free">', STORY), null).paywalled).toBe(false);
  });
});

describe('removal log', () => {
  it('names every block the BS rule threw away, by the rule that would have taken it', () => {
    const f = fixture('business-standard', 'premium-paywall-teaser');
    const r = extract(domOf(f.html, f.expected.url), f.expected.url);
    if (!r.ok) throw new Error('extract failed');
    expect(r.article.paywalled).toBe(true);
    const by = (text: string): string | undefined => r.article.removed.find((x) => x.text.startsWith(text))?.rule;
    expect(by('One subscription. Two world-class reads.')).toBe('business-standard:text');
    expect(by('We use cookies')).toBe('generic:consent-banner');
    expect(by('Also Read')).toBe('business-standard:text');
    expect(by('First Published')).toMatch(/^business-standard:/);
    for (const x of r.article.removed) expect(x.text.length).toBeGreaterThan(0);
  });
});
