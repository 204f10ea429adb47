// Builds the Chrome and the Firefox extension from the one manifest.json:
// dist/chrome/ and dist/firefox/. Usage: node scripts/build.mjs [chrome|firefox]...
import { build } from 'vite';
import { readFileSync, writeFileSync } from 'node:fs';

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

for (const target of targets) {
  if (target !== 'chrome' && target !== 'firefox') {
    console.error(`unknown target ${target}: use chrome or firefox`);
    process.exit(2);
  }
  process.env.TARGET = target;
  await build({ configFile: 'vite.config.ts', logLevel: 'warn', mode: 'production' });
  finishManifest(target);
  console.log(`built dist/${target}/`);
}
