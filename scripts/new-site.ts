/**
 * Scaffold a site rule from a saved page:
 *
 *   npm run new-site -- <id> <saved-page.html> [--case <name>] [--url <URL>] [--root <dir>]
 *
 * Writes src/sites/<id>.ts (an empty rule: hosts and an example URL from the page's
 * canonical link or og:url), registers it at the end of src/sites/index.ts, and creates
 * tests/fixtures/<id>/<case>/ with the page copied to source.html and an expected.json
 * filled from a first extraction. That expected.json carries a "review" field: the fixture
 * test fails until a person has checked every field, listed the clutter strings and
 * deleted the field. --root points at another checkout (the unit test uses a temp copy).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extract } from '../src/core/extract.ts';
import { canonicalUrl, hostOf } from '../src/core/select-rule.ts';

const USAGE = 'usage: new-site <id> <saved-page.html> [--case <name>] [--url <URL>] [--root <dir>]';

function fail(msg: string): never {
  process.stderr.write(`${msg}\n${USAGE}\n`);
  process.exit(2);
}

function parse(argv: string[]): { id: string; file: string; caseName: string | null; url: string | null; root: string } {
  const pos: string[] = [];
  const opt: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--') continue;
    if (a.startsWith('--')) {
      const v = argv[++i];
      if (v === undefined) fail(`${a} needs a value`);
      opt[a.slice(2)] = v;
    } else pos.push(a);
  }
  const [id, file] = pos;
  if (!id || !file) fail('need an id and a saved page');
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) fail(`id must be lower-case words joined by "-": ${id}`);
  const root = opt.root ? resolve(opt.root) : join(dirname(fileURLToPath(import.meta.url)), '..');
  return { id, file, caseName: opt.case ?? null, url: opt.url ?? null, root };
}

const camel = (id: string): string => id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase()).replace(/^(\d)/, '_$1');

function ruleSource(id: string, name: string, host: string, url: string, file: string): string {
  return `import type { SiteRule } from './types.ts';

/**
 * ${host}. Scaffolded by \`npm run new-site\` from ${file.split('/').pop()}.
 * TODO(${new Date().toISOString().slice(0, 10)}): fill in container, remove, removeText, cutFrom and meta,
 * each with a "why" comment naming the page or note that shows it.
 */
export const ${camel(id)}: SiteRule = {
  id: '${id}',
  name: ${JSON.stringify(name)},
  hosts: [${JSON.stringify(host)}],
  container: [],
  remove: [],
  removeText: [],
  examples: [${JSON.stringify(url)}],
};
`;
}

/** Adds the import after the last import and the rule at the end of the ordered list. */
export function register(index: string, id: string): string {
  const ident = camel(id);
  const imports = [...index.matchAll(/^import .*;$/gm)];
  const last = imports[imports.length - 1];
  if (!last || last.index === undefined) throw new Error('src/sites/index.ts: no import lines');
  const at = last.index + last[0].length;
  let out = `${index.slice(0, at)}\nimport { ${ident} } from './${id}.ts';${index.slice(at)}`;
  const list = /(export const siteRules[^=]*=\s*\[)([\s\S]*?)\s*,?\s*\]/;
  if (!list.test(out)) throw new Error('src/sites/index.ts: siteRules list not found');
  out = out.replace(list, (_m, head: string, items: string) => `${head}${items}${items.trim() ? ', ' : ''}${ident}]`);
  return out;
}

function main(): void {
  const { id, file, caseName, url: urlArg, root } = parse(process.argv.slice(2));
  const ruleFile = join(root, 'src', 'sites', `${id}.ts`);
  if (existsSync(ruleFile)) fail(`${ruleFile} exists already`);
  let html: string;
  try {
    html = readFileSync(file, 'utf8');
  } catch {
    fail(`cannot read ${file}`);
  }
  const quiet = new VirtualConsole();
  const probe = new JSDOM(html, { url: 'https://example.invalid/', virtualConsole: quiet }).window.document;
  const url = urlArg ?? canonicalUrl(probe, 'https://example.invalid/');
  const host = hostOf(url);
  if (!url || !host || host === 'example.invalid') fail('the page has no canonical link or og:url: pass --url');
  const doc = new JSDOM(html, { url, virtualConsole: quiet }).window.document;
  const siteName = doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content')?.trim() || host;

  writeFileSync(ruleFile, ruleSource(id, siteName, host, url, file));
  const indexFile = join(root, 'src', 'sites', 'index.ts');
  writeFileSync(indexFile, register(readFileSync(indexFile, 'utf8'), id));

  const name = caseName ?? (new URL(url).pathname.split('/').filter(Boolean).pop() ?? 'page').replace(/\.[a-z]+$/, '').replace(/[^a-z0-9]+/gi, '-').toLowerCase().slice(0, 50);
  const dir = join(root, 'tests', 'fixtures', id, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'source.html'), html);
  const r = extract(doc, url);
  const a = r.ok ? r.article : null;
  const expected = {
    url,
    review:
      'SCAFFOLD: filled from a first extraction before the rule had any selectors. Check title, byline, published (ISO 8601 with the site offset) and every paragraph against the page; list clutter strings the page shows; then delete this field.',
    title: a?.title ?? '',
    byline: a?.byline ?? null,
    published: a?.published ?? null,
    siteName: a?.siteName ?? siteName,
    paywalled: a?.paywalled ?? false,
    paragraphs: a?.paragraphs ?? [],
    clutter: [],
    quotes: a?.quotes.map(({ text, speaker }) => ({ text, speaker })) ?? [],
    notes: r.ok ? '' : `first extraction: ${r.error}`,
  };
  writeFileSync(join(dir, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
  process.stdout.write(`wrote ${ruleFile}\nregistered ${id} in ${indexFile}\nwrote ${dir}/source.html and expected.json (review it)\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
