import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteRules } from '../../src/sites/index.ts';
import type { SiteRule } from '../../src/sites/types.ts';
import { hostOf, ruleForHost } from '../../src/core/select-rule.ts';
import { FIXTURES, ROOT, domOf } from './helpers.ts';

// Keeps the site registry honest (architecture.md, practice 1).
const SITES = join(ROOT, 'src', 'sites');
const ruleFiles = readdirSync(SITES)
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'types.ts' && !f.endsWith('.test.ts'))
  .map((f) => f.replace(/\.ts$/, ''));

describe('site registry', () => {
  it('registers every rule file, once, with id equal to the file name', async () => {
    expect(siteRules.map((r) => r.id).sort()).toEqual([...ruleFiles].sort());
    for (const file of ruleFiles) {
      const mod = (await import(join(SITES, `${file}.ts`))) as Record<string, SiteRule>;
      const rules = Object.values(mod).filter((v) => v && typeof v === 'object' && 'id' in v);
      expect(rules.map((r) => r.id)).toEqual([file]);
      expect(siteRules).toContain(rules[0]);
    }
  });

  for (const rule of siteRules) {
    describe(rule.id, () => {
      it('has at least one fixture folder', () => {
        const dir = join(FIXTURES, rule.id);
        expect(existsSync(dir)).toBe(true);
        expect(readdirSync(dir).some((c) => existsSync(join(dir, c, 'source.html')))).toBe(true);
      });

      it('has example URLs that select it', () => {
        expect(rule.examples.length).toBeGreaterThan(0);
        for (const u of rule.examples) expect(ruleForHost(hostOf(u))?.id).toBe(rule.id);
      });

      it('has selectors that parse and patterns that are RegExps', () => {
        const doc = domOf('<html><body></body></html>', 'https://example.com/');
        const selectors = [
          ...(rule.container ?? []),
          ...rule.remove,
          ...Object.values(rule.meta ?? {}).flatMap((v) => (Array.isArray(v) ? v.map((s) => s.selector) : [])),
          ...(rule.paywall?.selectors ?? []),
        ];
        for (const s of selectors) expect(() => doc.querySelector(s), s).not.toThrow();
        const metaPatterns = Object.values(rule.meta ?? {}).flatMap((v) => (Array.isArray(v) ? v.flatMap((s) => (s.pattern ? [s.pattern] : [])) : []));
        for (const re of [...rule.removeText, ...(rule.cutFrom ?? []), ...metaPatterns, ...(rule.paywall?.text ?? [])]) expect(re).toBeInstanceOf(RegExp);
        expect(rule.hosts.every((h) => h === h.toLowerCase() && !h.startsWith('www.'))).toBe(true);
      });
    });
  }
});
