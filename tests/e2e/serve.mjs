// A static file server for the built app, as a CDN with an SPA fallback
// serves it: files as they are, a directory's own index.html (the article
// link previews), and index.html for every other path so that deep links
// open cold. Usage: node tests/e2e/serve.mjs [dir] [port]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? 8080);
// The release build's Content Security Policy, sent as a header as the
// deployment guide tells servers to: the widget's own for /embed.
const readPolicy = (name) => readFile(join(root, name), 'utf8').then((p) => p.trim(), () => null);
const policy = await readPolicy('content-security-policy.txt');
const embedPolicy = await readPolicy('content-security-policy-embed.txt');

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
};

async function file(path) {
  const info = await stat(path).catch(() => null);
  if (info?.isDirectory()) return file(join(path, 'index.html'));
  return info?.isFile() ? path : null;
}

createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  const wanted = normalize(join(root, decodeURIComponent(url.pathname)));
  const path = (wanted.startsWith(root) && (await file(wanted))) || join(root, 'index.html');
  const body = await readFile(path);
  const headers = {
    'content-type': types[extname(path)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
  };
  const pagePolicy = url.pathname === '/embed' ? embedPolicy : policy;
  if (pagePolicy && extname(path) === '.html') headers['content-security-policy'] = pagePolicy;
  res.writeHead(200, headers);
  res.end(body);
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} at http://127.0.0.1:${port}/`));
