/**
 * Page HTML reaches the screen in one place only: src/shared/safe-html.ts, which sanitizes
 * with DOMPurify. This scan fails on any other way to turn a string into live DOM, so a new
 * one cannot slip in unseen. Parsing into an inert document (DOMParser) is allowed only where
 * listed, and reading innerHTML is fine.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './helpers.ts';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|js|mjs|html)$/.test(name) ? [path] : [];
  });
}

const forbidden: Array<[RegExp, string]> = [
  [/\.(innerHTML|outerHTML)\s*\+?=(?!=)/, 'assigns innerHTML/outerHTML'],
  [/insertAdjacentHTML\s*\(/, 'calls insertAdjacentHTML'],
  [/document\.write(ln)?\s*\(/, 'calls document.write'],
  [/createContextualFragment\s*\(/, 'calls createContextualFragment'],
  [/setHTMLUnsafe|parseHTMLUnsafe/, 'uses the unsafe HTML setters'],
  [/\bsrcdoc\b(?!['"])/, 'sets srcdoc'],
  [/\beval\s*\(|new Function\s*\(/, 'evaluates strings as code'],
];

// Where DOMPurify may be called: the core (extraction output) and the render chokepoint.
const purifyAllowed = new Set(['src/core/extract.ts', 'src/shared/safe-html.ts']);
// Inert parsing (no scripts run, nothing loads) for Markdown and <noscript> images.
const domParserAllowed = new Set(['src/core/format.ts', 'src/core/noscript-images.ts']);

describe('the one HTML chokepoint', () => {
  const files = sources(join(ROOT, 'src'));

  it('finds the sources it scans', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('has no other way of writing HTML into a document', () => {
    const found: string[] = [];
    for (const file of files) {
      const rel = relative(ROOT, file).replaceAll('\\', '/');
      readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
        if (/^\s*(\/\/|\*)/.test(line)) return;
        for (const [pattern, what] of forbidden) if (pattern.test(line)) found.push(`${rel}:${i + 1} ${what}`);
        if (/DOMPurify\.sanitize|purify\.sanitize/.test(line) && !purifyAllowed.has(rel)) found.push(`${rel}:${i + 1} sanitizes outside the chokepoint`);
        if (/new\s+\S*DOMParser\s*\(/.test(line) && !domParserAllowed.has(rel)) found.push(`${rel}:${i + 1} parses HTML outside the allowed places`);
      });
    }
    expect(found).toEqual([]);
  });

  it('catches a raw write when there is one', () => {
    const line = 'el.innerHTML = html;';
    expect(forbidden.some(([p]) => p.test(line))).toBe(true);
    expect(forbidden.some(([p]) => p.test('const x = el.innerHTML;'))).toBe(false);
    expect(forbidden.some(([p]) => p.test('if (a.innerHTML === b) {}'))).toBe(false);
  });
});
