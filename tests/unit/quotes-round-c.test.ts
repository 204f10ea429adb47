import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/core/quotes.ts';

// One test per kind of miss fixed after held-out round C (tests/fixtures/quotes/HELDOUT.md),
// on invented sentences, not the fixtures' text.
const who = (paras: string[]): (string | null)[] => extractQuotes(paras).map((q) => q.speaker);

describe('extractQuotes after round C', () => {
  it('gives a quote-only paragraph to the speaker of the quotation just before it', () => {
    expect(who(['Coach Brenda Ollerton took charge in May.', '“We ran out of legs,” the coach said after the match.', '“Next week will be different.”'])).toEqual(['Brenda Ollerton', 'Brenda Ollerton']);
    expect(
      who(['“Most bridges fail slowly,” said Dr Owen Tarrant, an engineer at Corbridge Polytechnic who wrote the survey.', '“This one failed in an afternoon.”']),
    ).toEqual(['Owen Tarrant', 'Owen Tarrant']);
  });

  it('gives an answer after "She pauses." to her, and a run-on quote to the speaker named where it ends', () => {
    expect(who(['Nadia Pell, 58, runs the ferry café. Has it changed? She pauses.', '“It has. The tourists come earlier now.', '“And they leave sooner,” she says.'])).toEqual([
      'Nadia Pell',
      'Nadia Pell',
    ]);
    expect(who(['Corin Vale opened the shop in 1990.', '“The first year was hard.', '“The second was worse,” Vale says.'])).toEqual(['Corin Vale', 'Corin Vale']);
  });

  it('does not take a place or an institution for a person a pronoun may point to', () => {
    expect(
      who([
        'Ruth Amberley, a chemist at the Harwell Foundation, joined in 2019.',
        'Her papers are read in Lisbon, Oslo and Santa Fe.',
        'Did it surprise her? She smiles.',
        '“Not at all. I always knew.”',
      ]),
    ).toEqual(['Ruth Amberley']);
  });
});
