import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/core/quotes.ts';

// Rules added after the blind run of round T (tests/fixtures/quotes/HELDOUT.md). Made-up sentences.
const speakers = (...paras: string[]) => extractQuotes(paras).map((x) => x.speaker);

describe('extractQuotes: after round T', () => {
  it('reads a US legislator’s party and district as no name', () => {
    expect(speakers('“We will not wait another decade,” State Sen. Maria Ruiz, D-Tucson, said on Monday.')).toEqual(['Maria Ruiz']);
  });

  it('reads one capitalised word after a description ending in a body’s name as its place', () => {
    expect(speakers('Dr Ken Ito, a professor of law at the University of the Pacific, Stockton, said: “The ruling changes nothing.”')).toEqual(['Ken Ito']);
  });

  it('gives "the company" after a conjunction to the firm, not to "No." nor a title in a pull quote’s credit', () => {
    expect(
      speakers(
        'Harrow Coal has run the valley’s pits since 1990. Harrow Coal employs 400 people, and Harrow Coal says the pits will stay open.',
        '— Jan Smit, Harrow Coal CEO',
        'Miners at Harrow Coal’s No. 2 pit walked out on Monday as talks broke down and the company said it was “disappointed by the stoppage”.',
      ),
    ).toEqual(['Harrow Coal']);
  });

  it('reads the subject of the clause after "and" ("… at the gate and the company said")', () => {
    expect(
      speakers(
        'Rescue teams at the Harrow Coal pit worked through the night as relatives waited at the gate and the company said it was “cautiously hopeful” of a breakthrough.',
        'Harrow Coal employs 400 people, and Harrow Coal says the pit will reopen. Harrow Coal has not said when.',
      ),
    ).toEqual(['Harrow Coal']);
  });

  it('reads "the Northern Irishman" as the man the story is about', () => {
    expect(
      speakers(
        'Rovers have sacked manager Sean Boyle after ten games without a win. Boyle joined in 2023.',
        'Chairman Tom Reed said: “This was the hardest decision I have made.” Reed said the search for a successor had begun.',
        'Boyle’s side are one point above the drop zone.',
        'The Northern Irishman said he was “heartbroken” by the decision.',
      ),
    ).toEqual(['Tom Reed', 'Sean Boyle']);
  });

  it('reads a possessive before a noun as a determiner, not the noun as a verb ("the council’s claims")', () => {
    expect(
      speakers(
        'Harrow Coal has run the valley’s pits since 1990. Harrow Coal employs 400 people, and Harrow Coal says the pits will stay open.',
        'Asked about the union’s claims, Ana Silva, a spokeswoman for Harrow, said the company had “seen references” to the meeting.',
      ),
    ).toEqual(['Ana Silva']);
  });

  it('gives "the university" the body’s full name, "University of …"', () => {
    expect(
      speakers(
        'Students camped outside the University of Westmoor’s library on Monday. University staff brought them tea, and University security let them stay.',
        'The university said in a statement that it was “listening to students”.',
      ),
    ).toEqual(['University of Westmoor']);
  });

  it('gives a plural body’s spokesperson its mark alone', () => {
    expect(
      speakers(
        'The opposition Social Democrats said they would “fight the plan all the way”.',
        'Their transport spokesperson called it “a costly mistake” in a post on X.',
      ),
    ).toEqual(['Social Democrats', "Social Democrats' transport spokesperson"]);
  });

  it('hears a heckler "shouting"', () => {
    expect(speakers('The minister’s speech was met with jeers, with one woman shouting “Then resign!” from the back of the hall.')).toEqual(['woman']);
  });

  it('keeps a fragment after "a" that a conjunction follows, and the quotation after it', () => {
    expect(speakers('Jo Hart presented a petition. She accused the board of running a “sham consultation” and said the decision had been “made in secret”.')).toEqual([
      'Jo Hart',
      'Jo Hart',
    ]);
  });

  it('finds a firm given with its initials in brackets', () => {
    expect(
      speakers(
        'Northgate Alumina Partners (NAP), which runs two mines in the parish, said in a statement yesterday that it welcomed the review.',
        '“NAP has invested heavily in the community and will go on doing so,” the company said.',
      ),
    ).toEqual(['Northgate Alumina Partners']);
  });

  it('keeps "at one of the …" in an unnamed speaker’s description', () => {
    expect(
      speakers(
        'An official at one of the district hospitals, who asked not to be named, said every bed was full.',
        '“We are turning people away,” the official said.',
      ),
    ).toEqual(['official at one of the district hospitals']);
  });

  it('reads the subject two verbs share ("The judge thanked … and said")', () => {
    expect(
      speakers(
        'Judge Ann Cole heard the application on Thursday.',
        'The judge thanked Walter Brenner for coming and said his letter had been “one of the most thoughtful” she had read.',
      ),
    ).toEqual(['Ann Cole']);
  });

  it('keeps a short fragment that goes on reporting the speech before ("… but that …")', () => {
    expect(speakers('The mayor, Rita Lowe, said the city had “done everything it could” but that the flooding was “without precedent”.')).toEqual([
      'Rita Lowe',
      'Rita Lowe',
    ]);
  });
});
