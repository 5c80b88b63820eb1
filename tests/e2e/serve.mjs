// A static file server for the built app, as deploy/bantin.conf serves it:
// files as they are, a directory's own index.html (the static pages), an
// article's page at /bai-viet/<id>/ for its address with an old slug, a 404
// with 404.html for an article or listing address without a page, and
// app.html for every other path so that the app's views open cold.
// Usage: node tests/e2e/serve.mjs [dir] [port]
// Tests import `serveSite` to serve a site of their own, whose files they
// may replace as a new deployment would.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/feed+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

async function file(path) {
  const info = await stat(path).catch(() => null);
  if (info?.isDirectory()) return file(join(path, 'index.html'));
  return info?.isFile() ? path : null;
}

/**
 * Serves the built site in `dir` on `port` (0: any free one) of 127.0.0.1;
 * `replaced` maps a path to the `{ status, body }` sent in its place.
 * Resolves to the listening server.
 */
export async function serveSite(dir, port, replaced = new Map()) {
  const root = resolve(dir);
  // The release build's Content Security Policy, sent as a header as the
  // deployment guide tells servers to: the widget's own for /embed.
  const readPolicy = (name) => readFile(join(root, name), 'utf8').then((p) => p.trim(), () => null);
  const policy = await readPolicy('content-security-policy.txt');
  const embedPolicy = await readPolicy('content-security-policy-embed.txt');
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const replacement = replaced.get(url.pathname);
    if (replacement) {
      res.writeHead(replacement.status ?? 200, {
        'content-type': types[extname(url.pathname)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      res.end(replacement.body);
      return;
    }
    const wanted = normalize(join(root, decodeURIComponent(url.pathname)));
    const article = /^\/bai-viet\/([^/]+)\//.exec(url.pathname);
    const found = (wanted.startsWith(root) && (await file(wanted)))
      || (article && (await file(join(root, 'bai-viet', decodeURIComponent(article[1]), 'index.html'))));
    const staticKind = /^\/(bai-viet|chuyen-muc|chu-de|trang)(\/|$)/.test(url.pathname);
    const path = found || join(root, staticKind ? '404.html' : 'app.html');
    const status = found || !staticKind ? 200 : 404;
    const body = await readFile(path);
    const headers = {
      'content-type': types[extname(path)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    };
    const pagePolicy = url.pathname === '/embed' ? embedPolicy : policy;
    if (pagePolicy && extname(path) === '.html') headers['content-security-policy'] = pagePolicy;
    res.writeHead(status, headers);
    res.end(body);
  });
  await new Promise((done) => server.listen(port, '127.0.0.1', done));
  return server;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const server = await serveSite(process.argv[2] ?? 'dist', Number(process.argv[3] ?? 8080));
  console.log(`serving ${resolve(process.argv[2] ?? 'dist')} at http://127.0.0.1:${server.address().port}/`);
}
