// A server too slow to be useful but alive: it answers a path with the
// portal's own file, fetched from the portal, in twenty pieces a second
// apart (a body that takes 20 s to arrive). The fault tests send the app's
// feed request here. Usage: node tests/e2e/trickle.mjs <port> <portal origin>
import { createServer } from 'node:http';

const port = Number(process.argv[2] ?? 4177);
const portal = process.argv[3] ?? 'http://127.0.0.1:4173';
const PIECES = 20;

createServer(async (req, res) => {
  const upstream = await fetch(new URL(req.url, portal));
  const body = Buffer.from(await upstream.arrayBuffer());
  res.writeHead(upstream.status, { 'content-type': 'application/feed+json', 'cache-control': 'no-store' });
  const size = Math.ceil(body.length / PIECES);
  let piece = 0;
  const timer = setInterval(() => {
    res.write(body.subarray(piece * size, (piece + 1) * size));
    piece += 1;
    if (piece === PIECES) {
      clearInterval(timer);
      res.end();
    }
  }, 1000);
  req.on('close', () => clearInterval(timer));
}).listen(port, '127.0.0.1', () => console.log(`trickling ${portal} at http://127.0.0.1:${port}/`));
