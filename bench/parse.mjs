// Budget 3: parsing a listing feed in the browser, the app's parse_page
// (serde_json and the content model, in wasm) against JSON.parse after
// TextDecoder, on the same bytes in the same page: tests/parse_bench.rs, run
// by wasm-bindgen-test in headless Chromium. Built in its own target folder
// (bench/work/target), since `--cfg bench_parse` would otherwise rebuild the
// project's everyday target/ from scratch.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { median } from './browser.mjs';

export function measureParse({ feed, targetDir }) {
  const env = {
    ...process.env,
    CARGO_TARGET_DIR: resolve(targetDir),
    RUSTFLAGS: `${process.env.RUSTFLAGS ?? ''} --cfg bench_parse`.trim(),
    BANTIN_BENCH_FEED: resolve(feed),
    CHROMEDRIVER: process.env.CHROMEDRIVER ?? '/usr/bin/chromedriver',
  };
  const args = ['test', '--release', '--target', 'wasm32-unknown-unknown', '--test', 'parse_bench', '--', '--nocapture'];
  return new Promise((done, fail) => {
    const child = spawn('cargo', args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    let partial = '';
    child.stderr.on('data', (d) => {
      err += d;
      // Cargo's progress, line by line, so a first build (minutes) does not look stuck.
      const lines = (partial + d).split('\n');
      partial = lines.pop();
      for (const line of lines) if (/^\s*(Compiling bantin|Finished|Running)/.test(line)) console.log(`  ${line.trim()}`);
    });
    child.on('close', (code) => {
      const line = out.split('\n').find((l) => l.includes('BANTIN_BENCH parse '));
      if (code !== 0 || !line) return fail(new Error(`parse benchmark failed (exit ${code}):\n${err.slice(-4000)}\n${out.slice(-4000)}`));
      const result = JSON.parse(line.slice(line.indexOf('{')));
      result.median = {
        parse_page: median(result.parse_page_ms),
        parse_document: median(result.parse_document_ms),
        json_parse: median(result.json_parse_ms),
      };
      done(result);
    });
  });
}
