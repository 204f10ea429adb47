import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { genericRules } from '../../src/core/generic/index.ts';
import { genericClean } from '../../src/core/generic-clean.ts';
import type { Removal } from '../../src/core/types.ts';
import { FIXTURES, ROOT, domOf, norm } from './helpers.ts';

// Generic clutter rules are data (src/core/generic/<id>.ts); each has a fixture,
// tests/fixtures/generic/rules/<id>.html, whose [data-expect=gone] blocks the rule must take
// and whose [data-expect=kept] blocks (prose carrying the same signal words) must stay.
const DIR = join(ROOT, 'src', 'core', 'generic');
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'types.ts')
  .map((f) => f.replace(/\.ts$/, ''));

describe('generic rule registry', () => {
  it('registers every rule file once, id equal to the file name', () => {
    expect(genericRules.map((r) => r.id).sort()).toEqual([...files].sort());
  });
});

for (const rule of genericRules) {
  describe(`generic:${rule.id}`, () => {
    const path = join(FIXTURES, 'generic', 'rules', `${rule.id}.html`);

    it('has selectors that parse and patterns that are RegExps', () => {
      const doc = domOf('<html><body></body></html>', 'https://example.com/');
      for (const c of rule.when) {
        expect(() => doc.querySelector(c.selectors), c.selectors).not.toThrow();
        if (c.signal) expect(c.signal).toBeInstanceOf(RegExp);
      }
      for (const re of [rule.require, rule.boilerplate]) if (re) expect(re).toBeInstanceOf(RegExp);
    });

    it('takes what its fixture marks gone, keeps what it marks kept, and logs itself', () => {
      expect(existsSync(path), `fixture ${path}`).toBe(true);
      const doc = domOf(`<html><body>${readFileSync(path, 'utf8')}</body></html>`, 'https://example.com/story');
      const gone = Array.from(doc.querySelectorAll('[data-expect="gone"]')).map((e) => norm(e.textContent ?? ''));
      const kept = Array.from(doc.querySelectorAll('[data-expect="kept"]')).map((e) => norm(e.textContent ?? ''));
      expect(gone.length).toBeGreaterThan(0);
      expect(kept.length).toBeGreaterThan(0);
      const removed: Removal[] = [];
      genericClean(doc.body, removed, [rule]);
      const after = norm(doc.body.textContent ?? '');
      expect(doc.querySelectorAll('[data-expect="gone"]').length, 'a gone block is still there').toBe(0);
      for (const g of gone) if (g) expect(after).not.toContain(g);
      for (const k of kept) expect(after, 'prose was taken').toContain(k);
      expect(removed.every((r) => r.rule === `generic:${rule.id}`)).toBe(true);
    });
  });
}
