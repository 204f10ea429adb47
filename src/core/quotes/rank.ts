/**
 * Which quotes are key. Each quote gets an informativeness score; rank 1 is the highest.
 *
 *   score = length      min(words, 40) / 40            (longer says more, up to a point)
 *         + 0.5 × named  a person named, not a description or nobody
 *         + 0.3 × whole  a sentence of its own (6+ words, capital start), not a fragment
 *         − 0.6 × echo   share of its words already said by higher-ranked quotes (novelty)
 *         × confidence   a doubtful quote or speaker ranks lower
 *
 * Ties keep story order. Greedy: the best quote first, then novelty is measured against
 * the quotes already ranked.
 */
import type { Quote } from '../types.ts';

const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function base(q: Quote): number {
  const n = words(q.text).length;
  const whole = n >= 6 && /^\p{Lu}/u.test(q.text) ? 1 : 0;
  const named = q.speaker && /\p{Lu}/u.test(q.speaker.charAt(0)) ? 1 : 0;
  return Math.min(n, 40) / 40 + 0.5 * named + 0.3 * whole;
}

export function rankQuotes(quotes: Quote[]): void {
  const left = quotes.map((q, i) => ({ q, i, b: base(q), w: new Set(words(q.text)) }));
  const seen = new Set<string>();
  let rank = 1;
  while (left.length) {
    let best = 0;
    let bestScore = -Infinity;
    left.forEach((c, k) => {
      let echo = 0;
      for (const w of c.w) if (seen.has(w)) echo++;
      const s = (c.b - (0.6 * echo) / Math.max(1, c.w.size)) * c.q.confidence;
      if (s > bestScore + 1e-9) {
        bestScore = s;
        best = k;
      }
    });
    const [c] = left.splice(best, 1);
    if (!c) break;
    c.q.rank = rank++;
    for (const w of c.w) if (w.length > 3) seen.add(w);
  }
}
