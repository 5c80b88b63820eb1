// The portal origin the engine tests use: a proxy in front of nginx (which
// serves the build as in production) that forwards every request unchanged,
// except /feed.json when the request carries one of two cookies:
//   bantin-fault=<status>  answers that status with an empty body;
//   bantin-feed=<file>     answers ../shared/vectors/wild-feeds/jsonfeed/<file>;
// and, with the cookie bantin-shell=<path>, answers <path> with the app's
// page (app.html, as nginx answers a view without a static page), so the app
// draws that view from the start.
// Cookies stand in for request interception, which WebKit's classic
// WebDriver does not have.
// Usage: node tests/engines/proxy.mjs <port> <nginx origin>
import { createServer, request } from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const port = Number(process.argv[2] ?? 4281);
const upstream = new URL(process.argv[3] ?? 'http://127.0.0.1:4280');
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const wildFeeds = path.join(path.resolve(projectRoot, '../shared/vectors'), 'wild-feeds/jsonfeed');

function cookie(req, name) {
  for (const pair of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = pair.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return null;
}

async function answerFeed(req, res) {
  const fault = cookie(req, 'bantin-fault');
  if (fault) {
    res.writeHead(Number(fault), { 'content-length': 0, 'cache-control': 'no-cache' });
    return res.end();
  }
  const name = cookie(req, 'bantin-feed');
  if (name.includes('/') || name.includes('..')) {
    res.writeHead(400, { 'content-type': 'text/plain' });
    return res.end(`refused feed name ${name}`);
  }
  const body = await readFile(path.join(wildFeeds, name)).catch(() => null);
  if (!body) {
    res.writeHead(404, { 'content-type': 'text/plain' });
    return res.end(`no wild feed ${name}`);
  }
  res.writeHead(200, { 'content-type': 'application/feed+json', 'cache-control': 'no-cache', 'content-length': body.length });
  return res.end(body);
}

function forward(req, res) {
  const shell = cookie(req, 'bantin-shell');
  const wanted = shell && new URL(req.url, 'http://proxy').pathname === shell ? '/app.html' : req.url;
  const out = request({ host: upstream.hostname, port: upstream.port, method: req.method, path: wanted, headers: req.headers }, (answer) => {
    res.writeHead(answer.statusCode, answer.statusMessage, answer.rawHeaders);
    answer.pipe(res);
  });
  out.on('error', (error) => {
    res.writeHead(502, { 'content-type': 'text/plain' });
    res.end(`nginx unreachable: ${error.message}`);
  });
  req.pipe(out);
}

createServer((req, res) => {
  const feedPath = new URL(req.url, 'http://proxy').pathname === '/feed.json';
  if (feedPath && (cookie(req, 'bantin-fault') || cookie(req, 'bantin-feed'))) return answerFeed(req, res);
  return forward(req, res);
}).listen(port, '127.0.0.1', () => console.log(`portal proxy at http://127.0.0.1:${port}/ -> ${upstream.origin}`));
