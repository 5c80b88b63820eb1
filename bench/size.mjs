// Where the main module's bytes go: twiggy over a build that keeps names,
// grouped by crate. (What each route downloads: bench/routes.mjs.)
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { WASM_OPT_FLAGS } from '../scripts/wasm-opt-flags.mjs';

const run = promisify(execFile);

// ---- twiggy, grouped by crate -------------------------------------------

/** Splits `<X as Y>::rest` at its top level; null when `name` is not of that form. */
function qualified(name) {
  if (!name.startsWith('<')) return null;
  let depth = 0;
  for (let i = 0; i < name.length; i++) {
    if (name[i] === '<') depth++;
    else if (name[i] === '>' && --depth === 0) {
      const inner = name.slice(1, i);
      let d = 0;
      for (let j = 0; j < inner.length; j++) {
        if (inner[j] === '<') d++;
        else if (inner[j] === '>') d--;
        else if (d === 0 && inner.startsWith(' as ', j)) return { self: inner.slice(0, j), trait: inner.slice(j + 4) };
      }
      return { self: inner, trait: '' };
    }
  }
  return null;
}

/** The crate a path starts with (`tachys::view::…` → tachys), or null for a bare `T`, `[u8]`, `str`, a tuple. */
function crateOfPath(path) {
  const type = path.replace(/^(?:&(?:mut )?|\*(?:const|mut) |dyn |impl )+/, '').trim();
  if (type.startsWith('<')) return crateOf(type);
  const match = type.match(/^([A-Za-z_][A-Za-z0-9_]*)(?:\[[0-9a-f]+\])?::/);
  return match ? match[1] : null;
}

/**
 * The crate a twiggy item belongs to: the first path segment of its name;
 * for `<Type as Trait>::f`, the crate of `Type` when it names one, else the
 * crate of `Trait` (so `<T as tachys::…::IntoAny>` is tachys); data segments,
 * and the imports, exports and shims wasm-bindgen adds, are groups of their own.
 */
export function crateOf(name) {
  if (name.startsWith('data segment')) return 'static data (.rodata)';
  if (/^(import|export) |^(elem|table|type|code|global|memory)\[|externref|shim$|^__wb|^__externref|^intounderlying|section headers$|^wasm magic/.test(name)) {
    return 'wasm-bindgen glue, imports, exports, tables, headers';
  }
  const q = qualified(name);
  // `<str>::…`, `<u32>::…`, `<[u8]>::…`: inherent methods of primitives, in core.
  if (q) return crateOfPath(q.self) ?? crateOfPath(q.trait) ?? 'core';
  const crate = crateOfPath(name);
  if (crate === '__rustc') return 'std';
  if (crate) return crate;
  if (name === 'main') return 'bantin';
  if (/^custom section/.test(name)) return 'custom sections';
  return 'other (compiler builtins: memcpy, __multi3, …)';
}

/** twiggy's CSV rows as [name, shallow bytes]. */
function parseCsv(text) {
  const rows = [];
  for (const line of text.trim().split('\n').slice(1)) {
    const m = line.match(/^("(?:[^"]|"")*"|[^,]*),(\d+),/);
    if (m) rows.push([m[1].replace(/^"|"$/g, '').replace(/""/g, '"'), Number(m[2])]);
  }
  return rows;
}

/**
 * Builds the split build's main module (as wasm-split-cli
 * wrote it) with names kept, exactly as scripts/wasm.mjs does (wasm-bindgen,
 * then wasm-opt) plus `--keep-debug` and `-g`, checks that without the names
 * it is byte for byte the size of dist's, and groups twiggy's items by crate.
 */
export async function wasmByCrate({ wasm, distWasm, work }) {
  mkdirSync(work, { recursive: true });
  await run('wasm-bindgen', ['--keep-debug', '--keep-lld-exports', '--target', 'web', '--no-typescript', '--out-dir', work, '--out-name', 'bantin', wasm]);
  const input = join(work, 'bantin_bg.wasm');
  const named = join(work, 'named.wasm');
  const plain = join(work, 'plain.wasm');
  await Promise.all([run('wasm-opt', [...WASM_OPT_FLAGS, '-g', input, '-o', named]), run('wasm-opt', [...WASM_OPT_FLAGS, input, '-o', plain])]);
  const { stdout } = await run('twiggy', ['top', '-n', '100000', '-f', 'csv', named], { maxBuffer: 64 << 20 });
  writeFileSync(join(work, 'top.csv'), stdout);
  // The names themselves are not in the shipped wasm.
  const rows = parseCsv(stdout).filter(([name]) => !/^"[a-z ]+" subsection$|^custom section 'name'/.test(name));
  const groups = new Map();
  for (const [name, size] of rows) {
    const crate = crateOf(name);
    const group = groups.get(crate) ?? { crate, bytes: 0, items: 0 };
    group.bytes += size;
    group.items += 1;
    groups.set(crate, group);
  }
  const total = rows.reduce((a, [, s]) => a + s, 0);
  return {
    total,
    plainSize: statSync(plain).size,
    distSize: statSync(distWasm).size,
    groups: [...groups.values()].sort((a, b) => b.bytes - a.bytes),
    top: rows.sort((a, b) => b[1] - a[1]).slice(0, 12).map(([name, bytes]) => ({ name, bytes, crate: crateOf(name) })),
  };
}
