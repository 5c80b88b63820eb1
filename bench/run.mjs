// `make bench`: measures the app against its performance budgets in one run
// and writes bench/report.md (and every raw figure to bench/work/results.json).
// Expects the release build in dist/, target/release/bantin-tool and the
// 10k archive of `make archive`; scripts/bench sees to all three.
//
//   node bench/run.mjs                 measure everything, write the report
//   node bench/run.mjs --report-only   rewrite the report from bench/work/results.json
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, median } from './browser.mjs';
import { wasmByCrate } from './size.mjs';
import { measureRoutes } from './routes.mjs';
import { measureLighthouse } from './lighthouse.mjs';
import { measureLastParagraph } from './paint.mjs';
import { measurePublish } from './publish.mjs';
import { measureQuality } from './quality.mjs';
import { measureParse } from './parse.mjs';
import { measureBytes } from './bytes.mjs';
import { measureKeystrokes, measureSearchBytes } from './search.mjs';
import { measureListing } from './listing.mjs';
import { listingFeed } from './listing-feed.mjs';
import { serve } from './serve.mjs';
import { writeReport } from './report.mjs';
import { BUDGETS } from './budgets.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(ROOT);
process.env.PATH = [join(ROOT, 'node_modules/.bin'), join(process.env.HOME ?? '', '.cargo/bin'), process.env.PATH].join(':');

const WORK = 'bench/work';
const DATA = join(WORK, 'data');
// A copy of dist/ taken at the start, served and measured throughout: other
// builds may rewrite dist/ while the benchmark runs.
const DIST = join(WORK, 'dist');
const TOOL = 'target/release/bantin-tool';
const ARCHIVE_10K = join(WORK, 'archive-10k'); // `make archive`: 10,000 articles, 20 a page
const ARTICLE_ID = 'bg-2023-0331-nq29';
const CATEGORY = 'giao-duc';
/** The start of the seed article's last paragraph (bench/static-article.html has it too). */
const LAST_PARAGRAPH = 'Dịp này, Ban Thường vụ Quận ủy tặng Giấy khen';
const PORT = 4180;

const settings = {
  lighthouseRuns: 3,
  paintRuns: 5,
  cpuThrottle: 4,
  keystrokeQueries: ['giao duc quan', 'thot not'],
  keystrokeRepetitions: 3,
  searchBytesQueries: ['giao duc quan', 'thot not', 'hien mau tinh nguyen', 'ubnd'],
  listingRepetitions: 7,
  listingPageSize: 50,
  layoutPageSize: 20,
  parseFeedBytes: 4 * 1024 * 1024,
};

const step = (text) => console.log(`\x1b[1mbench:\x1b[0m ${text}`);
const text = (file) => readFileSync(file, 'utf8');
const newer = (file, than) => existsSync(file) && statSync(file).mtimeMs > statSync(than).mtimeMs;
const tool = (...args) => execFileSync(TOOL, args, { stdio: ['ignore', 'inherit', 'inherit'] });

function machine() {
  const cpuinfo = text('/proc/cpuinfo');
  const memKb = Number(text('/proc/meminfo').match(/^MemTotal:\s+(\d+)/m)[1]);
  const model = cpuinfo.match(/^model name\s*:\s*(.+)$/m)?.[1].trim() ?? cpus()[0]?.model ?? 'unknown';
  const cores = cpuinfo.match(/^processor\s*:/gm)?.length ?? cpus().length;
  const version = (cmd, args) => {
    try {
      return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return 'unknown';
    }
  };
  let commit = version('git', ['rev-parse', '--short', 'HEAD']);
  if (version('git', ['status', '--porcelain', '--untracked-files=no']) !== '') commit += ' with uncommitted changes';
  return {
    cpu: model,
    cores,
    memory: `${(memKb / 1024 / 1024).toFixed(1)} GiB`,
    load: loadavg().map((l) => l.toFixed(2)).join(' '),
    node: process.version,
    rustc: version('rustc', ['--version']),
    commit,
  };
}

/**
 * A synthetic archive as a static layout in `out`, rebuilt only when the tool
 * is newer than it. Writes into a temporary folder first, like scripts/archive.
 */
function layout(big, out, pageSize) {
  if (newer(join(out, 'feed.json'), TOOL) && newer(join(out, 'feed.json'), big)) return out;
  const tmp = `${out}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  tool('layout', '--feed', big, '--out', tmp, '--page-size', String(pageSize));
  rmSync(out, { recursive: true, force: true });
  renameSync(tmp, out);
  return out;
}

function generate(articles, out) {
  if (!newer(out, TOOL)) tool('generate', '--articles', String(articles), '--seed', '1', '--out', out);
  return out;
}

function prepareData() {
  mkdirSync(DATA, { recursive: true });
  if (!existsSync(join(ARCHIVE_10K, 'feed.json'))) throw new Error(`${ARCHIVE_10K} is missing: run \`make archive\``);
  const big10k = generate(10_000, join(DATA, 'big-10k.json'));
  const listing = join(DATA, 'listing-4mb.json');
  if (!newer(listing, big10k)) writeFileSync(listing, listingFeed(JSON.parse(text(big10k)), settings.parseFeedBytes));
  const data = {
    listingFeed: listing,
    layout20: layout(generate(20, join(DATA, 'big-20.json')), join(DATA, 'layout-20'), settings.layoutPageSize),
    layout10k50: layout(big10k, join(DATA, 'layout-10k-50'), settings.listingPageSize),
  };
  // 100,000 articles: 340 MB of JSON, laid out for search and published.
  data.big100k = generate(100_000, join(DATA, 'big-100k.json'));
  data.layout100k = layout(data.big100k, join(DATA, 'layout-100k'), settings.layoutPageSize);
  return data;
}

/** The article view's URL in the release build: the folder of its static page. */
function articlePath() {
  const folder = join(DIST, 'bai-viet', ARTICLE_ID);
  const slug = readdirSync(folder).find((f) => existsSync(join(folder, f, 'index.html')));
  if (!slug) throw new Error(`no static page for ${ARTICLE_ID} in ${folder}`);
  return `/bai-viet/${ARTICLE_ID}/${slug}`;
}

/**
 * The static page's site: bench/static-article.html as /static/article.html,
 * with dist's style sheets under their names without the hash in /static/css/.
 * Served over dist, so /images/ are the app's own.
 */
function staticSite() {
  const site = join(WORK, 'static-site');
  rmSync(site, { recursive: true, force: true });
  mkdirSync(join(site, 'static/css'), { recursive: true });
  const page = text('bench/static-article.html');
  copyFileSync('bench/static-article.html', join(site, 'static/article.html'));
  const css = readdirSync(DIST).filter((f) => f.endsWith('.css'));
  const linked = [...page.matchAll(/href="css\/([^"]+\.css)"/g)].map((m) => m[1]);
  for (const file of css) copyFileSync(join(DIST, file), join(site, 'static/css', file.replace(/-[0-9a-f]{12,16}\.css$/, '.css')));
  const names = css.map((f) => f.replace(/-[0-9a-f]{12,16}\.css$/, '.css'));
  const missing = names.filter((n) => !linked.includes(n));
  const extra = linked.filter((n) => !names.includes(n));
  return { site, sameCss: missing.length === 0 && extra.length === 0, missing, extra };
}

/** Whether the app's page preloads the feed, and the URL it names. */
function feedPreload() {
  const html = text(join(DIST, 'app.html'));
  const feed = html.match(/<meta name="bantin:feed" content="([^"]+)"/)?.[1] ?? 'feed.json';
  const links = [...html.matchAll(/<link\b[^>]*>/g)].map((m) => m[0]);
  const preload = links.find((l) => /rel="?preload"?/.test(l) && l.includes(feed.replace(/^\//, '')));
  return { feed, preload: preload ?? null };
}

/**
 * Copies dist/ and the wasm its build came from, one right after the other,
 * so that one run measures one build (the twiggy step checks they match).
 */
function snapshotBuild() {
  // The main module as wasm-split-cli wrote it, names kept (scripts/wasm.mjs).
  const wasm = 'target/wasm-stage/split/bantin.wasm';
  if (!existsSync('dist/app.html') || !existsSync(wasm)) throw new Error('no release build: run `make build`');
  rmSync(DIST, { recursive: true, force: true });
  cpSync('dist', DIST, { recursive: true });
  const copy = join(WORK, 'bantin.wasm');
  copyFileSync(wasm, copy);
  return copy;
}

async function main() {
  const started = Date.now();
  const results = { date: new Date().toISOString(), settings, machine: machine(), errors: {} };
  // A measurement that fails is reported as such; the others still run.
  const measure = async (name, run) => {
    try {
      results[name] = await run();
    } catch (error) {
      console.error(`bench: ${name} failed: ${error.stack ?? error}`);
      results.errors[name] = String(error.message ?? error).split('\n')[0];
    }
  };

  step('data: a snapshot of the build, synthetic archives and the listing feed');
  const builtWasm = snapshotBuild();
  const data = prepareData();
  const article = articlePath();
  results.article = article;

  const browser = await launch();
  results.chromium = browser.version();

  step('1/8 what each route downloads, cold, and the main module by crate (twiggy)');
  await measure('routes', async () => {
    const server = await serve([DIST], PORT);
    try {
      return await measureRoutes(browser, `http://127.0.0.1:${PORT}`, {
        article: { path: article, ready: '[data-testid="article-body"]', static: true },
        home: { path: '/', ready: '[data-testid="article-card"]', static: true },
        category: { path: `/chuyen-muc/${CATEGORY}`, ready: '[data-testid="article-card"]', static: true },
        search: { path: '/tim-kiem?q=giao%20duc', ready: '[data-testid="search-summary"]' },
        share: { path: `/chia-se/${ARTICLE_ID}`, ready: '[data-testid="share-view"]' },
        print: { path: `/in/${ARTICLE_ID}`, ready: '.print-view [data-testid="article-body"]' },
        embed: { path: '/embed', ready: '[data-testid="embed-item"]' },
      });
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
  await measure('twiggy', () => {
    const folder = readdirSync(DIST).find((f) => /^wasm-[0-9a-f]{16}$/.test(f));
    return wasmByCrate({ wasm: builtWasm, distWasm: join(DIST, folder, 'bantin_bg.wasm'), work: join(WORK, 'twiggy') });
  });

  step('2/8 feed parsing in the browser (cargo test --test parse_bench)');
  await measure('parse', () => measureParse({ feed: data.listingFeed, targetDir: join(WORK, 'target') }));

  step(`3/8 Lighthouse, app vs static page (${settings.lighthouseRuns} runs each), then accessibility and best practices`);
  results.preload = feedPreload();
  await measure('lighthouse', async () => {
    const stat = staticSite();
    results.staticSite = stat;
    const server = await serve([stat.site, DIST], PORT);
    const work = join(WORK, 'lighthouse');
    mkdirSync(work, { recursive: true });
    try {
      return await measureLighthouse({
        appUrl: `http://127.0.0.1:${PORT}${article}`,
        staticUrl: `http://127.0.0.1:${PORT}/static/article.html`,
        runs: settings.lighthouseRuns,
        work,
      });
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
  await measure('quality', async () => {
    const server = await serve([DIST], PORT);
    const work = join(WORK, 'lighthouse');
    mkdirSync(work, { recursive: true });
    const base = `http://127.0.0.1:${PORT}`;
    try {
      return await measureQuality({
        pages: { home: `${base}/`, category: `${base}/chuyen-muc/${CATEGORY}`, article: `${base}${article}` },
        work,
      });
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  try {
    step(`4/8 the last paragraph painted, app vs static page (Slow 4G and CPU 4× applied, ${settings.paintRuns} runs each)`);
    await measure('paint', async () => {
      const stat = staticSite();
      const server = await serve([stat.site, DIST], PORT);
      try {
        return await measureLastParagraph(browser, {
          appUrl: `http://127.0.0.1:${PORT}${article}`,
          staticUrl: `http://127.0.0.1:${PORT}/static/article.html`,
          prefix: LAST_PARAGRAPH,
          runs: settings.paintRuns,
        });
      } finally {
        server.closeAllConnections();
        server.close();
      }
    });

    step('5/8 feed bytes: home page and one article, 10k vs 20 articles');
    await measure('bytes', async () => {
      const archives = { '10k': ARCHIVE_10K, 20: data.layout20 };
      const bytes = await measureBytes(browser, DIST, archives, PORT + 1);
      // How many items each document holds, from the files served.
      for (const [name, folder] of Object.entries(archives)) {
        for (const q of bytes[name].requests) q.items = JSON.parse(text(join(folder, q.path))).items?.length ?? null;
      }
      return bytes;
    });

    step('6/8 search: per keystroke on 10k (CPU 4×), index bytes on 100k');
    await measure('keystrokes', () =>
      measureKeystrokes(browser, DIST, ARCHIVE_10K, {
        port: PORT + 2,
        queries: settings.keystrokeQueries,
        rate: settings.cpuThrottle,
        repetitions: settings.keystrokeRepetitions,
      }),
    );
    await measure('searchBytes', () => measureSearchBytes(browser, DIST, data.layout100k, { port: PORT + 3, queries: settings.searchBytesQueries }));

    step('7/8 listing page of 50 (CPU 4×)');
    await measure('listing', () =>
      measureListing(browser, DIST, data.layout10k50, {
        port: PORT + 4,
        rate: settings.cpuThrottle,
        repetitions: settings.listingRepetitions,
        pageSize: settings.listingPageSize,
      }),
    );
  } finally {
    await browser.close();
  }

  step('8/8 bantin-tool publish of 100,000 articles, then again after one new article');
  await measure('publish', () => measurePublish({ tool: TOOL, feed: data.big100k, app: join(DIST, 'app.html'), work: DATA }));

  results.machine.loadAfter = loadavg().map((l) => l.toFixed(2)).join(' ');
  results.seconds = Math.round((Date.now() - started) / 1000);
  writeFileSync(join(WORK, 'results.json'), JSON.stringify(results, null, 2));
  const report = writeReport(results, BUDGETS, median);
  writeFileSync('bench/report.md', report.markdown);
  step(`wrote bench/report.md in ${results.seconds} s: ${report.passed} of ${report.total} budgets pass`);
  for (const line of report.summary) console.log(`  ${line}`);
  const failed = Object.keys(results.errors);
  if (failed.length) {
    console.error(`bench: not measured: ${failed.join(', ')} (see above and the report)`);
    process.exitCode = 1;
  }
}

function reportOnly() {
  const results = JSON.parse(text(join(WORK, 'results.json')));
  const report = writeReport(results, BUDGETS, median);
  writeFileSync('bench/report.md', report.markdown);
  for (const line of report.summary) console.log(`  ${line}`);
}

if (process.argv.includes('--report-only')) reportOnly();
else await main();
