// Budgets: `bantin-tool publish` of the 100,000-article synthetic archive
// (its time and what it writes), and publishing again after one new article
// (how many files that rewrites). The site is published with its static
// layout, as `--layout auto` does past 500 articles, into a folder holding
// only the build's app.html; it is deleted afterwards (several GB).
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, openSync, readSync, closeSync, readdirSync, lstatSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const SITE_URL = 'https://binhgiang.example.vn';

/** Files and bytes under `dir`, except its top-level `except`. */
function tally(dir, except) {
  let files = 0;
  let bytes = 0;
  const walk = (folder, top) => {
    for (const name of readdirSync(folder)) {
      if (top && name === except) continue;
      const path = join(folder, name);
      const info = lstatSync(path);
      if (info.isDirectory()) walk(path, false);
      else {
        files += 1;
        bytes += info.size;
      }
    }
  };
  walk(dir, true);
  return { files, bytes };
}

/** The first `length` bytes of a file, as text. */
function head(file, length) {
  const buffer = Buffer.alloc(length);
  const fd = openSync(file, 'r');
  try {
    return buffer.subarray(0, readSync(fd, buffer, 0, length, 0)).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** Runs a publish; its summary line's figures and its wall time. */
async function publish(tool, feed, site, now) {
  const started = process.hrtime.bigint();
  const { stdout } = await run(
    tool,
    ['publish', '--feed', feed, '--dist', site, '--site-url', SITE_URL, '--layout', 'always', '--now', now],
    { maxBuffer: 1 << 20 },
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const line = stdout.trim().split('\n').at(-1);
  const figure = (pattern) => Number(line.match(pattern)?.[1] ?? NaN);
  return {
    seconds,
    line,
    articles: figure(/(\d+) article pages/),
    listings: figure(/(\d+) listing pages/),
    written: figure(/(\d+) files written/),
    unchanged: figure(/(\d+) unchanged/),
    removed: figure(/(\d+) removed/),
  };
}

/**
 * `feed`: the 100,000-article JSON Feed; `app`: the build's app.html; `work`:
 * a folder to publish into. The feed gets one new article (newer than all,
 * in the newest article's category) for the second publish.
 */
export async function measurePublish({ tool, feed, app, work }) {
  const site = join(work, 'site-100k');
  rmSync(site, { recursive: true, force: true });
  mkdirSync(site, { recursive: true });
  copyFileSync(app, join(site, 'app.html'));
  try {
    const start = head(feed, 64 * 1024);
    const newest = start.match(/"date_published"\s*:\s*"([^"]+)"/)?.[1];
    const category = start.match(/"category"\s*:\s*"([^"]+)"/)?.[1];
    if (!newest || !category) throw new Error(`${feed}: no first item to read a date and a category from`);
    // The publish happens an hour after the newest article.
    const now = new Date(Date.parse(newest) + 3600_000).toISOString();
    const first = await publish(tool, feed, site, now);
    const output = tally(site, 'app.html');
    console.log(`  publish: ${first.line}`);

    const text = await readFile(feed, 'utf8');
    const at = text.indexOf('[', text.indexOf('"items"')) + 1;
    const item = {
      id: 'bg-bench-tin-moi',
      title: 'Quận Bình Giang ra quân tổng vệ sinh môi trường đón Tết',
      summary: 'Sáng nay, hơn 2.000 đoàn viên, hội viên và người dân 10 phường ra quân tổng vệ sinh môi trường.',
      content_html: '<p>Sáng nay, hơn 2.000 đoàn viên, hội viên và người dân 10 phường ra quân tổng vệ sinh môi trường, khơi thông cống rãnh và trồng hoa trên các tuyến đường.</p>',
      date_published: new Date(Date.parse(newest) + 1800_000).toISOString(),
      _bantin: { category },
    };
    const plusOne = join(work, 'big-100k-plus-one.json');
    writeFileSync(plusOne, `${text.slice(0, at)}${JSON.stringify(item)},${text.slice(at)}`);
    const again = await publish(tool, plusOne, site, now);
    rmSync(plusOne);
    console.log(`  again: ${again.line}`);
    return { first, output, again };
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
}
