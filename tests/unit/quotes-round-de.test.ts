import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/core/quotes.ts';

// Speaker rules added after the blind runs of rounds D and E (tests/fixtures/quotes/HELDOUT.md).
// The sentences here are made up for the tests; the fixtures hold the stories that showed each case.
const q = (...paras: string[]) => extractQuotes(paras).map(({ text, speaker }) => ({ text, speaker }));
const speakers = (...paras: string[]) => extractQuotes(paras).map((x) => x.speaker);

describe('extractQuotes: speakers after rounds D and E', () => {
  it('gives a statement’s words to whoever made the statement', () => {
    expect(
      speakers(
        'Tamsin Orrell, whose brother died in the fire, said in a statement that the family had waited two years for answers.',
        '“We want the truth and nothing less,” the statement said.',
      ),
    ).toEqual(['Tamsin Orrell']);
  });

  it('reads "X of Firm" as the person X', () => {
    expect(speakers('“Margins will shrink again next quarter,” said Priya Venkat of Lodestar Research.')).toEqual(['Priya Venkat']);
    expect(speakers('Priya Venkat of Lodestar Research said: “Margins will shrink again next quarter.”')).toEqual(['Priya Venkat']);
  });

  it('keeps a couple who share a surname together as one speaker', () => {
    expect(speakers('Her parents, Tomas and Ilse Brandvold, said: “She was the kindest person we knew.”')).toEqual([
      'Tomas and Ilse Brandvold',
    ]);
  });

  it('picks the person of the honorific’s gender among people who share a surname', () => {
    expect(
      speakers(
        'Declan Moorcroft, 61, runs the farm with his daughter, Niamh Moorcroft.',
        'Niamh was at the market when the flood came; Declan Moorcroft was up on the hill.',
        '“We lost every ewe in the low field,” Mrs Moorcroft said.',
      ),
    ).toEqual(['Niamh Moorcroft']);
  });

  it('learns a gender from a sentence that opens with a pronoun after one naming a single person', () => {
    expect(
      speakers(
        'Rosalind Ekwueme led the survey team for thirty years. She retired in 2019.',
        'Gareth Lindqvist, the board’s chairman, spoke first. He was brief.',
        '“Nobody knew the coast better,” she said.',
      ),
    ).toEqual(['Rosalind Ekwueme']);
  });

  it('reads words on a sign and a quoted label used as a modifier as no speech', () => {
    expect(q('Outside the depot, a banner that reads “Keep Route 9 Running” hung from the fence.')).toEqual([]);
    expect(q('The broker kept a “strong buy” rating on the shares.')).toEqual([]);
    expect(q('The club insists on calling its “finishers” a strength.')).toEqual([]);
  });

  it('carries an unnamed speaker into the next paragraph’s "she said"', () => {
    expect(
      speakers(
        '“Nobody asked us,” one commuter said.',
        'Earlier that week the council voted the cuts through. “I will have to drive now,” she said.',
      ),
    ).toEqual(['commuter', 'commuter']);
  });

  it('names an indefinite speaker from "The <noun>, <Name>," in the next paragraph', () => {
    expect(
      speakers(
        'A crane operator told the hearing he had heard “a crack like a rifle” before the jib fell.',
        'The operator, Malik Osei, 44, had worked on the site for six months.',
      ),
    ).toEqual(['Malik Osei']);
  });

  it('resolves "the 78-year-old" to the person given that age', () => {
    expect(
      speakers(
        'Edwin Halloway, 78, has swum in the lido every morning since 1961, lately with his neighbour Colin Pardew, 64.',
        '“It keeps me honest,” the 78-year-old said.',
      ),
    ).toEqual(['Edwin Halloway']);
    expect(
      speakers(
        'Edwin Halloway, 78, has swum in the lido every morning since 1961, lately with his neighbour Colin Pardew, 64.',
        'The 78-year-old, who swam again on Sunday, said the water was cold. “It keeps me honest,” he said.',
      ),
    ).toEqual(['Edwin Halloway']);
    // Nobody of that age in the story: the nearest person, not a bare "28-year-old".
    expect(speakers('Ellen Drax scored twice.', '“I shut my eyes,” said the 28-year-old.')).toEqual(['Ellen Drax']);
  });

  it('gives a quote after "His verdict …:" to the nearest man', () => {
    expect(
      speakers('Coach Marek Dvorak watched the replay twice.', 'His verdict afterwards was short: “We were robbed in broad daylight tonight.”'),
    ).toEqual(['Marek Dvorak']);
  });

  it('lets a quote-only paragraph go on with the speaker who closed the sentence before', () => {
    expect(
      speakers(
        'Anneke Voss remembered the night well. “The sirens did not stop,” said Hamid Qureshi, her neighbour.',
        '“We slept in our coats for a week.”',
      ),
    ).toEqual(['Hamid Qureshi', 'Hamid Qureshi']);
  });

  it('gives a one-word name the story says is all it has', () => {
    expect(
      speakers('A fisherman who gave only his first name, Edson, said the river had never been so low. “I can walk across it,” he said.'),
    ).toEqual(['Edson']);
  });
});
