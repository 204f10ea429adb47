import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/core/quotes.ts';

describe('quote roles', () => {
  it('never takes the masked quotation for a role word', () => {
    // The popup showed "— Donna, q": the quotation, masked out of its sentence, became the role.
    const quotes = extractQuotes([
      'Donna Heslop, 46, had run the bakery for eleven years.',
      '“I stood on the pavement and watched it go,” Donna said.',
      '“I honestly didn’t think we’d open again.”',
      '“It was the worst night of my life,” baker Tom Reilly said.',
    ]);
    expect(quotes.map((q) => q.role)).toEqual([null, null, 'baker']);
  });
});
