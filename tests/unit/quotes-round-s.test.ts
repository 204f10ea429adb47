import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/core/quotes.ts';

// Rules added after the blind run of round S (tests/fixtures/quotes/HELDOUT.md). Made-up sentences.
const speakers = (...paras: string[]) => extractQuotes(paras).map((x) => x.speaker);

describe('extractQuotes: after round S', () => {
  it('gives a family’s statement to the family of the person the story named', () => {
    expect(
      speakers(
        'Owen Price, 19, died at the crossing in March.',
        'In a statement issued through their solicitors after the hearing, Mr Price’s family said:',
        '“Owen was funny, kind and stubborn, and two months from finishing his apprenticeship.”',
      ),
    ).toEqual(['Owen Price’s family']);
  });

  it('keeps the name a person was introduced by when a fuller one follows', () => {
    expect(
      speakers(
        'Calvin Marsh, the saxophonist, died on Monday.',
        'Calvin Leroy Marsh was born in 1938. “I figured I’d better learn to play the thing,” he said in 1994.',
      ),
    ).toEqual(['Calvin Marsh']);
  });

  it('reads a minister of several portfolios, and a surname after an article and adjectives', () => {
    expect(
      speakers(
        'Minister for Enterprise, Tourism and Employment Siobhán Kelleher urged both sides to talk. Speaking at Leinster House, she said: “Get into a room.”',
        'Giving evidence, a visibly emotional Hartley said: “I was going too fast and I hold my hands up to that.”',
      ),
    ).toEqual(['Siobhán Kelleher', 'Hartley']);
  });

  it('reads no name in a participle phrase opening the sentence', () => {
    expect(
      speakers(
        'Finance Minister Dominic Lacroix tabled the budget on Monday.',
        'Rising shortly before the vote, the finance minister accused the opposition of wanting “to balance the books on the backs of children”.',
      ),
    ).toEqual(['Dominic Lacroix']);
  });
});
