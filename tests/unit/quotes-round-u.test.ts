import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/core/quotes.ts';

// Rules added after the blind run of round U (tests/fixtures/quotes/HELDOUT.md). Made-up sentences.
const speakers = (...paras: string[]) => extractQuotes(paras).map((x) => x.speaker);

describe('extractQuotes: after round U', () => {
  it('keeps "Md" in a Bangladeshi name: only "MD" is a managing director', () => {
    expect(speakers('The owners’ representative, Md Rafiqul Islam, said: “We cannot pay more.”')).toEqual(['Md Rafiqul Islam']);
  });

  it('reads a ministry of two portfolios whole ("the Ministry of Labour and Employment")', () => {
    expect(speakers('The Ministry of Labour and Employment, in a statement, said the government was “fully committed” to a fair wage.')).toEqual([
      'Ministry of Labour and Employment',
    ]);
  });

  it('reads "Striking" opening a sentence as no part of a body’s name', () => {
    expect(
      speakers(
        'TORONTO — Striking Borealis Air pilots and the airline’s chief executive traded accusations on Thursday. Borealis Air cancelled 600 flights, and Borealis Air says talks are over.',
        'Borealis said in a statement that it would offer refunds “at no cost to customers.”',
      ),
    ).toEqual(['Borealis Air']);
  });

  it('gives a quotation after "…, the company said, adding that" to the company, not to the clause before', () => {
    expect(
      speakers(
        'Harrow Foods said on Monday it would close two plants. Harrow Foods employs 900 people, and Harrow Foods shares fell.',
        'Sales fell 8% in the quarter, the company said, adding that it was “confident of a recovery by the spring”.',
      ),
    ).toEqual(['Harrow Foods']);
  });
});
