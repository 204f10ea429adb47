import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/core/quotes.ts';

// Rules added after the blind run of round Q (tests/fixtures/quotes/HELDOUT.md). Made-up sentences.
const speakers = (...paras: string[]) => extractQuotes(paras).map((x) => x.speaker);

describe('extractQuotes: after round Q', () => {
  it('knows a name that follows a list of places when the sentence goes on from it', () => {
    expect(
      speakers(
        'On a wet Monday in Dayton, Ohio, Marisa Quell is standing by a loading bay.',
        '“This is where it starts,” Quell says.',
      ),
    ).toEqual(['Marisa Quell']);
  });

  it('reads a Catalan surname joined by "i", and its first part alone', () => {
    expect(
      speakers(
        '“Catalonia is with the strike,” said Pere Vila i Roca, a union delegate in Barcelona.',
        '“They are leaving for France,” Vila said.',
      ),
    ).toEqual(['Pere Vila i Roca', 'Pere Vila i Roca']);
  });

  it('finds the first of two surnames of a name of four, wherever the name was met', () => {
    expect(
      speakers(
        'José Manuel Ortiz Blanco, medical director of the hospital, said 40% of operations had gone ahead.',
        '“A four-day strike is a month of backlog,” Ortiz said.',
      ),
    ).toEqual(['José Manuel Ortiz Blanco']);
    // A run with a lower-case word in it is no one's full name: "Zhao" is Zhao Yingjun.
    expect(
      speakers(
        'China’s Vice Minister of Ecology and Environment Zhao Yingjun said Beijing was prepared to expand its pledge.',
        '“We will act,” Zhao said.',
      ),
    ).toEqual(['Zhao Yingjun']);
  });
});
