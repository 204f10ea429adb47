/**
 * Extraction quality on the fixture pages, Declutter against bare Readability:
 *
 *   npm run --silent quality [-- --diff] [-- --only <site>/<case>] [-- --generic-only]
 *
 * Runs the same core as the CLI (jsdom at the page's URL, extract()) over every
 * tests/fixtures/<site>/<case>/ that lists paragraphs, and bare Readability (no site rule,
 * no generic clean) on the same page. Per page it prints paragraph recall (expected
 * paragraphs found verbatim, after the fixture README's normalisation), clutter leaks
 * (expected.clutter strings in the output) and word-level precision/recall: the output's
 * tokens against the expected paragraphs' tokens, as a multiset overlap. Tokens of the
 * title and of the page's `neutral` strings (captions, standfirsts, time labels: allowed
 * either way) are taken out of the output first, for both extractors alike.
 * Pages with `"heldOut": true` were labelled before the generic rules were tuned; they
 * are summed apart as "unseen"; generic/heldout-a-* and heldout-b-* (issue 3's blind rounds,
 * labelled before any change made for them) each get their own row, "heldout-a" / "heldout-b". `--diff` lists, for pages no site rule targets, every
 * paragraph one extractor kept and the other did not. `--generic-only` hides the site
 * rules' hosts (business-standard.com → business-standard.invalid), so the seed pages are
 * scored as if no rule knew them: the generic rules alone against Readability.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { extract } from '../src/core/extract.ts';
import { blockTexts } from '../src/core/text.ts';
import { siteRules } from '../src/sites/index.ts';

/** Rewrites every registered host so that no site rule applies. */
function hideHosts(s: string): string {
  for (const h of siteRules.flatMap((r) => r.hosts)) s = s.replaceAll(h, h.replace(/\.[a-z]+$/, '.invalid'));
  return s;
}

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'fixtures');
const quiet = new VirtualConsole();

interface Expected {
  url: string;
  heldOut?: boolean;
  title?: string;
  paragraphs?: string[];
  clutter?: string[];
  neutral?: string[];
}
interface Output {
  paragraphs: string[];
  title: string;
}
interface Score {
  paraRecall: number;
  leaks: string[];
  tp: number;
  out: number;
  gold: number;
}

const norm = (s: string): string => s.replace(/\u00AD/g, '').replace(/\s+/g, ' ').trim();
const tokens = (s: string): string[] => norm(s).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function counts(list: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of list) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

/**
 * Takes the tokens of `strings` out of `bag`, each string only where it occurs in `text`;
 * longest first, once per occurrence ("Image source, Morag MacNeil" and "Morag MacNeil" both
 * listed take her name out once, not twice; a live blog's "Tom Reeve" on every entry, each time).
 */
function subtract(bag: Map<string, number>, text: string, strings: string[]): void {
  let left = text;
  for (const s of [...strings].sort((x, y) => norm(y).length - norm(x).length)) {
    if (!s || !left.includes(norm(s))) continue;
    const times = left.split(norm(s)).length - 1;
    left = left.replaceAll(norm(s), '\n');
    for (let i = 0; i < times; i++) {
      for (const t of tokens(s)) {
        const n = bag.get(t) ?? 0;
        if (n > 0) bag.set(t, n - 1);
      }
    }
  }
}

function score(e: Expected, o: Output): Score {
  const got = o.paragraphs.map(norm);
  const text = norm([o.title, ...got].join('\n'));
  const body = norm(got.join('\n'));
  const paras = e.paragraphs ?? [];
  const found = paras.filter((p) => got.includes(norm(p))).length;
  const leaks = (e.clutter ?? []).filter((c) => text.includes(norm(c)));
  const bag = counts(tokens(body));
  // Title and neutral items are allowed in the output and count neither way: their tokens
  // come out of the bag where they stand outside the expected paragraphs (a credit "Morag
  // MacNeil" that also names a speaker in the story must not take the story's words).
  const goldSet = new Set(paras.map(norm));
  const rest = norm(got.filter((p) => !goldSet.has(p)).join('\n'));
  subtract(bag, rest, [e.title ?? '', ...(e.neutral ?? [])]);
  const gold = counts(paras.flatMap(tokens));
  let tp = 0;
  for (const [t, n] of gold) tp += Math.min(n, bag.get(t) ?? 0);
  const out = [...bag.values()].reduce((a, b) => a + b, 0);
  const goldN = [...gold.values()].reduce((a, b) => a + b, 0);
  return { paraRecall: paras.length ? found / paras.length : 1, leaks, tp, out, gold: goldN };
}

function ours(html: string, url: string): Output & { rule: string | null } {
  const doc = new JSDOM(html, { url, virtualConsole: quiet }).window.document;
  const r = extract(doc, url);
  return r.ok ? { paragraphs: r.article.paragraphs, title: r.article.title, rule: r.article.siteRule } : { paragraphs: [], title: '', rule: null };
}

function bare(html: string, url: string): Output {
  const win = new JSDOM(html, { url, virtualConsole: quiet }).window;
  const parsed = new Readability(win.document).parse();
  if (!parsed?.content) return { paragraphs: [], title: '' };
  const holder = win.document.createElement('div');
  holder.innerHTML = parsed.content;
  return { paragraphs: blockTexts(holder), title: parsed.title ?? '' };
}

const f2 = (x: number): string => x.toFixed(3);
const pr = (s: { tp: number; out: number; gold: number }): [number, number, number] => {
  const p = s.out ? s.tp / s.out : 0;
  const r = s.gold ? s.tp / s.gold : 0;
  return [p, r, p + r ? (2 * p * r) / (p + r) : 0];
};

function main(): void {
  const args = process.argv.slice(2);
  const diff = args.includes('--diff');
  const only = args[args.indexOf('--only') + 1];
  const rows: string[] = [];
  const sums: Record<string, { d: Score[]; b: Score[] }> = {};
  const diffs: string[] = [];
  const dirs = (d: string): string[] => readdirSync(d).filter((n) => statSync(join(d, n)).isDirectory()).sort();
  for (const site of dirs(FIXTURES)) {
    for (const name of dirs(join(FIXTURES, site))) {
      const dir = join(FIXTURES, site, name);
      if (!existsSync(join(dir, 'expected.json')) || !existsSync(join(dir, 'source.html'))) continue;
      if (args.includes('--only') && only !== `${site}/${name}`) continue;
      const e = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
      if (!e.paragraphs?.length) continue;
      let html = readFileSync(join(dir, 'source.html'), 'utf8');
      if (args.includes('--generic-only')) {
        html = hideHosts(html);
        e.url = hideHosts(e.url);
      }
      const o = ours(html, e.url);
      const b = bare(html, e.url);
      const d = score(e, o);
      const r = score(e, b);
      // Folders other than generic/ without a rule (e.g. quotes/) are their own set.
      // heldout-a-* / heldout-b-*: the two blind rounds of issue 3, each summed on its own.
      const round = site === 'generic' ? /^heldout-([a-z])-/.exec(name)?.[1] : undefined;
      const set = round ? `heldout-${round}` : e.heldOut ? 'unseen' : o.rule ? 'site rule' : site;
      (sums[set] ??= { d: [], b: [] }).d.push(d);
      sums[set].b.push(r);
      const [dp, dr] = pr(d);
      const [bp, br] = pr(r);
      rows.push(
        `| ${site}/${name} | ${set} | ${f2(d.paraRecall)} | ${d.leaks.length}/${e.clutter?.length ?? 0} | ${f2(dp)} | ${f2(dr)} | ${f2(bp)} | ${f2(br)} | ${r.leaks.length} |`,
      );
      if (d.leaks.length) rows.push(`|  ↳ leaks: ${d.leaks.map((l) => l.slice(0, 40)).join(' · ')} ||||||||`);
      if (diff && !o.rule) {
        const mine = new Set(o.paragraphs.map(norm));
        const theirs = new Set(b.paragraphs.map(norm));
        for (const p of theirs) if (!mine.has(p)) diffs.push(`${site}/${name}  only Readability: ${p.slice(0, 100)}`);
        for (const p of mine) if (!theirs.has(p)) diffs.push(`${site}/${name}  only Declutter:   ${p.slice(0, 100)}`);
      }
    }
  }
  console.log('| page | set | para recall | clutter leaks | Declutter P | Declutter R | Readability P | Readability R | Readability leaks |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) console.log(r);
  console.log('\n| set | pages | Declutter P / R / F1 | Readability P / R / F1 |\n| --- | --- | --- | --- |');
  const add = (xs: Score[]): { tp: number; out: number; gold: number } =>
    xs.reduce((a, x) => ({ tp: a.tp + x.tp, out: a.out + x.out, gold: a.gold + x.gold }), { tp: 0, out: 0, gold: 0 });
  for (const [set, s] of Object.entries(sums)) {
    console.log(`| ${set} | ${s.d.length} | ${pr(add(s.d)).map(f2).join(' / ')} | ${pr(add(s.b)).map(f2).join(' / ')} |`);
  }
  if (diff) console.log(`\nDifferences on pages without a site rule (${diffs.length}):\n${diffs.join('\n')}`);
}

main();
