// Pictures of the home page, an older page of it, the seed article, a day and search results,
// on a phone and a desktop, for a person to look at: test-results/engines/<engine>-<view>-<width>.png.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { test, expect } from './fixtures.mjs';
import { ARTICLE } from './site.mjs';

const OUT = path.resolve(import.meta.dirname, '../../test-results/engines');
const TALLEST = 3000;
const VIEWS = [
  ['home', '/', '[data-testid=article-card]'],
  ['older', '/trang/2', '.pager__current'],
  ['article', ARTICLE, '[data-testid=related] .related__link'],
  ['day', '/ngay/2023-03-21', '[data-testid=day-nav]'],
  ['search', '/tim-kiem?q=binh%20giang', '[data-testid=search-result]'],
];

for (const width of [390, 1280]) {
  test(`home, an older page, the seed article, a day and search results are pictured ${width} px wide`, async ({ page, engineName }) => {
    mkdirSync(OUT, { recursive: true });
    for (const [name, address, ready] of VIEWS) {
      await page.setSize(width, 800);
      await page.goto(address);
      await expect.poll(() => page.count(ready)).toBeGreaterThan(0);
      // The whole page, as far as a tall window allows.
      const height = Math.min(await page.evaluate(() => document.documentElement.scrollHeight), TALLEST);
      await page.setSize(width, height);
      await expect.poll(() => page.evaluate(() => [...document.images].every((img) => img.complete))).toBe(true);
      const png = await page.screenshot();
      expect(PNG.sync.read(png).width).toBe(width);
      writeFileSync(path.join(OUT, `${engineName}-${name}-${width}.png`), png);
    }
  });
}
