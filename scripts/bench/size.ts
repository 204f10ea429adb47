/**
 * Sizes of the built extension's scripts, raw and gzipped (node:zlib, level 9). The injected
 * script is parsed and compiled in the page on the first click, so its size is paid on
 * every page a person reads.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromeBuild, root } from '../lib/browser.ts';

/**
 * The built file of the script src/shared/inject.ts injects (`import … from
 * '../content/NAME.ts?script&iife'`), so a rename of the content script is followed.
 */
export function injectedScript(): string {
  const inject = readFileSync(path.join(root, 'src/shared/inject.ts'), 'utf8');
  const name = /from '\.\.\/content\/([\w-]+)\.ts\?script/.exec(inject)?.[1] ?? 'main';
  return path.join(chromeBuild, 'src/content', `${name}.js`);
}

export interface FileSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export function sizeOf(file: string): FileSize {
  const buf = readFileSync(file);
  return { file: path.relative(chromeBuild, file), bytes: buf.length, gzipBytes: gzipSync(buf, { level: 9 }).length };
}

function jsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...jsFiles(p));
    else if (name.endsWith('.js')) out.push(p);
  }
  return out.sort();
}

/** Every .js file in dist/chrome, largest first. */
export function builtSizes(): FileSize[] {
  return jsFiles(chromeBuild)
    .map(sizeOf)
    .sort((a, b) => b.bytes - a.bytes);
}
