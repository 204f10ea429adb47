import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/core/quotes.ts';

// Rules added after the blind run of round J (tests/fixtures/quotes/HELDOUT.md). Made-up sentences.
const speakers = (...paras: string[]) => extractQuotes(paras).map((x) => x.speaker);

describe('extractQuotes: after round J', () => {
  it('keeps a party label or a member’s title apart from the name', () => {
    expect(
      speakers(
        '“People here want lower prices,” said Progressive Conservative Alan Fitzroy, a retired teacher.',
        'Islands MSP Morag Dunlop said: “Nobody is against an app.”',
        'Liberal Devi Rao-Fergus said: “I grew up on this road.”',
      ),
    ).toEqual(['Alan Fitzroy', 'Morag Dunlop', 'Devi Rao-Fergus']);
  });

  it('gives a document’s words to the person it is from', () => {
    expect(
      speakers('The deal would give the pair “a dominant position in a dozen markets,” according to a note to clients from Ada Montrose of Lakeshore Capital.'),
    ).toEqual(['Ada Montrose']);
  });

  it('reads "the bureau said" as the bureau the story named', () => {
    expect(speakers('The Competition Bureau said it would review the deal. “We will look at it closely,” the bureau said.')).toEqual(['Competition Bureau']);
  });
});
