/**
 * Large synthetic news pages for the benchmark, generated at run time into out/bench/pages/
 * (megabytes are never committed). Each is a plausible heavy news page: a long story with
 * quotes, ad slots and share bars inside it, a cookie banner, a mega-menu, rails of related
 * stories, hundreds of short comments, a big inline state blob and CSS. Deterministic: the
 * same seed gives the same bytes, so runs compare.
 *
 *   large-1mb.html   ~1 MB
 *   large-5mb.html   ~5 MB
 *   deep-5000.html   the story at the bottom of 5,000 nested <div>s. Chromium's HTML parser
 *                    stops nesting at 512 levels, so an inline script rebuilds the 5,000-level
 *                    chain in the browser; DOM libraries in Node parse the markup as is. The
 *                    levels are display:contents: Chromium's renderer crashes ("Page crashed!")
 *                    laying out ~3,000 nested block boxes, before any extension could run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const WORDS = (
  'the minister said government would review policy after markets fell sharply on monday while ' +
  'analysts expected central bank to hold rates steady amid rising inflation and weak demand in ' +
  'rural areas where farmers reported lower prices for crops this season officials added that ' +
  'talks with neighbouring countries continued despite tensions over trade and security issues'
).split(' ');
const NAMES = ['Ayesha Khan', 'Rahul Mehta', 'Maria Lopez', 'John Carter', 'Li Wei', 'Fatima Noor'];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

class Writer {
  private readonly rand: () => number;
  constructor(seed: number) {
    this.rand = rng(seed);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.rand() * xs.length)]!;
  }
  words(n: number): string {
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(this.pick(WORDS));
    const s = out.join(' ');
    return s.charAt(0).toUpperCase() + s.slice(1);
  }
  paragraph(i: number): string {
    if (i % 4 === 1) {
      return `<p>“${this.words(18)},” ${this.pick(NAMES)} said in a statement. ${this.words(30)}.</p>`;
    }
    return `<p>${this.words(45 + Math.floor(this.rand() * 40))}.</p>`;
  }
  story(paragraphs: number): string {
    const body: string[] = [];
    for (let i = 0; i < paragraphs; i++) {
      body.push(this.paragraph(i));
      if (i % 8 === 4) body.push('<div class="ad"><span>Advertisement</span><div id="div-gpt-ad-' + i + '"></div></div>');
      if (i % 15 === 7) body.push(`<aside class="related-inline"><a href="/story/${i}">Also read: ${this.words(8)}</a></aside>`);
    }
    return (
      `<article class="story"><h1>${this.words(9)}</h1>` +
      `<div class="byline">By <a href="/author/1">${this.pick(NAMES)}</a> · <time datetime="2026-03-02T09:30:00+05:30">2 March 2026</time></div>` +
      '<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a></div>' +
      `<div class="article-body">${body.join('\n')}</div></article>`
    );
  }
  menu(links: number): string {
    const items: string[] = [];
    for (let i = 0; i < links; i++) items.push(`<li class="menu-item"><a href="/section/${i}">${this.words(2)}</a></li>`);
    return `<header class="site-header"><nav class="mega-menu"><ul>${items.join('')}</ul></nav></header>`;
  }
  rail(items: number, n: number): string {
    const out: string[] = [];
    for (let i = 0; i < items; i++) {
      out.push(
        `<div class="card"><a href="/story/${n}-${i}"><img src="/img/${i}.jpg" alt="" width="160" height="90">` +
          `<h3 class="card__title">${this.words(10)}</h3></a><span class="card__time">${i} hours ago</span></div>`,
      );
    }
    return `<aside class="rail rail-${n}"><h2>More stories</h2>${out.join('')}</aside>`;
  }
  comments(n: number): string {
    const out: string[] = [];
    for (let i = 0; i < n; i++) {
      out.push(
        `<div class="comment"><div class="comment__author">${this.pick(NAMES)}</div>` +
          `<div class="comment__text">${this.words(6 + Math.floor(this.rand() * 10))}</div>` +
          '<div class="comment__actions"><button>Reply</button> <button>Like</button></div></div>',
      );
    }
    return `<section class="comments"><h2>Comments</h2>${out.join('')}</section>`;
  }
  blob(bytes: number): string {
    const items: string[] = [];
    let size = 0;
    for (let i = 0; size < bytes; i++) {
      const item = JSON.stringify({ id: i, title: this.words(8), url: `/story/${i}`, tags: [this.pick(WORDS), this.pick(WORDS)] });
      items.push(item);
      size += item.length + 1;
    }
    return `<script>window.__STATE__ = [${items.join(',')}];</script>`;
  }
}

function head(title: string, slug: string, extraCss: number, style = ''): string {
  const css: string[] = [];
  for (let i = 0; css.join('').length < extraCss; i++) css.push(`.c${i} .card__title{margin:${i % 7}px 0;color:#${(i * 4099).toString(16).slice(-3).padStart(3, '0')}}`);
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
    `<link rel="canonical" href="https://news.example.org/${slug}">` +
    `<meta property="og:site_name" content="Example News"><meta property="og:title" content="${title}">` +
    `<meta property="article:published_time" content="2026-03-02T09:30:00+05:30">` +
    `<style>${css.join('\n')}${style}</style></head>`
  );
}

const CONSENT =
  '<div class="cookie-consent" role="dialog"><p>We use cookies to improve your experience. See our privacy policy.</p><button>Accept</button></div>';

/** A heavy page of about `target` bytes: state blob ~25%, CSS ~5%, markup the rest. */
export function largePage(target: number, seed: number, slug: string): string {
  const w = new Writer(seed);
  const title = 'Markets fall as central bank holds rates';
  const parts = [head(title, slug, target * 0.05), '<body>', CONSENT, w.menu(300), '<main>', w.story(90)];
  let size = parts.join('').length + target * 0.25;
  for (let n = 0; size < target; n++) {
    const chunk = n % 2 ? w.rail(40, n) : w.comments(120);
    parts.push(chunk);
    size += chunk.length;
  }
  parts.push('</main>', w.blob(target * 0.25), '<footer class="site-footer">', w.menu(200), '</footer></body></html>');
  return parts.join('\n');
}

/** The story at the bottom of `depth` nested divs (see the file comment for Chromium). */
export function deepPage(depth: number, seed: number): string {
  const w = new Writer(seed);
  const rebuild =
    `<script>(function(){var root=document.getElementById('deep');var d=0;for(var e=root;e.firstElementChild&&e.firstElementChild.tagName==='DIV';e=e.firstElementChild)d++;` +
    `if(d>=${depth})return;var story=document.querySelector('#deep article');var top=document.createElement('div');var cur=top;` +
    `for(var i=1;i<${depth};i++){var c=document.createElement('div');c.className='lvl';cur.appendChild(c);cur=c;}cur.appendChild(story);root.replaceChildren(top);})();</script>`;
  return (
    head('A story at the bottom of a deep tree', 'deep-5000', 1000, '.lvl{display:contents}') +
    `<body>${CONSENT}${w.menu(50)}<main id="deep">${'<div class="lvl">'.repeat(depth)}${w.story(40)}${'</div>'.repeat(depth)}</main>` +
    `${rebuild}</body></html>`
  );
}

/** Writes the generated pages and returns their paths. */
export function generatePages(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const pages: Array<[string, string]> = [
    ['large-1mb.html', largePage(1024 * 1024, 1, 'large-1mb')],
    ['large-5mb.html', largePage(5 * 1024 * 1024, 5, 'large-5mb')],
    ['deep-5000.html', deepPage(5000, 7)],
  ];
  return pages.map(([name, html]) => {
    const file = path.join(dir, name);
    writeFileSync(file, html);
    return file;
  });
}
