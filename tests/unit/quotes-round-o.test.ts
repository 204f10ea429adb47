import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/core/quotes.ts';

// Rules added after the blind run of round O (tests/fixtures/quotes/HELDOUT.md). Made-up sentences.
const speakers = (...paras: string[]) => extractQuotes(paras).map((x) => x.speaker);

describe('extractQuotes: after round O', () => {
  it('takes a musician’s trade and "sisters" off a name', () => {
    expect(speakers('Guitarist Kofi Mensah-Brook laughed about the storm. “Honestly, I thought the gig was off,” Mensah-Brook said.')).toEqual([
      'Kofi Mensah-Brook',
    ]);
    expect(
      speakers(
        'Sisters Leanne and Shauna McBride on the picket line on Tuesday.',
        'Among them were sisters Leanne and Shauna McBride, who have 31 years of nursing between them.',
        '“I have never been on strike in my life,” said Leanne, 44, a ward sister.',
      ),
    ).toEqual(['Leanne McBride']);
  });

  it('finds a double surname as the end of the full name met before', () => {
    expect(
      speakers(
        'Brazil’s environment minister, Ana Cláudia Ferreira Lopes, arrived late.',
        '“Somewhere else is not an address,” Ferreira Lopes said.',
      ),
    ).toEqual(['Ana Cláudia Ferreira Lopes']);
  });

  it('leaves a party and ward in brackets out of the name', () => {
    expect(speakers('“This cabinet has ignored the strength of feeling,” said Cllr Priya Hargreaves (Lib Dem, Upper Kelder).')).toEqual([
      'Priya Hargreaves',
    ]);
  });

  it('reads "Ms Lim" as the woman of two people written surname first', () => {
    expect(
      speakers(
        '“The build-out has run ahead of the cars,” said Mr Lim Wee Kiat, chief executive of VoltLine.',
        'Ms Lim Shu Fen, a logistics manager, said fast chargers were scarce.',
        '“Slow chargers are fine overnight,” Ms Lim said.',
      ),
    ).toEqual(['Lim Wee Kiat', 'Lim Shu Fen']);
  });

  it('reads the name after the last of several portfolios ("Minister of Ecology and Environment Zhao Yingjun")', () => {
    expect(
      speakers(
        'Vice Minister of Ecology and Environment Zhao Yingjun said Beijing was prepared to expand its programme.',
        '“China will do what it can,” Zhao said through an interpreter.',
      ),
    ).toEqual(['Zhao Yingjun']);
  });
});
