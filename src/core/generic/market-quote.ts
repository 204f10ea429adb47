import type { GenericRule } from './types.ts';

/**
 * A stock-quote widget in or around a markets story: the company's name, its ticker, last price
 * and change ("Harbor Ridge Bancorp HRBK 31.42 -2.97 (-8.64%) Add HRBK to Watchlist"), or an "In
 * this article" strip of such quotes. The proof is the quote line itself: a ticker in capitals,
 * a price, and a signed change with its percentage in brackets, as no sentence writes them; at
 * most 40 words, so a paragraph that reports a share price in prose stays. Also a live data
 * table with its delay notice, and an election-results table with its count of precincts.
 */
export const marketQuote: GenericRule = {
  id: 'market-quote',
  when: [
    {
      selectors: 'div, aside, section, figure, ul',
      signal: /(?:^|\s)[A-Z][A-Z.]{0,5}\s+\$?\d[\d,]*\.\d{1,4}\s+[+\-−]\d[\d,]*\.\d{1,4}\s*\(\s?[+\-−]?\d[\d,]*(?:\.\d+)?%\s?\)/,
      maxWords: 40,
    },
    // A live market-data widget in the story: "Markets at a glance As at 10:42 am WAT [table of
    // rates] Data delayed by at least 15 minutes." A table, and the delay notice no story writes.
    {
      selectors: 'div, aside, section, figure',
      signal: /\b(?:data|quotes|prices|rates) (?:are |is )?delayed by (?:at least |up to )?\d{1,2} ?(?:min|mins|minutes)\b/i,
      contains: 'table',
      maxWords: 80,
    },
    // An election-results widget in the story: "Carrick Falls mayor: Live results [table of
    // candidates, shares and votes] 94 of 94 precincts reporting. Source: …". A table, and the
    // count of precincts or constituencies reported, as a widget states it.
    {
      selectors: 'div, aside, section, figure',
      signal: /\b(?:\d[\d,]* of \d[\d,]* (?:precincts|wards|constituencies|seats|polling (?:stations|places)) (?:reporting|declared|counted))\b/i,
      contains: 'table',
      maxWords: 80,
    },
  ],
  maxWords: 80,
};
