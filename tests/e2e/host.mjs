// A stand-in for another organisation's website, on its own origin: it
// serves a page whose body (and extra CSS) the test passes in the query
// string, followed by the widget loader from the portal.
// Usage: node tests/e2e/host.mjs <port> <portal origin>
import { createServer } from 'node:http';

const port = Number(process.argv[2] ?? 4174);
const portal = process.argv[3] ?? 'http://127.0.0.1:4173';

createServer((req, res) => {
  const query = new URL(req.url, 'http://localhost').searchParams;
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(`<!doctype html><html lang="vi"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Trường THPT Bình Giang</title>
<style>body{font:16px/1.5 Georgia,serif;margin:24px;color:#222} .box{border:1px solid #999;padding:8px;margin-bottom:16px}
${query.get('css') ?? ''}</style></head>
<body><h1>Trường THPT Bình Giang</h1>${query.get('body') ?? ''}
<p id="after">Thông báo của nhà trường vẫn hiển thị bình thường.</p>
<script src="${portal}/embed.js" async></script></body></html>`);
}).listen(port, '127.0.0.1', () => console.log(`host page at http://127.0.0.1:${port}/`));
