import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/core/quotes.ts';

describe('a statement from the company', () => {
  it('is attributed to the organisation the story is about', () => {
    const quotes = extractQuotes([
      'Harbour Foods Group is withdrawing two of its ready meals from shops after finding plastic in a batch.',
      'Harbour said the fault lay with one machine. Shares in Harbour fell 3 per cent.',
      '“We are sorry and we are putting it right,” according to a statement from the company.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Harbour Foods Group']);
  });

  it('is left as described when the story names no organisation often enough', () => {
    const quotes = extractQuotes(['“We are sorry,” according to a statement from the company.']);
    expect(quotes.map((q) => q.speaker)).toEqual(['statement from the company']);
  });
});
