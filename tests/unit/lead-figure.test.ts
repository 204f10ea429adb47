import { describe, expect, it } from 'vitest';
import { findLeadFigure, lostLeadFigure, placeLeadFigure } from '../../src/core/lead-figure.ts';
import { domOf } from './helpers.ts';

const PROSE = 'The town keeps a register of empty properties and publishes new listings every month in its newsletter and on its website, officials said on Monday.';
const page = (article: string) => domOf(`<html><body><nav><figure><img src="/logo.png"></figure></nav>${article}</body></html>`, 'https://example.com/a');

describe('lead figure', () => {
  it('notes the article’s pictured figure that stands above its first prose paragraph', () => {
    const doc = page(`<article><h1>Title</h1><figure><img src="/lead.jpg"><figcaption>The farmhouse.</figcaption></figure><div><p>${PROSE}</p></div></article>`);
    const f = findLeadFigure(doc.body);
    expect(f?.html).toContain('/lead.jpg');
    expect(f?.lead).toBe(PROSE.slice(0, 80));
  });

  it('notes nothing when the figure comes after the story’s first paragraph, has no picture, or no article holds it', () => {
    expect(findLeadFigure(page(`<article><p>${PROSE}</p><figure><img src="/late.jpg"></figure></article>`).body)).toBeNull();
    expect(findLeadFigure(page(`<article><figure><blockquote>A pull quote</blockquote></figure><p>${PROSE}</p></article>`).body)).toBeNull();
    expect(findLeadFigure(page(`<div><figure><img src="/card.jpg"></figure><p>${PROSE}</p></div>`).body)).toBeNull();
  });

  it('is put back only when the story came back without any picture and holds the paragraph it led', () => {
    const f = { html: '<figure><img src="/lead.jpg"></figure>', lead: PROSE.slice(0, 80) };
    expect(lostLeadFigure(f, `<div><p>${PROSE}</p></div>`, PROSE)).toBe(true);
    expect(lostLeadFigure(f, `<div><img src="/other.jpg"><p>${PROSE}</p></div>`, PROSE)).toBe(false);
    expect(lostLeadFigure(f, '<div><p>Another story.</p></div>', 'Another story.')).toBe(false);
    expect(lostLeadFigure(null, `<div><p>${PROSE}</p></div>`, PROSE)).toBe(false);
  });

  it('moves the figure put back to just above the paragraph it led, after a byline block', () => {
    const doc = page('');
    const tpl = doc.createElement('template');
    tpl.innerHTML = `<figure><img src="/lead.jpg"></figure><div><p>By Kenji Ota</p></div><div><p>${PROSE}</p></div>`;
    placeLeadFigure(tpl.content, { html: '', lead: PROSE.slice(0, 80) });
    const order = Array.from(tpl.content.querySelectorAll('p, figure')).map((e) => e.tagName);
    expect(order).toEqual(['P', 'FIGURE', 'P']);
  });
});
