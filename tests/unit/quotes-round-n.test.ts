import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/core/quotes.ts';

// Rules added after the blind run of round N (tests/fixtures/quotes/HELDOUT.md). Made-up sentences.
const speakers = (...paras: string[]) => extractQuotes(paras).map((x) => x.speaker);

describe('extractQuotes: after round N', () => {
  it('reads a football club as a body, so a "he" after it goes to the player', () => {
    expect(
      speakers(
        'Owen Pask and Sami Idris tangled at a corner before Kelby Athletic conceded the penalty.',
        'Pask, the Kelby Athletic captain, did not agree. “It was never a penalty,” he said.',
      ),
    ).toEqual(['Owen Pask']);
  });

  it('reads a body named with a plural possessive as a body', () => {
    expect(
      speakers(
        'Kwame Boateng rises to head Dunmore Rovers’ 88th-minute winner at Lockside Park.',
        'Tomas Vidal, whose side have won four of five, saw it differently. Speaking through an interpreter, the Dunmore head coach said: “For me it is a penalty.”',
      ),
    ).toEqual(['Tomas Vidal']);
  });

  it('gives "the goalkeeper said" to the paragraph’s subject, not a name inside its relative clause', () => {
    expect(
      speakers(
        'Rhys Pen and Ellis Varga both played on.',
        'Pen, whose double save from Varga just before the break had kept the side in front, was more reflective. “We can moan about the penalty all night,” the goalkeeper said.',
      ),
    ).toEqual(['Rhys Pen']);
  });

  it('gives a quotation after a described subject with no speech verb to that subject', () => {
    expect(
      speakers(
        '“That is a soft penalty,” Declan Ferris said after the game.',
        'Asked whether he would complain to the league, the Kelby manager paused. “I’ll speak to the chairman.”',
        'One senior player, who asked not to be named, was blunter still. “Nobody picked him up.”',
      ),
    ).toEqual(['Declan Ferris', 'Declan Ferris', 'senior player']);
  });

  it('does not give "the Bloc leader" to the Conservative Leader', () => {
    expect(
      speakers(
        'Conservative Leader Gordon Hale called it “a spending binge.”',
        'Its leader, Mathieu Berthier, had demanded more money. “We will never vote for it,” Mr. Berthier said.',
        'Asked whether the Bloc had been bought off, the Bloc leader laughed. “Bought? We were paid what we are owed.”',
      ),
    ).toEqual(['Gordon Hale', 'Mathieu Berthier', 'Mathieu Berthier']);
  });

  it('keeps a "he" with the "he" of the quotation before in the paragraph, not the man he named', () => {
    expect(
      speakers(
        'Owen Pask and Sami Idris tangled at a corner.',
        'Pask did not agree. Stopping on his way to the bus, he said the decision had been “a joke” and that he had barely touched Idris. “I know when I’ve given a penalty away,” he said.',
      ),
    ).toEqual(['Owen Pask', 'Owen Pask']);
  });

  it('finds "Al Harmoodi" and "Mac Gearailt" as the end of the full names met before', () => {
    expect(
      speakers(
        'Saeed Al Harmoodi, director-general of the authority, said the line was designed for the airport. “Passengers must step off a plane and onto a train,” Al Harmoodi said.',
        'Eoin Mac Gearailt, who chairs the committee, was blunt. “The grant is too small,” Mac Gearailt said.',
      ),
    ).toEqual(['Saeed Al Harmoodi', 'Eoin Mac Gearailt']);
  });

  it('keeps the person before "of the … Institute for …", not the end of the institute’s name', () => {
    expect(
      speakers('Energy economist Miriam Oduya of the Berlin Institute for Climate Economics said: “You have to make running costs cheaper.”'),
    ).toEqual(['Miriam Oduya']);
  });

  it('gives a quotation inside a relative clause to the one the clause is about', () => {
    expect(
      speakers(
        'Ilinca Vass led the first round. Marek won the endorsement of nationalist Bogdan Ciur, who said last week that Vass would "hand the country to foreign lawyers."',
      ),
    ).toEqual(['Bogdan Ciur']);
  });

  it('gives "she says" after "His wife shakes her head." to his wife', () => {
    expect(
      speakers(
        'Maureen Tillman can see the cliff edge from her kitchen, where she and her husband, Geoff, have lived since 2004.',
        'Geoff Tillman, 74, is more phlegmatic. “You buy a house on a cliff, you know what you’re buying,” he says.',
        'Dr Sunita Rao, a geologist, has measured the cliff for years. “It is retreating faster,” she says.',
        'His wife shakes her head. “He says that now,” she says.',
      ),
    ).toEqual(['Geoff Tillman', 'Sunita Rao', 'Maureen Tillman']);
  });
});
