import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/core/quotes.ts';

// Rules added after the blind run of round K (tests/fixtures/quotes/HELDOUT.md). Made-up sentences.
const speakers = (...paras: string[]) => extractQuotes(paras).map((x) => x.speaker);

describe('extractQuotes: after round K', () => {
  it('gives "the health board said" to the body that opened a recent sentence', () => {
    expect(
      speakers(
        'NHS Glenmoray confirmed on Wednesday that nine patients had tested positive. In a statement issued that afternoon, the health board said:',
        '“We extend our deepest sympathies to the family.”',
      ),
    ).toEqual(['NHS Glenmoray']);
  });
});
