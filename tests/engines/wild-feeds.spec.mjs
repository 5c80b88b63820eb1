// Feeds from the wild (../shared/vectors/wild-feeds/jsonfeed/, see its
// README), served as the portal's feed through the proxy's cookie: a valid
// feed lists its articles and opens them; an invalid one says it failed.
// The home view is the app's from the start (the proxy's bantin-shell), as
// the sample's static home page is not the wild feed's.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures.mjs';

const WILD = path.resolve(import.meta.dirname, '../../../shared/vectors/wild-feeds/jsonfeed');

const FEEDS = [
  { file: 'rsparser__inessential.json', valid: true, note: 'clean English reference feed' },
  { file: 'vinhlin__feed.json', valid: true, note: 'Vietnamese, garbage dates, 1.1 MB' },
  { file: 'javaguide__feed.json', valid: true, note: 'Simplified Chinese, 1.2 MB, relative images' },
  { file: 'kimmongyong__feed.json', valid: true, note: 'Korean, percent-encoded Hangul ids' },
  { file: 'rsparser__pxlnv.json', valid: true, note: 'version URL http://jsonfeed.org/version/1' },
  { file: 'gyuni__feed.json', valid: false, note: 'invalid JSON from a template bug' },
];

/** What a reader gets from a feed: its listing, then the first article. */
async function readFeed(engine, file) {
  const page = await engine.newPage();
  try {
    await page.setCookie('bantin-feed', file);
    await page.setCookie('bantin-shell', '/');
    await page.goto('/');
    await expect.poll(() => page.count('[data-testid=article-card], [data-testid=load-error]'), { timeout: 30_000 }).toBeGreaterThan(0);
    if (await page.count('[data-testid=load-error]')) return { listed: false, error: await page.text('[data-testid=load-error] p') };
    await page.click('[data-testid=article-card] h2 a');
    await expect.poll(() => page.count('[data-testid=article] h1, [data-testid=not-found], [data-testid=load-error]')).toBeGreaterThan(0);
    const heading = await page.text('[data-testid=article] h1');
    const body = await page.text('[data-testid=article-body]');
    return { listed: true, opened: Boolean(heading) && Boolean(body) };
  } finally {
    await page.close();
  }
}

test('wild feeds: valid ones list their articles and open the first, the invalid one shows the load error', async ({ engine, engineName }) => {
  test.skip(!existsSync(WILD), `${WILD} is missing (a clone without ../shared/vectors)`);
  test.setTimeout(180_000);
  let passed = 0;
  for (const { file, valid, note } of FEEDS) {
    await test.step(`${file} (${note})`, async () => {
      const got = await readFeed(engine, file);
      if (valid ? got.listed && got.opened : !got.listed) passed += 1;
      const expected = valid ? { listed: true, opened: true } : { listed: false, error: expect.any(String) };
      expect.soft(got, `${file}: ${note}`).toEqual(expected);
    });
  }
  console.log(`wild feeds (${engineName}): ${passed}/${FEEDS.length}`);
});
