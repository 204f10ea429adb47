import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/core/quotes.ts';

// Speaker and quote rules added after the blind run of round G (tests/fixtures/quotes/HELDOUT.md).
// The sentences here are made up for the tests; the fixtures hold the stories that showed each case.
const q = (...paras: string[]) => extractQuotes(paras).map(({ text, speaker }) => ({ text, speaker }));
const speakers = (...paras: string[]) => extractQuotes(paras).map((x) => x.speaker);

describe('extractQuotes: after round G', () => {
  it('does not take an attribution from a new clause after the quotation', () => {
    expect(
      speakers('Defending, Ian Rowe said his client was “deeply ashamed” and had written to the widow, a letter the judge said he had read.'),
    ).toEqual(['Ian Rowe']);
  });

  it('does not count titles with the comma inside the marks, a name after "known as", or a so-called term', () => {
    expect(q('Her best-known album, "Salt and Pine," was recorded in a church in 1971.')).toEqual([]);
    expect(q('Known to fans as "the King of the Fens," he played on until he was 90.')).toEqual([]);
    expect(q('Ana Ruiz, who campaigns in so-called "transit deserts," wrote on X: "One bus a day is not a service."')).toEqual([
      { text: 'One bus a day is not a service.', speaker: 'Ana Ruiz' },
    ]);
  });

  it('keeps a body’s name whole across "and" ("the Rail and Maritime Union")', () => {
    expect(speakers('The Rail and Maritime Union said in a statement that it would "fight every one of these cuts."')).toEqual([
      'Rail and Maritime Union',
    ]);
  });

  it('gives "X, the Firm chief, said she …. “…,” she said" to X, the one of that gender among namesakes', () => {
    expect(
      speakers(
        '"We are ready," Norfield Foods chief executive Dana Kirk said.',
        'Paul Kirk, an analyst at Heron Securities who is not related to her, said the deal was risky. "Shoppers will pay for it," he said.',
        'Kirk, the Norfield Foods chief, said she expected a long review. "We have done our homework," she said.',
      ),
    ).toEqual(['Dana Kirk', 'Paul Kirk', 'Dana Kirk']);
  });

  it('does not take a name that comes after the verb for "the coach said …"', () => {
    expect(
      speakers(
        '"It was a soft penalty," Almeida said.',
        'The Portuguese coach said he would not ask the referee, Mark Hale, for an explanation because "they never explain anything".',
      ),
    ).toEqual(['Almeida', 'Almeida']);
  });

  it('gives a quote-only paragraph to the one the sentence before opens with', () => {
    expect(
      speakers(
        'Coach Rob Kane was pleased.',
        'Kane saved his warmest words for Jamal Osei, who had not scored since October.',
        '"He has kept his head down and worked. That is his reward."',
      ),
    ).toEqual(['Rob Kane']);
  });

  it('reads "Madam" as an honorific, a bracketed party label and "Under" as no part of a name', () => {
    expect(speakers('Madam Noor Aziz, 54, said: "The fees are too high for us."')).toEqual(['Noor Aziz']);
    expect(speakers('Cllr Ann Boyle (Ind) said the plan would "drive shoppers away from the square".')).toEqual(['Ann Boyle']);
    expect(speakers('A spokesperson for the agency said in an email that rules had changed. Under those rules, the spokesperson wrote, firms must post "far larger bonds."')).not.toContain('Under');
  });

  it('reads French attributions after the quotation', () => {
    expect(speakers('"On a senti la coque racler", raconte Yann Le Goff, capitaine depuis dix ans.')).toEqual(['Yann Le Goff']);
    expect(speakers('"Ce n’est pas une solution", a lancé sa présidente, Marie Coudray, sous les applaudissements.')).toEqual(['Marie Coudray']);
  });

  it('counts a fragment after "writing … that"', () => {
    expect(q('Tomas Vale cut his price target, writing in a note to clients that the quarter was "ugly but clarifying."')).toEqual([
      { text: 'ugly but clarifying.', speaker: 'Tomas Vale' },
    ]);
  });
});
