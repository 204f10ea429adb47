import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/core/quotes.ts';

// Rules added after the blind run of round H (tests/fixtures/quotes/HELDOUT.md). Made-up sentences.
const q = (...paras: string[]) => extractQuotes(paras).map(({ text, speaker }) => ({ text, speaker }));
const speakers = (...paras: string[]) => extractQuotes(paras).map((x) => x.speaker);

describe('extractQuotes: after round H', () => {
  it('keeps a name whole around a nickname in quotation marks', () => {
    expect(
      speakers(
        'The campaign was run by the party’s organiser, Niamh “Nee” Walsh, who called it “the best night of my career”.',
        '“We knocked on every door twice,” Walsh said.',
      ),
    ).toEqual(['Niamh Walsh', 'Niamh Walsh']);
  });

  it('does not count a one-word name after "known locally as the"', () => {
    expect(q('Director Ann Kerr said the hall, known locally as the "Lantern" since 2008, had changed its programme.')).toEqual([]);
  });

  it('does not read "One European diplomat" as a person called One European', () => {
    expect(speakers('One European diplomat, speaking on condition of anonymity, described the talks as "polite and tired".')).not.toContain(
      'One European',
    );
  });
});
