import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract.ts';
import { toMarkdown, toPlainText } from '../../src/core/format.ts';
import type { Article } from '../../src/core/types.ts';
import { domOf, fixture } from './helpers.ts';

function article(site: string, name: string): { a: Article; doc: Document } {
  const f = fixture(site, name);
  const doc = domOf(f.html, f.expected.url);
  const r = extract(doc, f.expected.url);
  if (!r.ok) throw new Error('extract failed');
  return { a: r.article, doc };
}

describe('toPlainText', () => {
  it('gives headline, byline, outlet, date, URL, blank line, paragraphs', () => {
    const { a } = article('dawn', 'iran-rejects-us-request');
    const f = fixture('dawn', 'iran-rejects-us-request');
    const expected = [
      'Iran rejects US request for cooperation against IS',
      'AFP',
      'DAWN.COM',
      '16 September 2014',
      'https://www.dawn.com/news/1132186',
      '',
      (f.expected.paragraphs ?? []).join('\n\n'),
      '',
    ].join('\n');
    expect(toPlainText(a)).toBe(expected);
  });

  it('skips missing header lines', () => {
    const { a } = article('dawn', 'iran-rejects-us-request');
    const text = toPlainText({ ...a, byline: null, published: null });
    expect(text.split('\n').slice(0, 4)).toEqual([a.title, 'DAWN.COM', a.url, '']);
  });
});

describe('toMarkdown', () => {
  it('has a header and the body, with or without a source document', () => {
    const { a, doc } = article('business-standard', 'iran-rejects-us-coalition');
    for (const md of [toMarkdown(a, doc), toMarkdown(a)]) {
      expect(md.startsWith('# Iran rejects US-led coalition against jihadists\n\nBy AFP · Business Standard · 15 September 2014  \n<https://www.business-standard.com/')).toBe(true);
      expect(md).toContain('Iran said today it rejected a US request');
      expect(md).toContain('Washington had appealed for help');
      expect(md.replace(/<https?:[^>\s]+>/g, '')).not.toContain('<');
    }
  });
});
