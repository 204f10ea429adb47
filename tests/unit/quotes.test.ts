import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/core/quotes.ts';

const q = (...paras: string[]) => extractQuotes(paras).map(({ text, speaker }) => ({ text, speaker }));

describe('extractQuotes', () => {
  it('reads the common attribution patterns', () => {
    expect(q('"We will appeal," said Dr Sarah Khan, the lawyer.')).toEqual([{ text: 'We will appeal,', speaker: 'Sarah Khan' }]);
    expect(q('The minister Omar Farooq said: “Prices will fall.”')).toEqual([{ text: 'Prices will fall.', speaker: 'Omar Farooq' }]);
    expect(q('“No comment at this stage,” police spokesman Ali Raza told reporters.')).toEqual([
      { text: 'No comment at this stage,', speaker: 'Ali Raza' },
    ]);
    expect(q('Rates will stay high for longer, according to Meera Das, “until inflation is beaten”.')).toEqual([
      { text: 'until inflation is beaten', speaker: 'Meera Das' },
    ]);
  });

  it('skips a who-clause to find the speech verb and its subject', () => {
    expect(q('Union leader Ahmed Ali, who heads the dockworkers, said: “We will strike on Monday.”')).toEqual([
      { text: 'We will strike on Monday.', speaker: 'Ahmed Ali' },
    ]);
    expect(q('Adhil Shetty, CEO, Bankbazaar.com, says: “Banks are cautious about unsecured loans now.”')).toEqual([
      { text: 'Banks are cautious about unsecured loans now.', speaker: 'Adhil Shetty' },
    ]);
  });

  it('resolves surnames, honorifics and pronouns to the full name met earlier', () => {
    expect(
      q('Central bank governor Nadia Rahman spoke on Monday.', '“We are watching,” Ms Rahman said.', '“We are ready to act,” she said.'),
    ).toEqual([
      { text: 'We are watching,', speaker: 'Nadia Rahman' },
      { text: 'We are ready to act,', speaker: 'Nadia Rahman' },
    ]);
  });

  it('handles guillemets and German quotes', () => {
    expect(q('«Nous resterons ici longtemps», a dit Jean Martin. Jean Martin said „we stay here for good“.')).toHaveLength(2);
  });

  it('skips scare quotes in single marks and short terms without a speech cue', () => {
    expect(q('The ‘Friends of Syria’ group met again.')).toEqual([]);
    expect(q('He called it a "reset" of relations with the neighbours.')).toEqual([]);
    expect(q('Officials blamed the so-called “circular debt” for the delay.')).toEqual([]);
  });

  it('lists an unclosed quote to the end of its paragraph', () => {
    expect(q('“This is where the story is cut off by the paywall and never closes')).toEqual([
      { text: 'This is where the story is cut off by the paywall and never closes', speaker: null },
    ]);
  });

  it('records the paragraph index', () => {
    expect(extractQuotes(['No quotes here.', '“One two three four,” said Sam Lee.'])[0]?.paragraph).toBe(1);
  });
});
