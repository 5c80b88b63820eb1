// The app's wasm, built in place of trunk's own Rust build (index.html's rust
// link has data-trunk-skip): the first step of the post-build hook
// (scripts/post-build). Trunk keeps the HTML, CSS and assets.
//
// Release: cargo builds with `--cfg bantin_split` (src/lazy.rs: each view
// but the article's becomes a split point), Leptos's `erase_components`,
// and relocations kept for the split; `wasm-split-cli` cuts the module into
// the main module and a chunk per view; wasm-bindgen writes the JS glue
// (keeping the exports the chunks share); wasm-opt -Oz shrinks every file.
// Debug (`make dev`): one module, no split, no wasm-opt.
//
// The files go into `wasm-<hash>/` of the staged site, the hash being that
// of every file in it: a build's files never change, and chunks, which load
// each other by relative URL, need no renaming. index.html gets the loader
// (an inline module script, hashed into the policy by scripts/csp.mjs), a
// modulepreload of the glue and a preload of the main module, which the
// static pages drop (crates/bantin-tool/src/publish/shell.rs).
//
// The loader starts the app at once on a view only the app draws. A page
// that opens with its static markup (#first-view) is complete and its
// controls work without the app: the loader waits for its `load` event, so
// the main module never competes with the page's images and style sheets,
// and marks the moment it asks for it (`bantin:app-requested`, read by
// `make bench`). If the app cannot start, public/compat.js says so; on a
// browser it finds too old (`<html data-no-app>`) the loader asks for nothing.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { WASM_OPT_FLAGS } from './wasm-opt-flags.mjs';

const release = process.env.TRUNK_PROFILE === 'release';
const stage = process.env.TRUNK_STAGING_DIR ?? 'dist';
const TARGET = 'wasm32-unknown-unknown';
// The split build's flags differ from every other build's: its own target
// folder keeps `cargo clippy`, the tests and this build from rebuilding each other.
const SPLIT_TARGET_DIR = 'target/split';

const run = (command, args, env = {}) =>
  execFileSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });

/**
 * Panic messages name their source files: a dependency's as
 * `leptos-0.8.23/src/…` rather than under the registry's folder of this
 * machine (3 KB less, and the same on every machine).
 */
function shortPaths() {
  const registry = join(process.env.CARGO_HOME ?? join(homedir(), '.cargo'), 'registry', 'src');
  if (!existsSync(registry)) return [];
  return readdirSync(registry).map((index) => `--remap-path-prefix=${join(registry, index)}/=`);
}

const work = join('target', 'wasm-stage');
rmSync(work, { recursive: true, force: true });
const pkg = join(work, 'pkg');
mkdirSync(pkg, { recursive: true });

if (release) {
  const flags = ['-Clink-args=--emit-relocs', '--cfg', 'bantin_split', '--cfg', 'erase_components', ...shortPaths()];
  run('cargo', ['build', '--release', '--target', TARGET, '--bin', 'bantin', '--target-dir', SPLIT_TARGET_DIR], {
    CARGO_ENCODED_RUSTFLAGS: flags.join('\x1f'),
  });
  const split = join(work, 'split');
  run('wasm-split-cli', [join(SPLIT_TARGET_DIR, TARGET, 'release', 'bantin.wasm'), split, '--target', 'web', '--out-name', 'bantin']);
  run('wasm-bindgen', [join(split, 'bantin.wasm'), '--target', 'web', '--no-typescript', '--keep-lld-exports', '--out-dir', pkg, '--out-name', 'bantin']);
  for (const file of readdirSync(split)) {
    if (file !== 'bantin.wasm') cpSync(join(split, file), join(pkg, file));
  }
  for (const file of readdirSync(pkg).filter((f) => f.endsWith('.wasm'))) {
    const path = join(pkg, file);
    run('wasm-opt', [...WASM_OPT_FLAGS, '-o', path, path]);
  }
} else {
  run('cargo', ['build', '--target', TARGET, '--bin', 'bantin']);
  run('wasm-bindgen', [join('target', TARGET, 'debug', 'bantin.wasm'), '--target', 'web', '--no-typescript', '--out-dir', pkg, '--out-name', 'bantin']);
}

// One name for the build's files: the hash of all of them.
const files = readdirSync(pkg).sort();
const hash = createHash('sha256');
for (const file of files) hash.update(file).update('\0').update(readFileSync(join(pkg, file)));
const folder = `wasm-${hash.digest('hex').slice(0, 16)}`;
for (const old of readdirSync(stage).filter((f) => /^wasm-[0-9a-f]{16}$/.test(f))) rmSync(join(stage, old), { recursive: true });
cpSync(pkg, join(stage, folder), { recursive: true });

function loader(glue, main) {
  return [
    // public/compat.js marks a browser that cannot run the app.
    "if(!document.documentElement.hasAttribute('data-no-app')){",
    "if(document.getElementById('first-view')&&document.readyState!=='complete')",
    "await new Promise(function(r){addEventListener('load',r,{once:true})});",
    "performance.mark('bantin:app-requested');",
    `const{default:init}=await import('${glue}');`,
    `await init({module_or_path:'${main}'});`,
    '}',
  ].join('');
}

const glue = `/${folder}/bantin.js`;
const main = `/${folder}/bantin_bg.wasm`;
const tags = [
  `<link rel="modulepreload" href="${glue}">`,
  `<link rel="preload" href="${main}" as="fetch" type="application/wasm" crossorigin>`,
  `<script type="module">${loader(glue, main)}</script>`,
].join('\n    ');
const indexPath = join(stage, 'index.html');

const html = readFileSync(indexPath, 'utf8');
if (!html.includes('</head>')) throw new Error(`${indexPath} has no </head> to put the loader before`);
writeFileSync(indexPath, html.replace('</head>', `    ${tags}\n  </head>`));
const sizes = files.map((f) => `${f} ${readFileSync(join(pkg, f)).length} B`).join(', ');
console.log(`wasm: ${folder}/ ${sizes}`);
