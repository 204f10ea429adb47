/**
 * Command line for the extraction core, in one Node process for all files:
 *
 *   npm run --silent cli -- extract [--url URL] [--format json|text|markdown] FILE...
 *
 * json (default): one JSON object per line per file. Without --url the page's canonical
 * link / og:url gives the URL (and so the site rule), else the file:// URL.
 * Exit: 2 for unusable arguments, 1 if any file was unreadable, else 0 (no-article is a result).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extract } from '../src/core/extract.ts';
import { canonicalUrl } from '../src/core/select-rule.ts';
import { toMarkdown, toPlainText } from '../src/core/format.ts';

const USAGE = 'usage: cli extract [--url URL] [--format json|text|markdown] FILE...';
type Format = 'json' | 'text' | 'markdown';

function fail(msg: string): never {
  process.stderr.write(`${msg}\n${USAGE}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): { url: string | null; format: Format; files: string[] } {
  const [cmd, ...rest] = argv;
  if (cmd !== 'extract') fail(cmd ? `unknown command: ${cmd}` : 'missing command');
  let url: string | null = null;
  let format: Format = 'json';
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i] ?? '';
    if (a === '--url' || a === '--format') {
      const v = rest[++i];
      if (v === undefined) fail(`${a} needs a value`);
      if (a === '--url') {
        if (!URL.canParse(v)) fail(`not a URL: ${v}`);
        url = v;
      } else if (v === 'json' || v === 'text' || v === 'markdown') format = v;
      else fail(`unknown format: ${v}`);
    } else if (a === '--') continue;
    else if (a.startsWith('-')) fail(`unknown option: ${a}`);
    else files.push(a);
  }
  if (files.length === 0) fail('no input files');
  return { url, format, files };
}

/** jsdom reports every stylesheet it cannot parse; real pages have many. Keep stderr for us. */
const quiet = new VirtualConsole();

function main(): void {
  const { url, format, files } = parseArgs(process.argv.slice(2));
  let unreadable = false;
  for (const file of files) {
    let html: string;
    try {
      html = readFileSync(file, 'utf8');
    } catch {
      unreadable = true;
      process.stdout.write(`${JSON.stringify({ file, error: 'unreadable' })}\n`);
      continue;
    }
    const fileUrl = pathToFileURL(resolve(file)).href;
    // Parse once at the file URL, read the canonical link, then move the document to the
    // page's own URL (links resolve against it) instead of parsing the file again.
    const dom = new JSDOM(html, { url: url ?? fileUrl, virtualConsole: quiet });
    const pageUrl = url ?? canonicalUrl(dom.window.document, fileUrl) ?? fileUrl;
    if (pageUrl !== (url ?? fileUrl)) dom.reconfigure({ url: pageUrl });
    const doc = dom.window.document;
    const t0 = performance.now();
    const result = extract(doc, pageUrl);
    const ms = Math.round((performance.now() - t0) * 100) / 100;
    if (!result.ok) {
      // A step that threw says where, for whoever reads the log; the run goes on.
      const where = result.error === 'failed' ? { stage: result.stage, rule: result.rule, cause: result.cause } : {};
      process.stdout.write(`${JSON.stringify({ file, error: result.error, ...where })}\n`);
      continue;
    }
    const a = result.article;
    if (format === 'text') process.stdout.write(toPlainText(a));
    else if (format === 'markdown') process.stdout.write(toMarkdown(a, doc));
    else {
      const { title, byline, siteName, published, lang, dir, removed } = a;
      const quotes = a.quotes.map(({ text, speaker }) => ({ text, speaker }));
      const line = { file, url: a.url, title, byline, siteName, published, lang, dir, text: a.paragraphs.join('\n\n'), quotes, removed, ms };
      process.stdout.write(`${JSON.stringify(line)}\n`);
    }
  }
  process.exitCode = unreadable ? 1 : 0;
}

main();
