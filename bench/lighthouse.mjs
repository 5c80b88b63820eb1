// Budget 2: Lighthouse 12 (the default mobile preset: simulated Slow 4G and
// a 4× slower CPU) on the app's article view and on the same article as a
// hand-written static page (bench/static-article.html), served by the same
// server with the same compression. Runs alternate between the two pages;
// each figure is the median over the runs.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { median } from './browser.mjs';

const run = promisify(execFile);
const AUDITS = {
  lcp: 'largest-contentful-paint',
  fcp: 'first-contentful-paint',
  cls: 'cumulative-layout-shift',
  tbt: 'total-blocking-time',
  si: 'speed-index',
};

async function lighthouse(url, output) {
  await run(
    'lighthouse',
    [url, '--only-categories=performance', '--output=json', `--output-path=${output}`, '--quiet', '--chrome-flags=--headless=new --no-sandbox'],
    { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM ?? '/usr/bin/chromium' }, maxBuffer: 64 << 20 },
  );
  const report = JSON.parse(readFileSync(output, 'utf8'));
  const figures = { score: Math.round(report.categories.performance.score * 100) };
  for (const [key, id] of Object.entries(AUDITS)) figures[key] = report.audits[id].numericValue;
  const requests = report.audits['network-requests'].details.items.map((r) => ({
    path: new URL(r.url).pathname,
    type: r.resourceType,
    transfer: r.transferSize,
    start: r.networkRequestTime,
    end: r.networkEndTime,
  }));
  const lcpNode = report.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
  // What moved, by how much, and the causes Lighthouse names.
  const shifts = (report.audits['layout-shifts']?.details?.items ?? []).map((item) => ({
    score: item.score,
    element: item.node?.snippet ?? '',
    causes: (item.subItems?.items ?? []).map((s) => s.cause).filter(Boolean),
  }));
  return { ...figures, lcpElement: lcpNode?.snippet ?? '', shifts, requests, version: report.lighthouseVersion };
}

export async function measureLighthouse({ appUrl, staticUrl, runs, work }) {
  const results = { app: [], static: [] };
  for (let i = 0; i < runs; i++) {
    for (const [name, url] of [['app', appUrl], ['static', staticUrl]]) {
      results[name].push(await lighthouse(url, join(work, `${name}-${i + 1}.json`)));
      console.log(`  ${name} run ${i + 1}: score ${results[name].at(-1).score}, LCP ${Math.round(results[name].at(-1).lcp)} ms`);
    }
  }
  const summary = {};
  for (const [name, list] of Object.entries(results)) {
    summary[name] = { runs: list };
    for (const key of ['score', ...Object.keys(AUDITS)]) summary[name][key] = median(list.map((r) => r[key]));
  }
  summary.version = results.app[0].version;
  return summary;
}
