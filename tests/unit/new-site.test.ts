import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { register } from '../../scripts/new-site.ts';
import { ROOT, FIXTURES } from './helpers.ts';

describe('register', () => {
  it('adds the import and appends the rule to the ordered list', () => {
    const src = "import type { SiteRule } from './types.ts';\nimport { dawn } from './dawn.ts';\n\nexport const siteRules: readonly SiteRule[] = [dawn];\n";
    const out = register(src, 'the-hindu');
    expect(out).toContain("import { dawn } from './dawn.ts';\nimport { theHindu } from './the-hindu.ts';");
    expect(out).toContain('= [dawn, theHindu];');
  });
});

describe('npm run new-site', () => {
  const root = mkdtempSync(join(tmpdir(), 'new-site-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'src', 'sites'), { recursive: true });
  for (const f of ['index.ts', 'types.ts']) cpSync(join(ROOT, 'src', 'sites', f), join(root, 'src', 'sites', f));
  const page = join(FIXTURES, 'generic', 'unseen-wordpress', 'source.html');

  it('scaffolds a rule, registers it and writes a fixture marked for review', () => {
    execFileSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'scripts', 'new-site.ts'), 'dales-herald', page, '--case', 'bakery', '--root', root], {
      stdio: 'pipe',
      timeout: 60_000,
    });
    const rule = readFileSync(join(root, 'src', 'sites', 'dales-herald.ts'), 'utf8');
    expect(rule).toContain("id: 'dales-herald'");
    expect(rule).toContain('hosts: ["dalesherald.example.co.uk"]');
    expect(readFileSync(join(root, 'src', 'sites', 'index.ts'), 'utf8')).toMatch(/import \{ dalesHerald \} from '\.\/dales-herald\.ts';[\s\S]*dalesHerald\]/);
    const dir = join(root, 'tests', 'fixtures', 'dales-herald', 'bakery');
    expect(readFileSync(join(dir, 'source.html'), 'utf8')).toBe(readFileSync(page, 'utf8'));
    const e = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, unknown>;
    expect(e.review).toMatch(/^SCAFFOLD/);
    expect(e.title).toBe('Village bakery saved by community share offer');
    expect((e.paragraphs as string[]).length).toBeGreaterThan(5);
    expect(e.clutter).toEqual([]);
  }, 90_000);

  it('refuses an id that exists and a bad id', () => {
    const run = (id: string): number => {
      try {
        execFileSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'scripts', 'new-site.ts'), id, page, '--root', root], { stdio: 'pipe', timeout: 60_000 });
        return 0;
      } catch (e) {
        return (e as { status: number }).status;
      }
    };
    expect(run('dales-herald')).toBe(2);
    expect(run('Bad_Id')).toBe(2);
    expect(existsSync(join(root, 'src', 'sites', 'Bad_Id.ts'))).toBe(false);
  }, 90_000);
});
