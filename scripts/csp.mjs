// Post-build step (release builds, scripts/post-build): writes the app's
// Content Security Policy, and stamps the build into the service worker.
// Every inline script of index.html (the wasm's loader, which
// scripts/wasm.mjs puts there, and the small ones index.html carries) has its
// SHA-256 in script-src, so no 'unsafe-inline' is needed.
// The policy is added to index.html as a <meta http-equiv> tag and written to
// content-security-policy.txt for servers that send it as a header (the
// header adds frame-ancestors, which a <meta> policy cannot carry), and to
// content-security-policy-embed.txt for the widget's path, /embed, which
// any site may frame.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);

const dir = process.env.TRUNK_STAGING_DIR ?? 'dist';
const indexPath = join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');

const inlineScripts = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const hashes = inlineScripts.map((code) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`);

// A feed on another origin must be reachable by fetch.
const feed = html.match(/<meta name="bantin:feed" content="([^"]*)"/)?.[1] ?? 'feed.json';
const feedOrigin = /^https?:\/\//i.test(feed) ? ` ${new URL(feed).origin}` : '';

// Frames: the site's own (the snippet builder previews the widget), and an
// article's embedded videos, which play in frames of these hosts only, once
// the reader asks (crates/bantin-core/src/content/players.rs, FRAME_ORIGINS).
const players = readFileSync('crates/bantin-core/src/content/players.rs', 'utf8')
  .match(/pub const FRAME_ORIGINS: \[&str; \d+\] =\s*\[([^\]]*)\]/)?.[1];
if (!players) throw new Error('players.rs has no FRAME_ORIGINS for frame-src');
const frameOrigins = [...players.matchAll(/"(https:\/\/[^"]+)"/g)].map((m) => m[1]);

const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  "style-src 'self'",
  "img-src 'self' https: data:",
  // An article's own video and audio, from the portal or its media host.
  "media-src 'self' https:",
  `frame-src 'self' ${frameOrigins.join(' ')}`,
  `connect-src 'self'${feedOrigin}`,
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/, '');
html = html.replace(/(<meta charset="[^"]*">)/i, `$1\n    ${meta}`);
if (!html.includes(meta)) throw new Error('index.html has no <meta charset> to put the policy after');
writeFileSync(indexPath, html);
// The app's page as built: every static page `bantin-tool publish` writes
// is made from it, and the server sends it for the app's other addresses
// (index.html becomes the home page's static page).
writeFileSync(join(dir, 'app.html'), html);
writeFileSync(join(dir, 'content-security-policy.txt'), `${policy}; frame-ancestors 'self'\n`);
// The widget (/embed) is made to be framed by any site.
writeFileSync(join(dir, 'content-security-policy-embed.txt'), `${policy}; frame-ancestors *\n`);
console.log(`csp: ${hashes.length} inline script hash(es); policy written`);

// The service worker's cache is named after this build, so a new deployment
// replaces the old cache cleanly, and it saves the app shell at install:
// every file of this site that index.html names, but the feed (which the
// app keeps itself), the split build's chunk loader and the listing's chunk
// (the home page); the other chunks are saved as the reader opens their
// views. See public/sw.js.
const swPath = join(dir, 'sw.js');
const template = readFileSync(swPath, 'utf8');
const build = createHash('sha256').update(html).update(template).digest('hex').slice(0, 16);
const named = [...html.matchAll(/(?:href|src|module_or_path:)\s*=?\s*["'](\/[^"'?#]+)["']|from\s+["'](\/[^"']+)["']/g)]
  .map((m) => m[1] ?? m[2])
  .filter((path) => !path.endsWith('.json') && existsSync(join(dir, path)));
// The wasm glue imports the split build's chunk loader: every page needs it.
const loader = named.find((path) => /^\/wasm-[0-9a-f]{16}\/bantin\.js$/.test(path))?.replace(/bantin\.js$/, '__wasm_split.js');
if (loader && existsSync(join(dir, loader))) {
  named.push(loader);
  // The home page and every listing are a chunk: a reader who first opened
  // an article can still open the home page offline.
  named.push(...viewFiles(loader, 'listing'));
}

/** The files of a split view's chunk and the chunks it needs, from the split build's loader. */
function viewFiles(loaderPath, view) {
  const code = readFileSync(join(dir, loaderPath), 'utf8');
  const declared = code.match(new RegExp(`__wasm_split_load_${view} = [\\s\\S]*?"\\./(split_${view}\\.wasm)"[\\s\\S]*?\\[([^\\]]*)\\]\\)\\);`));
  if (!declared) throw new Error(`${loaderPath} does not load the view ${view}`);
  const folder = loaderPath.replace(/__wasm_split\.js$/, '');
  const needs = declared[2].split(',').map((d) => d.trim()).filter(Boolean).map((d) => `${d.replace(/^__/, '')}.wasm`);
  const files = [declared[1], ...needs].map((file) => `${folder}${file}`);
  for (const file of files) if (!existsSync(join(dir, file))) throw new Error(`${file}, which ${view} needs, is not in the build`);
  return files;
}
const shell = ['/app.html', ...new Set(named)].sort();
if (!shell.some((p) => p.endsWith('.wasm')) || !shell.some((p) => p.endsWith('.js'))) {
  throw new Error(`the app shell lacks the loader or the wasm: ${shell.join(', ')}`);
}
writeFileSync(swPath, template
  .replace('__BANTIN_BUILD__', build)
  .replace("'__BANTIN_SHELL_FILES__'", shell.map((p) => `'${p}'`).join(', ')));
console.log(`sw: ${shell.length} files of the app shell saved at install`);

