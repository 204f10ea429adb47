import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/core/quotes.ts';

// Rules added after the blind run of round W (tests/fixtures/quotes/HELDOUT.md). Made-up sentences.
const speakers = (...paras: string[]) => extractQuotes(paras).map((x) => x.speaker);

describe('extractQuotes: after round W', () => {
  it('reads a name after a place and a comma as the subject when a verb such as "stood" follows it', () => {
    expect(
      speakers(
        'In Phong Dien district on the outskirts of Can Tho, Nguyen Van Binh stood at the edge of his field as the harvester worked.',
        '"This year I have to call the traders, and they tell me to wait," Binh, 48, said.',
      ),
    ).toEqual(['Nguyen Van Binh']);
  });

  it('drops a police rank’s initials before a surname ("ASP Okot")', () => {
    expect(
      speakers(
        'The traffic commander, Assistant Superintendent of Police Daniel Opio Okot, said officers would warn riders first.',
        '“We are going to educate first,” ASP Okot said.',
      ),
    ).toEqual(['Daniel Opio Okot']);
  });

  it('gives "the chamber said" to the chamber the story named, with the words after its kind ("of Commerce")', () => {
    expect(
      speakers(
        'The Northern Chamber of Commerce welcomed the tax cut but warned about energy costs.',
        '“Firms are asking for certainty,” the chamber said.',
      ),
    ).toEqual(['Northern Chamber of Commerce']);
  });

  it('reads "Afterwards" opening a sentence as no name', () => {
    expect(
      speakers(
        'As the sun rose, Sione Latu placed his hand on the carving and spoke to it for several minutes. Afterwards, through the interpreter, he repeated what he had said.',
        '“I told them they had been patient.”',
      ),
    ).toEqual(['Sione Latu']);
  });
});
