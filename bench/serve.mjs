// The benchmark's static server: serves one or more folders (the first that
// has a path wins, so an archive's files can lie over a copy of dist/),
// compressed the way a CDN would: brotli when the client accepts it, gzip
// otherwise, both at their highest quality and cached in memory. A folder's
// path gets its index.html (the static pages), any other path the app's page
// app.html, and HTML carries the release build's Content Security Policy as a
// header, as tests/e2e/serve.mjs does. With `{ appOnly: true }` every path
// without an extension gets app.html: the app draws every view (an archive
// served over dist/, whose static pages are the sample's).
//
//   node bench/serve.mjs [--port 4180] DIR [DIR…]
//
// As a module: `const server = await serve([dirs], port)`; `server.close()`.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { pathToFileURL } from 'node:url';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/feed+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};
// Already compressed formats go as they are.
const incompressible = new Set(['.webp', '.png', '.jpg', '.ico']);

/** Brotli at quality 11 (as `make size` and a CDN's static compression). */
export const brotli = (bytes) =>
  brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_LGWIN]: 24,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
export const gzip = (bytes) => gzipSync(bytes, { level: 9 });

async function isFile(path) {
  const info = await stat(path).catch(() => null);
  if (info?.isDirectory()) return isFile(join(path, 'index.html'));
  return info?.isFile() ? path : null;
}

/** Starts serving `dirs` on 127.0.0.1:`port`; resolves once listening. */
export function serve(dirs, port, { appOnly = false } = {}) {
  const roots = dirs.map((d) => resolve(d));
  const policy = readFile(join(roots.at(-1), 'content-security-policy.txt'), 'utf8').then((p) => p.trim(), () => null);
  const cache = new Map(); // path + encoding → compressed body

  async function find(pathname) {
    const page = extname(pathname) === '';
    if (!(appOnly && page)) {
      for (const root of roots) {
        const wanted = normalize(join(root, pathname));
        if (!wanted.startsWith(root)) continue;
        const found = await isFile(wanted);
        if (found) return found;
      }
    }
    if (!page) return null;
    for (const root of roots) {
      const app = await isFile(join(root, 'app.html'));
      if (app) return app;
    }
    return null;
  }

  async function body(path, encoding) {
    const key = `${encoding}:${path}`;
    if (!cache.has(key)) {
      const raw = await readFile(path);
      cache.set(key, encoding === 'br' ? brotli(raw) : encoding === 'gzip' ? gzip(raw) : raw);
    }
    return cache.get(key);
  }

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      const path = await find(decodeURIComponent(url.pathname));
      if (!path) {
        res.writeHead(404).end();
        return;
      }
      const ext = extname(path);
      const accepts = String(req.headers['accept-encoding'] ?? '');
      const encoding = incompressible.has(ext) ? null : /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : null;
      const headers = {
        'content-type': types[ext] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        vary: 'accept-encoding',
      };
      if (encoding) headers['content-encoding'] = encoding;
      const csp = await policy;
      if (csp && ext === '.html') headers['content-security-policy'] = csp;
      const bytes = await body(path, encoding);
      headers['content-length'] = bytes.length;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : bytes);
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done(server));
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  let port = 4180;
  const at = args.indexOf('--port');
  if (at >= 0) port = Number(args.splice(at, 2)[1]);
  const dirs = args.length ? args : ['dist'];
  await serve(dirs, port);
  console.log(`serving ${dirs.join(' over ')} at http://127.0.0.1:${port}/`);
}
