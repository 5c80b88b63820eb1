// The style sheets as one file: the first step of the post-build hook
// (scripts/post-build). Trunk writes each sheet of index.html on its own
// (style/*.css, one per part, as they are kept); a page would then wait for
// ten requests before its first paint, which on a slow mobile network costs
// more round trips than the bytes. Their contents, in index.html's order,
// become one content-hashed file, linked where the first one was.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const stage = process.env.TRUNK_STAGING_DIR ?? 'dist';
const indexPath = join(stage, 'index.html');
let html = readFileSync(indexPath, 'utf8');

const links = [...html.matchAll(/<link rel="stylesheet" href="\/([^"]+\.css)"[^>]*>/g)];
if (links.length === 0) throw new Error(`${indexPath} links no style sheet`);
const sheets = links.map(([, name]) => readFileSync(join(stage, name), 'utf8'));
const css = sheets.map((sheet) => (sheet.endsWith('\n') ? sheet : `${sheet}\n`)).join('');
const name = `app-${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
const integrity = `sha384-${createHash('sha384').update(css).digest('base64')}`;
writeFileSync(join(stage, name), css);
for (const [, file] of links) rmSync(join(stage, file));

const [first, ...rest] = links.map(([tag]) => tag);
html = html.replace(first, `<link rel="stylesheet" href="/${name}" integrity="${integrity}"/>`);
for (const tag of rest) html = html.replace(new RegExp(`\\s*${tag.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`), '');
writeFileSync(indexPath, html);
console.log(`css: ${links.length} style sheets as ${name}, ${css.length} B`);
