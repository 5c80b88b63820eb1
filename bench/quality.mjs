// Lighthouse 12's accessibility and best-practices categories (default
// mobile preset) on the home page, a category and an article of the release
// build, one run each: these audits check the page, not its speed, so one run
// is the figure. Reports each score and every audit that did not pass.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const run = promisify(execFile);
const CATEGORIES = ['accessibility', 'best-practices'];

async function audit(url, output) {
  await run(
    'lighthouse',
    [url, `--only-categories=${CATEGORIES.join(',')}`, '--output=json', `--output-path=${output}`, '--quiet', '--chrome-flags=--headless=new --no-sandbox'],
    { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM ?? '/usr/bin/chromium' }, maxBuffer: 64 << 20 },
  );
  const report = JSON.parse(readFileSync(output, 'utf8'));
  const result = { scores: {}, failing: [] };
  for (const id of CATEGORIES) {
    const category = report.categories[id];
    result.scores[id] = Math.round(category.score * 100);
    for (const ref of category.auditRefs) {
      const a = report.audits[ref.id];
      // Weight 0 audits are informative; a null score is not applicable.
      if (ref.weight > 0 && a.score !== null && a.score < 1) result.failing.push({ category: id, id: ref.id, title: a.title });
    }
  }
  return result;
}

/** `pages`: `{ name: url }`. Returns `{ name: { url, scores, failing } }`. */
export async function measureQuality({ pages, work }) {
  const out = {};
  for (const [name, url] of Object.entries(pages)) {
    out[name] = { url, ...(await audit(url, join(work, `quality-${name}.json`))) };
    const s = out[name].scores;
    console.log(`  ${name}: accessibility ${s.accessibility}, best practices ${s['best-practices']}`);
  }
  return out;
}
