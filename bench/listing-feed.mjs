// Writes a listing feed of about `bytes` bytes from a big generated feed:
// the same document with the items' bodies (content_html, content_text)
// dropped, as listing pages carry summaries only, and as many items as fit.
//
//   node bench/listing-feed.mjs BIG.json OUT.json [bytes=4194304]
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export function listingFeed(big, target) {
  const { items, ...head } = big;
  const kept = [];
  let size = JSON.stringify({ ...head, items: [] }).length;
  for (const { content_html, content_text, ...item } of items) {
    const bytes = Buffer.byteLength(JSON.stringify(item)) + 1;
    if (size + bytes > target) break;
    kept.push(item);
    size += bytes;
  }
  if (kept.length === items.length) throw new Error(`the feed has too few items for ${target} bytes`);
  return JSON.stringify({ ...head, items: kept });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [input, output, bytes = 4 * 1024 * 1024] = process.argv.slice(2);
  const text = listingFeed(JSON.parse(readFileSync(input, 'utf8')), Number(bytes));
  writeFileSync(output, text);
  console.log(`${output}: ${Buffer.byteLength(text)} bytes`);
}
