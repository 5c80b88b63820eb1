// The page's own assets, as a reader downloads them: the first step of the
// post-build hook (scripts/post-build).
//
// - The style sheets as one file. Trunk writes each sheet of index.html on
//   its own (style/*.css, one per part, as they are kept); a page would then
//   wait for ten requests before its first paint, which on a slow mobile
//   network costs more round trips than the bytes. Their contents, in
//   index.html's order, become one content-hashed file, linked where the
//   first one was.
// - In release builds, that file and the page's inline scripts
//   (public/compat.js, public/static-controls.js, the theme's) minified by
//   esbuild: the sources keep their comments, the reader does not pay for
//   them. The scripts stay ES5 (compat.js must run on the oldest browsers to
//   tell them what they miss); scripts/csp.mjs hashes them as they end up.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

const release = process.env.TRUNK_PROFILE === 'release';
const stage = process.env.TRUNK_STAGING_DIR ?? 'dist';
const indexPath = join(stage, 'index.html');
let html = readFileSync(indexPath, 'utf8');
const minify = (code, loader) => (release ? transformSync(code, { loader, minify: true, target: 'es5' }).code : code);

const links = [...html.matchAll(/<link rel="stylesheet" href="\/([^"]+\.css)"[^>]*>/g)];
if (links.length === 0) throw new Error(`${indexPath} links no style sheet`);
const sheets = links.map(([, name]) => readFileSync(join(stage, name), 'utf8'));
const css = minify(sheets.map((sheet) => (sheet.endsWith('\n') ? sheet : `${sheet}\n`)).join(''), 'css');
const name = `app-${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
const integrity = `sha384-${createHash('sha384').update(css).digest('base64')}`;
writeFileSync(join(stage, name), css);
for (const [, file] of links) rmSync(join(stage, file));

const [first, ...rest] = links.map(([tag]) => tag);
html = html.replace(first, `<link rel="stylesheet" href="/${name}" integrity="${integrity}"/>`);
for (const tag of rest) html = html.replace(new RegExp(`\\s*${tag.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`), '');

// Classic inline scripts only (not JSON, not modules: the wasm's loader is
// added afterwards by scripts/wasm.mjs, already compact).
let scripts = 0;
html = html.replace(/<script>([\s\S]*?)<\/script>/g, (_, code) => {
  scripts += 1;
  return `<script>${minify(code, 'js').trim()}</script>`;
});
writeFileSync(indexPath, html);
console.log(`assets: ${links.length} style sheets as ${name} (${css.length} B); ${scripts} inline scripts${release ? ', minified' : ''}`);
