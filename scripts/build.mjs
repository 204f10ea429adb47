// Builds the Chrome and the Firefox extension from the one manifest.json:
// dist/chrome/ and dist/firefox/. Usage: node scripts/build.mjs [chrome|firefox]...
import { build } from 'vite';
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const targets = process.argv.slice(2).length ? process.argv.slice(2) : ['chrome', 'firefox'];

/**
 * crxjs lists the injected script as a web-accessible resource for every site, which would
 * let any page probe for the extension by fetching it. scripting.executeScript does not
 * need that, so the entry goes. Each browser also gets only its own manifest keys.
 */
function finishManifest(target) {
  const file = `dist/${target}/manifest.json`;
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  delete manifest.web_accessible_resources;
  if (target === 'chrome') delete manifest.browser_specific_settings;
  if (target === 'firefox') delete manifest.minimum_chrome_version;
  writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
}

function filesIn(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? filesIn(p) : [p];
  });
}

/**
 * crxjs also emits the injected script as an ES module chunk (assets/content-script.ts-*.js,
 * 125 kB) that nothing loads: the IIFE in src/content/ is what goes into pages. A script in
 * assets/ that no other file names is dead weight in the package, so it goes.
 */
function dropUnreferenced(target) {
  const dist = `dist/${target}`;
  const all = filesIn(dist);
  const texts = all.filter((f) => /\.(js|html|json|css)$/.test(f)).map((f) => [f, readFileSync(f, 'utf8')]);
  for (const file of all.filter((f) => f.startsWith(path.join(dist, 'assets')) && f.endsWith('.js'))) {
    const name = path.basename(file);
    if (!texts.some(([other, text]) => other !== file && text.includes(name))) rmSync(file);
  }
}

for (const target of targets) {
  if (target !== 'chrome' && target !== 'firefox') {
    console.error(`unknown target ${target}: use chrome or firefox`);
    process.exit(2);
  }
  process.env.TARGET = target;
  await build({ configFile: 'vite.config.ts', logLevel: 'warn', mode: 'production' });
  finishManifest(target);
  dropUnreferenced(target);
  console.log(`built dist/${target}/`);
}
