import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/core/quotes.ts';

// Rules added after the blind run of round I (tests/fixtures/quotes/HELDOUT.md). Made-up sentences.
const speakers = (...paras: string[]) => extractQuotes(paras).map((x) => x.speaker);

describe('extractQuotes: after round I', () => {
  it('gives the first of "twins Ana and Mara Voss" the shared surname', () => {
    expect(
      speakers(
        'Harbour City won 2-1, with twins Ana and Mara Voss scoring in the second half.',
        'Ana, the elder by six minutes, was asked who had scored the better goal. “Mine. It won the game,” she said.',
      ),
    ).toEqual(['Ana Voss']);
  });

  it('reads a list after "three districts," as places, not people a pronoun can mean', () => {
    expect(
      speakers(
        '“The results are the best in a decade,” board chair Leela Marwah said.',
        'She said the board would look into three districts, Pine Hills, Saltmarsh and Lower Avon, where results fell. “We will send teams there,” she said.',
      ),
    ).toEqual(['Leela Marwah', 'Leela Marwah']);
  });

  it('does not take "claims" after "the" for the speech verb', () => {
    expect(
      speakers(
        'Asked about the staffing claims, a Northvale Health spokeswoman said the system had made 23 offers and that “most were declined because of housing costs.”',
      ),
    ).toEqual(['Northvale Health spokeswoman']);
  });

  it('gives "the officer said" the fuller description a sentence before gave', () => {
    expect(
      speakers(
        'A district education officer in Lower Avon, who did not wish to be named, said several schools had no physics teacher. “Students were learning from videos,” the officer said.',
      ),
    ).toEqual(['district education officer in Lower Avon']);
  });

  it('gives "his brother replied" to the other person with that surname', () => {
    expect(
      speakers(
        'The jury heard that the site manager emailed brothers Rhys and Owen Talbot three times.',
        '“Are the bolts all done?” Rhys Talbot wrote at 7:12 a.m. “Near enough,” his brother replied.',
      ),
    ).toEqual(['Rhys Talbot', 'Owen Talbot']);
  });

  it('gives "the federation said" to the federation the story named', () => {
    expect(
      speakers(
        'Members of the Scaffolders’ Federation held a banner outside the court.',
        'In a statement, the federation said the death was “entirely preventable”.',
      ),
    ).toEqual(['Scaffolders’ Federation']);
  });

  it('gives "one of them said" to the group described before, not to a name in the clause', () => {
    expect(
      speakers(
        'The wording took all night, according to two diplomats familiar with the talks, who spoke on condition of anonymity. Norland had wanted a softer word, one of them said. “Everyone knows the difference.”',
      ),
    ).toEqual(['diplomat familiar with the talks']);
  });

  it('gives "the company said" to the name given a firm’s description in apposition', () => {
    expect(
      speakers(
        'In a statement on Monday, Tellora Mobile, the second-largest operator by subscribers, defended the prices. “Customers see faster speeds,” the company said.',
      ),
    ).toEqual(['Tellora Mobile']);
  });

  it('reads "confirmed … and said" as speech by the subject', () => {
    expect(
      speakers(
        'A Coastal Health Authority spokesperson confirmed Thursday that the agency had received the notice and said it would “review it under the standard timeline,” without giving a date.',
      ),
    ).toEqual(['Coastal Health Authority spokesperson']);
  });
});

describe('extractQuotes: a noun that looks like a speech verb', () => {
  it('does not let "the claims" decide whether a short fragment is governed by the verb', () => {
    expect(
      speakers('Asked about the claims, and about pay, a Northvale Health spokeswoman said they were “simply untrue”.'),
    ).toEqual(['Northvale Health spokeswoman']);
  });
});
