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

describe('extractQuotes: roles, ranks, run-ons, pull quotes, pronouns', () => {
  it('keeps the role apart from the name and gives confidence and rank', () => {
    const [a] = extractQuotes(['“We will not coordinate with them,” said Iran’s supreme leader Ali Khamenei on Monday.']);
    expect(a).toMatchObject({ speaker: 'Ali Khamenei', role: 'Iran’s supreme leader', rank: 1 });
    expect(a?.confidence).toBeGreaterThan(0.8);
    const [b] = extractQuotes(['“The ball is in their court,” Niels Bakker, chairman of the dockers’ union, told reporters.']);
    expect(b).toMatchObject({ speaker: 'Niels Bakker', role: 'chairman of the dockers’ union' });
  });

  it('ranks longer, named, whole-sentence quotes first and keeps story order', () => {
    const qs = extractQuotes(['Analyst Meera Das said rates were “too high”.', '“Inflation is falling faster than anyone expected, and the bank should act now,” said Meera Das.']);
    expect(qs.map((q) => q.paragraph)).toEqual([0, 1]);
    expect(qs.map((q) => q.rank)).toEqual([2, 1]);
  });

  it('carries the speaker through a quotation that runs on into the next paragraph', () => {
    expect(q('“I thought we were going over,” Alan Pascoe said. “The engine had gone.', '“Then we saw the lifeboat.”')).toEqual([
      { text: 'I thought we were going over,', speaker: 'Alan Pascoe' },
      { text: 'The engine had gone.', speaker: 'Alan Pascoe' },
      { text: 'Then we saw the lifeboat.', speaker: 'Alan Pascoe' },
    ]);
  });

  it('takes a blockquote without marks whole and counts a repeated pull quote once', () => {
    const paras = ['“Customers were shown one price and charged another.”', 'The company said in a statement posted online:', 'We accept the findings and apologise to our customers.', '“Customers were shown one price and charged another,” said Sarah Cardell.'];
    expect(extractQuotes(paras, new Set([0, 2])).map(({ text, speaker }) => ({ text, speaker }))).toEqual([
      { text: 'We accept the findings and apologise to our customers.', speaker: 'company' },
      { text: 'Customers were shown one price and charged another,', speaker: 'Sarah Cardell' },
    ]);
  });

  it('resolves he and she to the nearest person of that gender', () => {
    expect(
      q('Board chairwoman Linda Okafor opened the meeting.', 'Her deputy, David Mensah, voted against. “This is wrong,” he said.', '“We have no choice,” she said.'),
    ).toEqual([
      { text: 'This is wrong,', speaker: 'David Mensah' },
      { text: 'We have no choice,', speaker: 'Linda Okafor' },
    ]);
  });

  it('reads German and French cues, with the spaces inside « » trimmed', () => {
    expect(q('„Wohnen darf kein Luxus werden“, sagte Justizministerin Stefanie Hubig.')).toEqual([{ text: 'Wohnen darf kein Luxus werden', speaker: 'Stefanie Hubig' }]);
    expect(q('Martine Garnier attendait. « Je dois aller voir ma fille », a-t-elle confié.')).toEqual([{ text: 'Je dois aller voir ma fille', speaker: 'Martine Garnier' }]);
  });
});

describe('extractQuotes: speakers from the held-out rounds (tests/fixtures/quotes/HELDOUT.md)', () => {
  const who = (paras: string[]): (string | null)[] => extractQuotes(paras).map((q) => q.speaker);

  it('strips titles up to the last title word, and resolves "the judge" and abbreviated ranks', () => {
    expect(who(['Deputy Chief Fire Officer Karen Booth spoke first. "Stay away from the river," she said.'])).toEqual(['Karen Booth']);
    expect(who(['Judge Miriam Ashcroft said he had treated it "as a private bank account".', '"You betrayed them all," the judge told him.'])).toEqual(['Miriam Ashcroft', 'Miriam Ashcroft']);
    expect(who(['Detective Inspector Sam Okoro leads the inquiry.', '"Keep keys out of sight," DI Okoro added.'])).toEqual(['Sam Okoro']);
  });

  it('points a pronoun before its own sentence, and to an unnamed subject earlier in the paragraph', () => {
    expect(who(['Mark Delaney attacked Simon Hartley.', 'Delaney dismissed the pledge. He said Hartley had "never once" explained it.'])).toEqual(['Mark Delaney']);
    expect(who(['Tom Ashworth watched the water rise. "It came in like a tap," he said.', 'His neighbour, who asked not to be named, said nothing was built. "We have been forgotten," she said.'])).toEqual([
      'Tom Ashworth',
      "Tom Ashworth's neighbour",
    ]);
  });

  it('keeps an acronym that opens a name, and reads "the Portuguese forward" as a description', () => {
    expect(who(['The US Consumer Product Safety Commission said consumers should "immediately stop using" them.'])).toEqual(['US Consumer Product Safety Commission']);
    expect(who(['Ana Ferreira scored again.', 'Ferreira was calm. "That\'s football," the Portuguese forward said.'])).toEqual(['Ana Ferreira']);
  });
});
