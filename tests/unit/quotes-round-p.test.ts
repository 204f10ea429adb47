import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/core/quotes.ts';

// Rules added after the blind run of round P (tests/fixtures/quotes/HELDOUT.md). Made-up sentences.
const speakers = (...paras: string[]) => extractQuotes(paras).map((x) => x.speaker);

describe('extractQuotes: after round P', () => {
  it('gives a pronoun to the known subject of the sentence before, over an unnamed one who opened the paragraph', () => {
    expect(
      speakers(
        'The Harbour Bank held its rate on Thursday, and governor Miriam Osterby said the bank was “nearly done”.',
        'One reporter put it to Osterby that the bank had been “far too slow to act” last year. The governor dismissed that. “The figures say otherwise,” she said.',
      ),
    ).toEqual(['Miriam Osterby', 'reporter', 'Miriam Osterby']);
  });

  it('gives “her statement said” to her', () => {
    expect(
      speakers(
        'Trade Minister Joanna Pelling welcomed the deal in a statement on Friday.',
        '“This is a good day for exporters,” her statement said.',
      ),
    ).toEqual(['Joanna Pelling']);
  });

  it('gives a body named by its initials the name they stand for', () => {
    expect(
      speakers(
        'Waiting times rose again in March, according to figures published by the Regional Health Authority.',
        'The RHA said the rise reflected “an unusually long flu season”.',
      ),
    ).toEqual(['Regional Health Authority']);
    expect(
      speakers(
        'The kettles were recalled on Monday in cooperation with the US Consumer Product Safety Commission.',
        '“Stop using the kettles now,” the CPSC said.',
      ),
    ).toEqual(['US Consumer Product Safety Commission']);
  });

  it('reads an Irish surname with Ó as the end of the full name', () => {
    expect(
      speakers(
        'Síle Ó Murchú, the union’s president, said members were exhausted.',
        '“We cannot go on like this,” Ó Murchú said.',
      ),
    ).toEqual(['Síle Ó Murchú']);
  });

  it('finds a double surname, or its first part, as the person met mid-sentence with one given name', () => {
    expect(
      speakers(
        '“It will happen again,” said Rosario Vilca Condori, a geologist at the institute.',
        '“Nobody should rebuild there,” Vilca Condori said.',
        '“The valley remembers,” Vilca said.',
      ),
    ).toEqual(['Rosario Vilca Condori', 'Rosario Vilca Condori', 'Rosario Vilca Condori']);
    // A capitalised noun opening a caption is no given name: "Marlene Kessler" is a person of her own.
    expect(
      speakers('Baker Marlene Kessler at her shop on Friday.', '“The rent doubled in a year,” Marlene Kessler said.'),
    ).toEqual(['Marlene Kessler']);
  });

  it('keeps the initial that opens a name', () => {
    expect(
      speakers(
        'Managing Director P. Raghavendra Rao said the line would open “by the end of next year”.',
        '“The land is ours now,” Mr. Rao said.',
      ),
    ).toEqual(['P. Raghavendra Rao', 'P. Raghavendra Rao']);
    expect(
      speakers('Managing Director P. Raghavendra Rao visited the depot on Monday.', '“The land is ours now,” Mr. Rao said.'),
    ).toEqual(['P. Raghavendra Rao']);
  });

  it('gives “Okoro’s father, Emeka,” the surname of the one the story calls Okoro', () => {
    expect(
      speakers(
        'Chidi Okoro, 22, has not trained since the bid was turned down.',
        'Okoro’s father, Emeka, was blunter. “My son is not for sale,” he told a radio station.',
      ),
    ).toEqual(['Emeka Okoro']);
  });

  it('names one of a group of unnamed sources as the story described the group', () => {
    expect(
      speakers(
        'The rule would cover finished goods, according to two people familiar with the plans, who asked not to be named.',
        '“Nothing is final yet,” one of the people said.',
      ),
    ).toEqual(['one of the people familiar with the plans']);
  });
});
