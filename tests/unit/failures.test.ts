/**
 * Pages that cannot be cleaned get an answer, never an exception: the preflight's plain
 * sentences, and for a step that throws, the stage and site rule for the developer's log.
 */
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extract } from '../../src/core/extract.ts';
import { MAX_DEPTH, MAX_ELEMENTS } from '../../src/core/preflight.ts';

const story = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1}: the town council met on Monday to agree a budget for the coming year, after months of argument about roads, schools and the cost of running the new library.</p>`).join('');
const page = (body: string, url = 'https://news.example.com/a') => new JSDOM(`<!doctype html><html><head><title>T</title></head><body>${body}</body></html>`, { url }).window.document;

describe('extract never throws', () => {
  it('gives failed with the stage and the rule when a step throws', () => {
    // A document with no window: DOMPurify has nothing to run in, so the sanitize step throws.
    const orphan = page(`<article><h1>T</h1>${story}</article>`).implementation.createHTMLDocument('T');
    orphan.body.innerHTML = `<article><h1>T</h1>${story}</article>`;
    const result = extract(orphan, 'https://www.dawn.com/news/1');
    expect(result).toMatchObject({ ok: false, error: 'failed', stage: 'sanitize', rule: 'dawn' });
    if (!result.ok) expect(result.message).toMatch(/^Declutter could not clean this page/);
  });
});

describe('preflight', () => {
  it('refuses a page with too many elements, before any cloning', () => {
    const doc = page(`<article>${story}</article><div>${'<i></i>'.repeat(MAX_ELEMENTS)}</div>`);
    expect(extract(doc, doc.URL)).toMatchObject({ ok: false, error: 'too-large', message: 'This page is too large to clean.' });
  });

  it('refuses a page nested too deep', () => {
    const doc = page('');
    let node: Element = doc.body;
    for (let i = 0; i < MAX_DEPTH + 5; i++) node = node.appendChild(doc.createElement('div'));
    node.innerHTML = `<article>${story}</article>`;
    expect(extract(doc, doc.URL)).toMatchObject({ ok: false, error: 'too-large' });
  });

  it('cleans a page just inside both limits', () => {
    const doc = page('');
    let node: Element = doc.body;
    for (let i = 0; i < 200; i++) node = node.appendChild(doc.createElement('div'));
    node.innerHTML = `<article><h1>T</h1>${story}</article>`;
    expect(extract(doc, doc.URL).ok).toBe(true);
  });

  it('says what a document that is not a web page is', () => {
    const xml = new JSDOM('<?xml version="1.0"?><rss><channel/></rss>', { contentType: 'application/xml', url: 'https://x.example/feed' }).window.document;
    expect(extract(xml, xml.URL)).toMatchObject({ ok: false, error: 'not-a-page' });
    const svg = new JSDOM('<svg xmlns="http://www.w3.org/2000/svg"/>', { contentType: 'image/svg+xml', url: 'https://x.example/a.svg' }).window.document;
    const result = extract(svg, svg.URL);
    expect(result).toMatchObject({ ok: false, error: 'not-a-page' });
    if (!result.ok) expect(result.message).toContain('an SVG image');
  });

  it('sends framesets to the frame that holds the story', () => {
    const doc = new JSDOM('<!doctype html><html><head><title>F</title></head><frameset cols="50%,50%"><frame src="a"><frame src="b"></frameset></html>', { url: 'https://x.example/' }).window.document;
    expect(extract(doc, doc.URL)).toMatchObject({ ok: false, error: 'frameset' });
  });
});
