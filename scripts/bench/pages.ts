/**
 * Which pages the benchmark reads: every *.html under --pages DIR (recursively), or by
 * default the fixtures (tests/fixtures/**\/source.html) plus the generated large pages.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { root } from '../lib/browser.ts';
import { generatePages } from './generate.ts';

export interface BenchPage {
  /** Short name for tables: the path under the folder, without source.html. */
  name: string;
  file: string;
  bytes: number;
  /** A fixture page (tests/fixtures): the "news page" set for the click timings. */
  fixture: boolean;
}

export const outDir = path.join(root, 'out/bench');
export const fixturesDir = path.join(root, 'tests/fixtures');

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...htmlFiles(p));
    else if (entry.isFile() && /\.html?$/i.test(entry.name)) out.push(p);
  }
  return out.sort();
}

function page(file: string, base: string, fixture: boolean): BenchPage {
  const rel = path.relative(base, file).split(path.sep).join('/');
  return { name: rel.replace(/\/source\.html$/, ''), file, bytes: statSync(file).size, fixture };
}

export function listPages(dir: string | null, generate = true): BenchPage[] {
  if (dir) {
    const base = path.resolve(dir);
    const files = htmlFiles(base);
    if (files.length === 0) throw new Error(`no .html files under ${base}`);
    return files.map((f) => page(f, base, false));
  }
  const fixtures = htmlFiles(fixturesDir)
    .filter((f) => path.basename(f) === 'source.html')
    .map((f) => page(f, fixturesDir, true));
  if (!generate) return fixtures;
  const generatedDir = path.join(outDir, 'pages');
  const generated = generatePages(generatedDir).map((f) => page(f, generatedDir, false));
  return [...fixtures, ...generated];
}
