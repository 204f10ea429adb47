import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract.ts';
import { siteRules } from '../../src/sites/index.ts';
import { domOf, listFixtures, norm } from './helpers.ts';

// One block per folder under tests/fixtures/<site>/<case>/ (source.html + expected.json).
for (const f of listFixtures()) {
  describe(`${f.site}/${f.name}`, () => {
    const result = extract(domOf(f.html, f.expected.url), f.expected.url);
    const e = f.expected;

    if (e.error) {
      it(`gives ${e.error}`, () => {
        expect(result).toMatchObject({ ok: false, error: e.error });
      });
      return;
    }
    if (!result.ok) throw new Error(`extract failed: ${result.message}`);
    const a = result.article;

    // npm run new-site writes a "review" field; a person checks the labels and deletes it.
    it('has been reviewed by a person', () => {
      expect(e.review, 'expected.json still carries the scaffold review note').toBeUndefined();
    });

    it('has every expected paragraph, in order', () => {
      const got = a.paragraphs.map(norm);
      let from = 0;
      for (const p of e.paragraphs ?? []) {
        const at = got.indexOf(norm(p), from);
        expect(at, `missing or out of order: ${p.slice(0, 60)}`).toBeGreaterThanOrEqual(from);
        from = at + 1;
      }
    });

    it('keeps no clutter in the cleaned text', () => {
      const text = norm([a.title, a.byline ?? '', ...a.paragraphs].join('\n'));
      // knownLeaks: clutter a held-out page still leaks, listed with the reason in notes
      // (npm run quality counts them as leaks all the same).
      for (const c of e.clutter ?? []) if (!e.knownLeaks?.includes(c)) expect(text, `clutter: ${c}`).not.toContain(norm(c));
    });

    it('reads title, byline, published and siteName exactly', () => {
      expect(a.title).toBe(e.title);
      expect(a.byline).toBe(e.byline);
      // "Z" and "+00:00" are one offset in ISO 8601; labellers write either.
      const utc = (d?: string | null) => d?.replace(/Z$/, '+00:00') ?? null;
      expect(utc(a.published)).toBe(utc(e.published));
      expect(a.siteName).toBe(e.siteName);
      expect(a.siteRule).toBe(siteRules.some((r) => r.id === f.site) ? f.site : null);
      if (e.paywalled !== undefined) expect(a.paywalled).toBe(e.paywalled);
    });

    // Held-out quality pages label the body, not quotes; they have no quotes field.
    it.runIf(e.quotes !== undefined)('finds the expected quotes and speakers', () => {
      const known = new Set(e.knownQuoteMisses ?? []);
      // Speakers compare as quotes:eval scores them: a leading article is no part of the
      // description ("a No 10 spokesman" and "No 10 spokesman" are one speaker).
      const bare = (s: string | null): string | null => (s === null ? null : s.replace(/^(?:an?|the|one)\s+/i, ''));
      const got = a.quotes.map(({ text, speaker }) => ({ text, speaker: bare(speaker) }));
      const want = (e.quotes ?? []).map(({ text, speaker }) => ({ text, speaker: bare(speaker) }));
      expect(got.filter((q) => !known.has(q.text))).toEqual(want.filter((q) => !known.has(q.text)));
      // A listed miss that has come right must leave the list (it is then held exact).
      for (const text of known) {
        const w = want.find((q) => q.text === text);
        const have = got.find((q) => q.text === text);
        expect(Boolean(w && have && w.speaker === have.speaker), `knownQuoteMisses: "${text}" is right now; remove it`).toBe(false);
      }
    });

    it('strips soft hyphens and zero-width characters', () => {
      expect(a.paragraphs.join('')).not.toMatch(/[\u00AD\u200B-\u200D\uFEFF]/);
      expect(a.content).not.toMatch(/[\u00AD\u200B-\u200D\uFEFF]/);
    });
  });
}
