import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT } from './helpers.ts';

const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
const run = (...args: string[]) => spawnSync(tsx, ['scripts/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

// Each case spawns tsx (about 1-2 s apiece, more on a busy machine).
describe('cli extract', { timeout: 60_000 }, () => {
  it('prints one JSON line per file, goes on after failures, exits 1 for an unreadable file', () => {
    const bs = join(FIXTURES, 'business-standard', 'iran-rejects-us-coalition', 'source.html');
    const dawn = join(FIXTURES, 'dawn', 'iran-rejects-us-request', 'source.html');
    const none = join(FIXTURES, 'generic', 'no-article', 'source.html');
    const missing = join(FIXTURES, 'does-not-exist.html');
    const r = run('extract', '--format', 'json', bs, dawn, none, missing);
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({
      file: bs,
      url: 'https://www.business-standard.com/article/pti-stories/iran-rejects-us-led-coalition-against-jihadists-114091501225_1.html',
      title: 'Iran rejects US-led coalition against jihadists',
      byline: 'AFP',
      siteName: 'Business Standard',
      published: '2014-09-15T20:36:00+05:30',
      lang: 'en',
    });
    expect(Object.keys(lines[0] ?? {})).toEqual(['file', 'url', 'title', 'byline', 'siteName', 'published', 'lang', 'dir', 'text', 'quotes', 'removed', 'ms']);
    expect(typeof lines[0]?.ms).toBe('number');
    expect(String(lines[0]?.text).split('\n\n')).toHaveLength(10);
    expect(lines[1]).toMatchObject({ file: dawn, url: 'https://www.dawn.com/news/1132186', siteName: 'DAWN.COM' });
    expect((lines[1]?.quotes as unknown[]).length).toBe(6);
    expect(lines[2]).toEqual({ file: none, error: 'no-article' });
    expect(lines[3]).toEqual({ file: missing, error: 'unreadable' });
  });

  it('uses --url when given', () => {
    const dawn = join(FIXTURES, 'dawn', 'iran-rejects-us-request', 'source.html');
    const r = run('extract', '--url', 'https://www.dawn.com/news/999', dawn);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ url: 'https://www.dawn.com/news/999' });
  });

  it("resolves the story's links against its canonical URL, not the file's", () => {
    const prose = 'The harbour board met on Tuesday and agreed to rebuild the north pier before the winter storms arrive, at a cost the council has not yet published in full.';
    const page = `<!doctype html><html lang="en"><head><title>Pier to be rebuilt</title>
      <link rel="canonical" href="https://news.example.org/local/2026/pier-rebuilt"></head>
      <body><article><h1>Pier to be rebuilt</h1>
      ${Array.from({ length: 6 }, (_, i) => `<p>${prose} Paragraph ${i + 1}.</p>`).join('')}
      <p>The full plan is in <a href="../docs/pier-plan">the board's papers</a>, which run to ninety pages and were circulated on Monday.</p>
      </article></body></html>`;
    const dir = mkdtempSync(join(tmpdir(), 'declutter-cli-'));
    const file = join(dir, 'page.html');
    writeFileSync(file, page);
    try {
      const json = run('extract', file);
      expect(json.status).toBe(0);
      expect(JSON.parse(json.stdout)).toMatchObject({ url: 'https://news.example.org/local/2026/pier-rebuilt', title: 'Pier to be rebuilt' });
      const md = run('extract', '--format', 'markdown', file);
      expect(md.stdout).toContain('](https://news.example.org/local/docs/pier-plan)');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 2 with usage on stderr for unusable arguments', () => {
    for (const args of [['extract', '--bogus', 'x.html'], ['--bogus'], ['extract', '--format', 'pdf', 'x.html']]) {
      const r = run(...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('usage:');
      expect(r.stdout).toBe('');
    }
  });
});
