/**
 * Broken and odd pages get a plain sentence, never a hang or a silent failure: pages too
 * large or too deep, documents that are not web pages, framesets, and the places browsers
 * keep extensions out of. And the overlay goes away when a single-page app moves on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launch, type Session } from '../../scripts/lib/browser';
import { serveFixtures, type ExtraPages, type FixtureServer } from '../../scripts/lib/serve';

const story = Array.from({ length: 8 }, (_, i) =>
  `<p>Paragraph ${i + 1} of a plain story about the town's new library, which opened on Saturday after two years of building work and a long argument about its cost, its design and where it should stand.</p>`,
).join('');

/** About 20 MB and well over the element limit: a story, then an endless comment thread. */
function hugePage(): string {
  const comment = '<div class="c"><span class="who">reader</span><p>I agree with the points made here, mostly.</p><a href="#r">Reply</a></div>';
  const count = Math.ceil((20 * 1024 * 1024) / comment.length);
  return `<!doctype html><html><head><title>Huge</title></head><body><article><h1>Huge page</h1>${story}</article><section>${comment.repeat(count)}</section></body></html>`;
}

/** The story under 5,000 nested elements. The HTML parser caps nesting at 512, so a script builds it. */
function deepPage(): string {
  return `<!doctype html><html><head><title>Deep</title></head><body><script>
    let node = document.body;
    for (let i = 0; i < 5000; i++) { const d = document.createElement('div'); d.style.display = 'contents'; node.append(d); node = d; }
    const a = document.createElement('article'); a.innerHTML = ${JSON.stringify(`<h1>Deep page</h1>${story}`)}; node.append(a);
  </script></body></html>`;
}

/** A one-page PDF, built here so no binary is committed. */
function tinyPdf(): Buffer {
  const text = 'BT /F1 12 Tf 20 100 Td (A PDF report) Tj ET';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets = objects.map((o, i) => {
    const at = out.length;
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

const pages: ExtraPages = {
  '/odd/report.pdf': { type: 'application/pdf', body: tinyPdf() },
  '/odd/framed/': {
    type: 'text/html; charset=utf-8',
    body: '<!doctype html><html lang="en"><head><title>Framed</title></head><body><nav><a href="/">Home</a></nav><iframe src="/odd/spa/" width="800" height="600" title="story"></iframe></body></html>',
  },
  '/odd/huge/': { type: 'text/html; charset=utf-8', body: hugePage() },
  '/odd/deep/': { type: 'text/html; charset=utf-8', body: deepPage() },
  '/odd/plain.txt': { type: 'text/plain; charset=utf-8', body: 'Just some text.\n'.repeat(200) },
  '/odd/feed.xml': { type: 'application/xml', body: '<?xml version="1.0"?><rss><channel><title>Feed</title></channel></rss>' },
  '/odd/chart.svg': { type: 'image/svg+xml', body: '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><circle cx="20" cy="20" r="10"/></svg>' },
  '/odd/frames/': { type: 'text/html', body: '<!doctype html><html><head><title>Frames</title></head><frameset cols="50%,50%"><frame src="/odd/plain.txt"><frame src="/odd/plain.txt"></frameset></html>' },
  '/odd/spa/': {
    type: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="en"><head><title>An app story</title></head><body><article><h1>An app story</h1>${story}</article></body></html>`,
  },
};

let session: Session;
let server: FixtureServer;

beforeAll(async () => {
  server = await serveFixtures(pages);
  session = await launch();
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

async function popupSays(url: string, waitUntil: 'load' | 'domcontentloaded' = 'load'): Promise<{ text: string; ms: number }> {
  const page = await session.browser.newPage();
  await page.goto(url, { waitUntil, timeout: 60_000 }).catch(() => undefined);
  // Let the browser finish laying out and painting what it loaded (seconds, for 20 MB), so
  // the time below is Declutter's answer, not the page's own rendering.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))).catch(() => undefined);
  const t0 = performance.now();
  const popup = await session.openPopup(page);
  const ms = performance.now() - t0;
  const text = await popup.$eval('main', (m) => (m as HTMLElement).innerText.trim());
  await popup.close();
  await page.close();
  return { text, ms };
}

describe('pages that cannot be cleaned get a plain sentence', () => {
  it('a 20 MB page', async () => {
    const { text, ms } = await popupSays(server.url('/odd/huge/'));
    console.info(`20 MB page answered in ${Math.round(ms)} ms`);
    expect(text).toBe('This page is too large to clean.');
  });

  it('a story under 5,000 nested elements', async () => {
    const { text, ms } = await popupSays(server.url('/odd/deep/'));
    console.info(`5,000-deep page answered in ${Math.round(ms)} ms`);
    expect(text).toBe('This page is too large to clean.');
  });

  it.each([
    ['/odd/plain.txt', 'a plain text file'],
    ['/odd/feed.xml', 'an XML document'],
    ['/odd/chart.svg', 'an SVG image'],
  ])('%s', async (url, what) => {
    const { text } = await popupSays(server.url(url));
    expect(text).toBe(`This tab shows ${what}, not a web page: there is nothing for Declutter to clean.`);
  });

  it('the PDF viewer', async () => {
    const { text } = await popupSays(server.url('/odd/report.pdf'));
    // The script reaches the viewer's top document, whose content type says PDF.
    expect(text).toBe('This tab shows a PDF, not a web page: there is nothing for Declutter to clean.');
  });

  it('a page whose only story is in an iframe', async () => {
    const { text } = await popupSays(server.url('/odd/framed/'));
    expect(text).toBe('No article found on this page.');
  });

  it('a frameset', async () => {
    const { text } = await popupSays(server.url('/odd/frames/'));
    expect(text).toBe('This page is made of frames. Open the frame that holds the story in its own tab and try again.');
  });

  it('view-source: and file:// pages', async () => {
    expect((await popupSays(`view-source:${server.url('/odd/spa/')}`)).text).toContain('Declutter can’t run on this page');
    const dir = mkdtempSync(path.join(tmpdir(), 'declutter-file-'));
    writeFileSync(path.join(dir, 'story.html'), pages['/odd/spa/']!.body);
    // Chrome keeps file:// from extensions unless the person allows it; an unpacked build
    // loaded for tests may already be allowed. Either way the answer is plain.
    try {
      const local = (await popupSays(`file://${path.join(dir, 'story.html')}`)).text;
      expect(local.includes('Allow access to file URLs') || local.includes('An app story')).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a page that moves on', () => {
  it('closes the overlay when a single-page app navigates', async () => {
    const page = await session.browser.newPage();
    await page.goto(server.url('/odd/spa/'), { waitUntil: 'load' });
    const popup = await session.openPopup(page);
    await popup.locator('::-p-aria(Reader view[role="button"])').click();
    await page.waitForSelector('declutter-reader');
    await page.evaluate(() => history.pushState({}, '', '#section')); // an in-page anchor: stays open
    await new Promise((r) => setTimeout(r, 900));
    expect(await page.$('declutter-reader')).not.toBeNull();
    await page.evaluate(() => history.pushState({}, '', '/odd/spa/next-story'));
    await page.waitForFunction(() => !document.querySelector('declutter-reader'), { timeout: 5_000 });
    await page.close();
  });
});
