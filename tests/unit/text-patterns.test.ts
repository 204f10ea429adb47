/** The shared, made-once pattern copies of src/core/text.ts: same matches, no state between calls. */
import { describe, expect, it } from 'vitest';
import { global, isProse, testable } from '../../src/core/text';

describe('pattern copies', () => {
  it('testable() gives a g pattern without its state, the same copy every time', () => {
    const signal = /subscribe/gi;
    const t = testable(signal);
    expect(t.global).toBe(false);
    expect(t).toBe(testable(signal));
    // A g pattern's test() would alternate true/false on the same text; the copy does not.
    expect([t.test('Subscribe now'), t.test('Subscribe now'), t.test('Subscribe now')]).toEqual([true, true, true]);
    const plain = /subscribe/i;
    expect(testable(plain)).toBe(plain);
  });

  it('global() gives a g copy whose matches do not depend on the original lastIndex', () => {
    const signal = /share|follow/gi;
    signal.lastIndex = 8; // left over from someone's test()
    expect([...'Share this. Follow us.'.matchAll(global(signal))].map((m) => m[0])).toEqual(['Share', 'Follow']);
    expect(global(signal)).toBe(global(signal));
    expect(global(/ad/i).flags).toBe('gi');
  });

  it('isProse() gives the same answer however often it is asked with a g signal', () => {
    const para = 'Readers who subscribe to the newsletter get the story first, and the council said on Monday that the plan would go ahead.';
    const signal = /subscribe/g;
    expect([isProse(para, signal), isProse(para, signal), isProse(para, signal)]).toEqual([false, false, false]);
  });
});
