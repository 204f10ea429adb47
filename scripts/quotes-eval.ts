/**
 * Quote finding and attribution, measured on every labelled fixture (tests/fixtures/<site>/<case>/).
 *
 *   npm run --silent quotes:eval
 *
 * Per fixture and overall, and grouped by round: the folder-name prefix says when a story was
 * written. "heldout-a-" to "heldout-e-" are the blind held-out rounds (labelled by hand before
 * the eval was ever run on them; their first figures are in tests/fixtures/quotes/HELDOUT.md),
 * "unseen-" the earlier stories labelled before the rewrite (since tuned on), anything else "seen".
 * Precision, recall and F1 of quote
 * text (exact match of the characters between the marks), speaker accuracy on the matched quotes
 * (exact, case-insensitive, a leading article ignored), and time per story: the median over
 * repeated runs of extractQuotes() alone and of the whole extract(), with jsdom already parsed.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { extract } from '../src/core/extract.ts';
import { extractQuotes } from '../src/core/quotes.ts';
import { blockquoteParagraphs } from '../src/core/quote-blocks.ts';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'fixtures');
const RUNS = 30;

interface Labelled {
  text: string;
  speaker: string | null;
}
interface Row {
  name: string;
  split: string;
  tp: number;
  fp: number;
  fn: number;
  speakerOk: number;
  misses: string[];
  quoteMs: number;
  extractMs: number;
}

/** The round a story belongs to, from its folder name (see the header). */
const ROUNDS = ['heldout-a', 'heldout-b', 'heldout-c', 'heldout-d', 'heldout-e', 'heldout-f', 'heldout-g', 'heldout-h', 'heldout-i', 'heldout-j', 'heldout-k', 'heldout-l', 'heldout-m', 'heldout-n', 'heldout-o', 'heldout-p', 'heldout-q', 'heldout-r', 'heldout-s', 'heldout-t', 'heldout-u', 'heldout-v', 'heldout-w', 'unseen', 'seen'] as const;
const roundOf = (name: string): string => ROUNDS.find((r) => r !== 'seen' && name.startsWith(`${r}-`)) ?? 'seen';
const dirs = (d: string): string[] => readdirSync(d).filter((n) => statSync(join(d, n)).isDirectory()).sort();
const speakerKey = (s: string | null): string => (s ?? '').toLowerCase().replace(/^(an?|the|one)\s+/, '').trim();
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? ((s[(s.length - 1) >> 1] ?? 0) + (s[s.length >> 1] ?? 0)) / 2 : 0;
};

function score(got: Labelled[], want: Labelled[], row: Row): void {
  const left = [...got];
  for (const w of want) {
    const at = left.findIndex((g) => g.text === w.text);
    if (at < 0) {
      row.fn++;
      row.misses.push(`  missed  ${JSON.stringify(w.text.slice(0, 70))}`);
      continue;
    }
    const [g] = left.splice(at, 1);
    row.tp++;
    if (speakerKey(g?.speaker ?? null) === speakerKey(w.speaker)) row.speakerOk++;
    else row.misses.push(`  speaker ${JSON.stringify(w.text.slice(0, 50))}: got ${g?.speaker ?? 'null'}, want ${w.speaker ?? 'null'}`);
  }
  row.fp += left.length;
  for (const g of left) row.misses.push(`  extra   ${JSON.stringify(g.text.slice(0, 70))}`);
}

const rows: Row[] = [];
for (const site of dirs(FIXTURES)) {
  for (const name of dirs(join(FIXTURES, site))) {
    const dir = join(FIXTURES, site, name);
    if (!existsSync(join(dir, 'source.html')) || !existsSync(join(dir, 'expected.json'))) continue;
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { url: string; error?: string; quotes?: Labelled[]; split?: string };
    if (expected.error || !expected.quotes) continue; // not labelled for quotes
    const doc = new JSDOM(readFileSync(join(dir, 'source.html'), 'utf8'), { url: expected.url }).window.document;
    const row: Row = { name: `${site}/${name}`, split: roundOf(name), tp: 0, fp: 0, fn: 0, speakerOk: 0, misses: [], quoteMs: 0, extractMs: 0 };
    const first = extract(doc, expected.url);
    if (!first.ok) throw new Error(`${row.name}: ${first.message}`);
    score(first.article.quotes, expected.quotes ?? [], row);
    const { paragraphs, content } = first.article;
    const holder = doc.createElement('div');
    holder.innerHTML = content;
    const blocks = blockquoteParagraphs(holder, paragraphs);
    const qt: number[] = [];
    const et: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      let t = performance.now();
      extractQuotes(paragraphs, blocks);
      qt.push(performance.now() - t);
      t = performance.now();
      extract(doc, expected.url);
      et.push(performance.now() - t);
    }
    row.quoteMs = median(qt);
    row.extractMs = median(et);
    rows.push(row);
  }
}

const pct = (n: number, d: number): string => (d === 0 ? '   – ' : `${(n / d).toFixed(3)}`);
function line(label: string, rs: Row[]): string {
  const tp = rs.reduce((s, r) => s + r.tp, 0);
  const fp = rs.reduce((s, r) => s + r.fp, 0);
  const fn = rs.reduce((s, r) => s + r.fn, 0);
  const ok = rs.reduce((s, r) => s + r.speakerOk, 0);
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  const qms = median(rs.map((x) => x.quoteMs)).toFixed(3);
  const ems = median(rs.map((x) => x.extractMs)).toFixed(1);
  return `${label.padEnd(50)} ${String(tp + fn).padStart(4)} ${p.toFixed(3)} ${r.toFixed(3)} ${f1.toFixed(3)}  ${pct(ok, tp).padStart(5)}  ${qms.padStart(7)} ${ems.padStart(7)}`;
}

const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');
console.log(`${'fixture'.padEnd(50)} gold  prec   rec    F1    spkr  quotesMs extractMs`);
for (const r of rows) {
  console.log(line(`${r.name}${r.split === 'seen' ? '' : ` (${r.split})`}`, [r]));
  if (verbose) for (const m of r.misses) console.log(m);
}
console.log('-'.repeat(110));
for (const round of ROUNDS) {
  const rs = rows.filter((r) => r.split === round);
  if (!rs.length) continue;
  console.log(line(round, rs));
  // A round whose stories sit in several folders (quote round C and clutter round C) also per folder.
  const sites = [...new Set(rs.map((r) => r.name.split('/')[0] ?? ''))];
  if (round !== 'seen' && sites.length > 1) for (const site of sites) console.log(line(`  ${round} in ${site}/`, rs.filter((r) => r.name.startsWith(`${site}/`))));
}
console.log(line('all', rows));
console.log('\nms = median per story over ' + RUNS + ' in-process runs (jsdom already parsed); quotesMs = extractQuotes() only.');
