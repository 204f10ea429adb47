/**
 * Golden files: every format of every fixture article, as a person reviewed it, in
 * tests/golden/<site>/<case>.{txt,md,quotes.txt}. A missing or changed output fails; to
 * accept a change, run `UPDATE_GOLDEN=1 npm run test:unit` and review the diff before
 * committing. Nothing is ever written silently.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { extract } from '../../src/core/extract.ts';
import { toMarkdown, toPlainText } from '../../src/core/format.ts';
import { toQuoteCitation } from '../../src/core/format-quote.ts';
import { ROOT, domOf, listFixtures } from './helpers.ts';

const update = process.env.UPDATE_GOLDEN === '1';

function golden(file: string, actual: string): void {
  const path = join(ROOT, 'tests', 'golden', file);
  if (update) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) throw new Error(`no golden file ${file}: run UPDATE_GOLDEN=1 npm run test:unit, then review it`);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

for (const f of listFixtures().filter((x) => !x.expected.error)) {
  describe(`golden ${f.site}/${f.name}`, () => {
    const doc = domOf(f.html, f.expected.url);
    const result = extract(doc, f.expected.url);
    if (!result.ok) throw new Error('no article');
    const a = result.article;
    it('plain text', () => golden(`${f.site}/${f.name}.txt`, toPlainText(a)));
    it('Markdown', () => golden(`${f.site}/${f.name}.md`, toMarkdown(a, doc)));
    it('quote citations', () => golden(`${f.site}/${f.name}.quotes.txt`, a.quotes.map((q) => `${toQuoteCitation(q, a)}\n`).join('')));
    it('follows the text hygiene rules', () => {
      for (const out of [toPlainText(a), toMarkdown(a, doc)]) {
        expect(out).not.toMatch(/[\u00AD\u200B-\u200D\u2060\uFEFF\u00A0]/);
        expect(out).not.toMatch(/\n{3,}/);
        expect(out).not.toMatch(/\S {2,}\S/);
        expect(out.endsWith('\n') && !out.endsWith('\n\n')).toBe(true);
      }
    });
  });
}
