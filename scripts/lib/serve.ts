/**
 * Serves the fixture pages on 127.0.0.1: /<site>/<case>/ is tests/fixtures/<site>/<case>/source.html.
 * A fixture folder may hold headers.json ({"Header-Name": "value"}) for pages that need
 * their own response headers (a strict CSP, say).
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { root } from './browser';

export const fixturesDir = path.join(root, 'tests/fixtures');

const mimeTypes: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.css': 'text/css',
  '.js': 'text/javascript',
};

export interface Fixture {
  site: string;
  name: string;
  /** Path under the server, e.g. /dawn/iran-rejects-us-request/ */
  path: string;
  dir: string;
}

export function listFixtures(): Fixture[] {
  const out: Fixture[] = [];
  for (const site of readdirSync(fixturesDir).sort()) {
    const siteDir = path.join(fixturesDir, site);
    if (!statSync(siteDir).isDirectory()) continue;
    for (const name of readdirSync(siteDir).sort()) {
      const dir = path.join(siteDir, name);
      if (existsSync(path.join(dir, 'source.html'))) out.push({ site, name, path: `/${site}/${name}/`, dir });
    }
  }
  return out;
}

export interface FixtureServer {
  origin: string;
  url(fixturePath: string): string;
  close(): Promise<void>;
}

/** Pages a test makes on the fly, by path: any content type, any body. */
export type ExtraPages = Record<string, { type: string; body: string | Buffer }>;

export async function serveFixtures(extra: ExtraPages = {}): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const made = extra[pathname];
    if (made) {
      res.writeHead(200, { 'content-type': made.type, 'cache-control': 'no-store' }).end(made.body);
      return;
    }
    const target = path.join(fixturesDir, pathname);
    if (!target.startsWith(fixturesDir + path.sep)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    // Files beside a page (its images) are served as they are.
    const asset = mimeTypes[path.extname(target)];
    if (asset && !pathname.endsWith('/') && existsSync(target) && statSync(target).isFile()) {
      res.writeHead(200, { 'content-type': asset, 'cache-control': 'no-store' }).end(readFileSync(target));
      return;
    }
    const dir = target;
    const file = path.join(dir, 'source.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const headersFile = path.join(dir, 'headers.json');
    const headers = existsSync(headersFile) ? (JSON.parse(readFileSync(headersFile, 'utf8')) as Record<string, string>) : {};
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server did not bind');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (p) => new URL(p, origin).href,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
