/**
 * Serves an explicit list of page files on 127.0.0.1: page i is /page/<i>/, and the files
 * beside it (a fixture's images) are /page/<i>/<name>, so pages can come from any folder.
 * A headers.json beside a page adds its response headers (a fixture's strict CSP), as in
 * scripts/lib/serve.ts. Anything else is a 404, and the browser reaches no other host.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.css': 'text/css',
  '.js': 'text/javascript',
};

export interface PageServer {
  url(index: number): string;
  close(): Promise<void>;
}

export async function servePages(files: string[]): Promise<PageServer> {
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const m = /^\/page\/(\d+)\/(.*)$/.exec(pathname);
    const file = m ? files[Number(m[1])] : undefined;
    if (!m || !file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const dir = path.dirname(file);
    if (m[2] === '') {
      const headersFile = path.join(dir, 'headers.json');
      const extra = existsSync(headersFile) ? (JSON.parse(readFileSync(headersFile, 'utf8')) as Record<string, string>) : {};
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...extra });
      res.end(readFileSync(file));
      return;
    }
    const asset = path.join(dir, m[2] ?? '');
    const type = TYPES[path.extname(asset).toLowerCase()];
    if (!type || !asset.startsWith(dir + path.sep) || !existsSync(asset) || !statSync(asset).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(readFileSync(asset));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server did not bind');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    url: (i) => `${origin}/page/${i}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
