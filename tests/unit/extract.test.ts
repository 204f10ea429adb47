import { describe, expect, it } from 'vitest';
import { extract, extractStory } from '../../src/core/extract.ts';
import { inShownZone, parseDate } from '../../src/core/dates.ts';
import { domOf, fixture } from './helpers.ts';

describe('extract', () => {
  it('never mutates the live document', () => {
    for (const [site, name] of [
      ['business-standard', 'iran-rejects-us-coalition'],
      ['dawn', 'weekly-soft-hyphens'],
      ['generic', 'no-article'],
    ] as const) {
      const f = fixture(site, name);
      const doc = domOf(f.html, f.expected.url);
      const before = doc.documentElement.outerHTML;
      extract(doc, f.expected.url);
      expect(doc.documentElement.outerHTML).toBe(before);
    }
  });

  it('gives the same article for a fixture served on 127.0.0.1 (rule via canonical)', () => {
    const f = fixture('business-standard', 'iran-rejects-us-coalition');
    const local = 'http://127.0.0.1:4173/business-standard/iran-rejects-us-coalition/source.html';
    const a = extract(domOf(f.html, local), local);
    const b = extract(domOf(f.html, f.expected.url), f.expected.url);
    if (!a.ok || !b.ok) throw new Error('extract failed');
    expect(a.article.siteRule).toBe('business-standard');
    expect(a.article.url).toBe(local);
    expect(a.article.paragraphs).toEqual(b.article.paragraphs);
    expect(a.article.quotes).toEqual(b.article.quotes);
  });

  it('drops a byline line at the top of the body, and only that', () => {
    const prose = (n: number) =>
      `<p>Paragraph ${n} of the story: the council met on Tuesday evening and voted to keep the library open for another year, after a long debate about the budget and the staff.</p>`;
    const page = (lead: string) =>
      `<html><head><meta name="author" content="Jane Roe"><title>Library stays open</title></head><body><article><h1>Library stays open</h1>` +
      `${lead}${prose(1)}<p>Jane Roe wrote about the library's first year in 2019, and the council said then that it would review the plan.</p>${prose(2)}${prose(3)}</article></body></html>`;
    const paragraphsOf = (lead: string) => {
      const r = extract(domOf(page(lead), 'https://news.example/library'), 'https://news.example/library');
      if (!r.ok) throw new Error('no article');
      expect(r.article.byline).toBe('Jane Roe');
      return r.article.paragraphs;
    };
    for (const gone of ['<p>By Jane Roe</p>', '<div class="x"><p>By <a href="/jane">Jane Roe</a> 5 March 2025</p></div>', '<p>Jane Roe | Tue 4 Mar 2025, 09:30 GMT</p>', '<p>By Jane Roe / Staff Writers</p>']) {
      const paras = paragraphsOf(gone);
      expect(paras[0], gone).toMatch(/^Paragraph 1/);
      expect(paras.some((p) => p.startsWith('Jane Roe wrote')), gone).toBe(true);
    }
    // A live-blog entry's time and author, and a line that adds a role, stay.
    expect(paragraphsOf('<p>13:42 Jane Roe</p>')[0]).toBe('13:42 Jane Roe');
    expect(paragraphsOf('<p>By Jane Roe, Health Correspondent</p>')[0]).toBe('By Jane Roe, Health Correspondent');
  });

  it('gives no-article for a short page', () => {
    const doc = domOf('<html><body><article><p>Just a line of text.</p></article></body></html>', 'https://example.com/x');
    expect(extract(doc, 'https://example.com/x')).toEqual({
      ok: false,
      error: 'no-article',
      message: 'No article found on this page.',
    });
  });

  it('logs every removal with a rule id and at most 120 characters', () => {
    const f = fixture('business-standard', 'iran-rejects-us-coalition');
    const r = extract(domOf(f.html, f.expected.url), f.expected.url);
    if (!r.ok) throw new Error('extract failed');
    expect(r.article.removed.length).toBeGreaterThan(5);
    for (const rm of r.article.removed) {
      expect(rm.rule).toMatch(/^(business-standard|generic):/);
      expect(rm.text.length).toBeLessThanOrEqual(120);
    }
    expect(r.article.removed.some((rm) => rm.text.startsWith('*Subscribe to Business Standard digital'))).toBe(true);
  });

  it('counts words and reading time', () => {
    const f = fixture('dawn', 'iran-rejects-us-request');
    const r = extract(domOf(f.html, f.expected.url), f.expected.url);
    if (!r.ok) throw new Error('extract failed');
    expect(r.article.wordCount).toBe(r.article.paragraphs.join(' ').split(/\s+/).length);
    expect(r.article.readingMinutes).toBe(Math.max(1, Math.round(r.article.wordCount / 230)));
    expect(r.article.lang).toBe('en');
  });

  it('works on a page without a site rule (generic path)', () => {
    const f = fixture('dawn', 'iran-rejects-us-request');
    const html = f.html.replace(/dawn\.com/g, 'example.net');
    const r = extract(domOf(html, 'https://example.net/news/1'), 'https://example.net/news/1');
    if (!r.ok) throw new Error('extract failed');
    expect(r.article.siteRule).toBeNull();
    expect(r.article.paragraphs.join(' ')).toContain('Iran said on Monday it had rejected');
    expect(r.article.paragraphs.join(' ')).not.toContain('We use cookies');
  });
});

describe('parseDate', () => {
  it('keeps an ISO offset and adds the site offset to local times', () => {
    expect(parseDate('2014-09-16T07:02:24+05:00')).toBe('2014-09-16T07:02:24+05:00');
    expect(parseDate('Updated: Sep 15 2014 | 8:36 PM IST', '+05:30')).toBe('2014-09-15T20:36:00+05:30');
    expect(parseDate('First Published: Fri, January 18 2019. 13:00 IST', '+05:30')).toBe('2019-01-18T13:00:00+05:30');
  });
  it('reads the Dawn print line as a date', () => {
    expect(parseDate('Published in Dawn, September 16th, 2014')).toBe('2014-09-16');
    expect(parseDate('Published in Dawn, The Business and Finance Weekly, September 20th, 2021')).toBe('2021-09-20');
  });
  it('falls back to the Dawn print line when the page has no other date', () => {
    const f = fixture('dawn', 'iran-rejects-us-request');
    const html = f.html
      .replace(/<meta property='article:published_time'[^>]*>/, '')
      .replace(/"datePublished":"[^"]*",/, '')
      .replace(/ title="2014-09-16T07:02:24\+05:00"/, '');
    const r = extract(domOf(html, f.expected.url), f.expected.url);
    if (!r.ok) throw new Error('extract failed');
    expect(r.article.published).toBe('2014-09-16');
  });
});

describe('inShownZone', () => {
  it('puts a UTC meta time in the zone of the clock time the page prints, when both are the same moment', () => {
    expect(inShownZone('2026-03-11T07:42:00.000Z', 'Mar 11, 2026 12:42 AM PDT')).toBe('2026-03-11T00:42:00-07:00');
    expect(inShownZone('2026-03-11T23:30:00Z', 'March 12, 5:00 a.m. IST')).toBe('2026-03-12T05:00:00+05:30');
    expect(inShownZone('2026-01-05T14:05:09+00:00', 'Updated 9:05 AM (EST)')).toBe('2026-01-05T09:05:09-05:00');
  });
  it('leaves it alone for another moment or a zone it does not know', () => {
    expect(inShownZone('2026-03-11T07:42:00Z', '1:42 AM PDT')).toBeNull();
    expect(inShownZone('2026-03-11T07:42:00Z', '07:42 XYZT')).toBeNull();
    expect(inShownZone('2026-03-11T07:42:00Z', 'Read in 7 min')).toBeNull();
  });
});

describe('extractStory', () => {
  it('gives the story first and its quotes on demand, the same as extract() gives at once', () => {
    const f = fixture('dawn', 'iran-rejects-us-request');
    const whole = extract(domOf(f.html, f.expected.url), f.expected.url);
    const staged = extractStory(domOf(f.html, f.expected.url), f.expected.url);
    if (!whole.ok || !staged.result.ok) throw new Error('extract failed');
    expect(whole.article.quotes.length).toBeGreaterThan(0);
    expect(staged.result.article.quotes).toEqual([]);
    staged.findQuotes();
    expect(staged.result).toEqual(whole);
  });

  it('has nothing to find for a page without a story', () => {
    const staged = extractStory(domOf('<html><body><p>Just a line.</p></body></html>', 'https://example.com/x'), 'https://example.com/x');
    expect(staged.result.ok).toBe(false);
    expect(() => staged.findQuotes()).not.toThrow();
  });
});
