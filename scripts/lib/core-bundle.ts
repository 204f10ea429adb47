/**
 * The extraction core as one plain script for a page (window.DeclutterCore), so a test can
 * run it in another browser's DOM without the extension's privileges: the Firefox smoke
 * test uses it. Built with vite's library mode into out/core-bundle.js.
 */
import { build } from 'vite';
import path from 'node:path';
import { root } from './browser';

export const coreBundlePath = path.join(root, 'out/core-bundle/core.js');

export async function buildCoreBundle(): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: path.dirname(coreBundlePath),
      emptyOutDir: true,
      minify: false,
      lib: {
        entry: path.join(root, 'scripts/lib/core-entry.ts'),
        formats: ['iife'],
        name: 'DeclutterCore',
        fileName: () => 'core.js',
      },
    },
  });
  return coreBundlePath;
}
