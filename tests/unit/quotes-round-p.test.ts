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

  it('gives a pronoun to the person who opens the sentence before, not to the one questioned in it', () => {
    expect(
      speakers(
        'Giles Amberley, the MP for Stowe, pressed the company’s finance director, Alison Breck, on the dividends. “Is there a pound you regret?” he asked.',
        'Breck said the payments had been approved. “We followed the rules,” she said.',
        'Ruairi Denham put the point to Breck directly. “Which is it?” he asked.',
      ),
    ).toEqual(['Giles Amberley', 'Alison Breck', 'Ruairi Denham']);
    // The gender the pronoun gives stays learned, for the same "he" after it.
    expect(
      speakers(
        'The game turned when Owen Marlowe and Sami Hadid tangled at a corner.',
        'Marlowe, the captain, did not agree. Stopping on his way to the bus, he said the decision had been “a complete joke” and that he had barely touched Hadid. “I know when I’ve given a penalty away,” he said.',
      ),
    ).toEqual(['Owen Marlowe', 'Owen Marlowe']);
    // A sentence that is itself an attribution is read by its cue: of two Garniers, the woman.
    expect(
      speakers(
        'Alliance president Sylvie Garnier said ministers had made promises. “We will stay as long as it takes,” she said.',
        'Interior Minister Xavier Garnier, who is not related to the union leader, said 15,000 police had been deployed.',
        'Garnier, the union leader, said convoys were expected on Wednesday. “This is only the beginning,” she said.',
      ),
    ).toEqual(['Sylvie Garnier', 'Sylvie Garnier']);
    // The whole capitalised run must be the person's name: "Okon Holdings" is not Daniel Okon.
    expect(
      speakers(
        'Daniel Okon, the chief executive, said the deal was done.',
        'Okon Holdings economist Mark Tate was less convinced. “They always say they are done,” he said.',
      ),
    ).toEqual(['Mark Tate']);
    // A firm opening the sentence is no one's subject: the economist named after it speaks.
    expect(
      speakers(
        'Fernhill Capital Markets senior economist Daniel Okon was less convinced. “They always say they are done,” he said.',
      ),
    ).toEqual(['Daniel Okon']);
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
