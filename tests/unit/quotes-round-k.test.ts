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

  it('gives "the company said" to a one-word brand that opened a recent sentence, named in full', () => {
    expect(
      speakers(
        'The kiosks are run by a Denver company called HarborLink Telecom Partners, which charges 30 cents a message.',
        'The Valley Courier found that 12 counties take a share of the fees. The Courier asked every county for its contract.',
        'HarborLink did not answer questions. In a post on its website, the company said its prices are “fair to every family.”',
      ),
    ).toEqual(['HarborLink Telecom Partners']);
  });

  it('never runs a body’s name on into the next paragraph', () => {
    expect(
      speakers(
        'Readers of the Courier wrote in. The Courier counted the letters, and sent them on to the Courier',
        'Asked about the fees, the company said it was “looking into it.”',
      ),
    ).toEqual(['Courier']);
  });

  it('reads "a spokesman for Lindqvist later said" as the spokesman of the person named in full', () => {
    expect(
      speakers(
        'Transport Minister Gareth Lindqvist said on Monday the offer was final.',
        'A spokesman for Lindqvist later said the Government “will not be reopening the pay envelope.”',
      ),
    ).toEqual(['spokesman for Gareth Lindqvist']);
  });

  it('does not take a known surname inside another name ("Harlow Polytechnic") as that person', () => {
    expect(
      speakers(
        'Fenwick Harlow runs the bus depot and said only two routes were operating.',
        'Her brother, Arun Nandakumar, a student at Harlow Polytechnic, was less sympathetic. “It’s the third time this term,” he said.',
      ),
    ).toEqual(['Arun Nandakumar']);
  });
});
