import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/core/quotes.ts';

// Rules from a review of every speaker miss left on rounds A–Q (tests/fixtures/quotes/HELDOUT.md). Made-up sentences.
const speakers = (...paras: string[]) => extractQuotes(paras).map((x) => x.speaker);

describe('extractQuotes: statements', () => {
  it('looks past a sentence that names the statement but not who made it', () => {
    expect(
      speakers(
        'In a statement on Tuesday, the Ministry of Water and Sanitation said the tariff would rise in July.',
        'The statement added: “No household will lose supply over arrears this winter.”',
      ),
    ).toEqual(['Ministry of Water and Sanitation']);
  });

  it('gives the statement to a body the story names in lower case', () => {
    expect(
      speakers(
        'The premier’s office said in a statement that the fund would reopen in May. “Families have waited long enough,” the statement said.',
      ),
    ).toEqual(['premier’s office']);
  });
});

describe('extractQuotes: what someone will say', () => {
  it('reads "X is expected to tell" and "X will say" as speech by X', () => {
    expect(
      speakers(
        'The health secretary, Marion Ashdale, will set out the plan on Thursday.',
        'A senior official at the trust, who asked not to be named, said the timetable was “ambitious”.',
        '“Waiting lists are a choice,” Ashdale is expected to tell the conference.',
      ),
    ).toEqual(['senior official at the trust', 'Marion Ashdale']);
  });
});

