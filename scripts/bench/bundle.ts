/**
 * Bundles in-page.ts with vite's build API (library mode, one IIFE file) into
 * out/bench/bench.js, with a source map so CPU profiles point back into src/.
 * Not minified, like the extension build (vite.config.ts), so the code matches.
 */
import path from 'node:path';
import { build } from 'vite';
import { root } from '../lib/browser.ts';
import { outDir } from './pages.ts';

export const benchBundle = path.join(outDir, 'bench.js');

export async function buildBenchBundle(): Promise<string> {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    mode: 'production',
    publicDir: false,
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: false,
      sourcemap: true,
      lib: {
        entry: path.join(import.meta.dirname, 'in-page.ts'),
        formats: ['iife'],
        name: '__benchModule',
        fileName: () => 'bench.js',
      },
    },
  });
  return benchBundle;
}
