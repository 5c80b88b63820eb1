// The reader's settings in the masthead: text size, theme and language, each
// kept after a reload.
import { test, expect } from './fixtures.mjs';
import { ARTICLE, SEED } from './site.mjs';

const rootAttr = (page, name) => page.evaluate((n) => document.documentElement.getAttribute(n), name);
const rootFontSize = (page) => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));

/** Opens the article's page, and waits until its related list is there. */
async function openArticle(page, load = () => page.goto(ARTICLE)) {
  await load();
  await expect.poll(() => page.count('[data-testid=related] .related__link')).toBeGreaterThan(0);
}

test('A+ and A− change the text size, and the size is kept after a reload', async ({ page }) => {
  await openArticle(page);
  await expect.poll(() => rootAttr(page, 'data-text-size')).toBe('1');
  const base = await rootFontSize(page);

  await page.click('button[title="Tăng cỡ chữ"]');
  await page.click('button[title="Tăng cỡ chữ"]');
  await expect.poll(() => rootAttr(page, 'data-text-size')).toBe('3');
  expect(await rootFontSize(page)).toBeCloseTo(base * 1.5, 1);
  await openArticle(page, () => page.reload());
  expect(await rootAttr(page, 'data-text-size')).toBe('3');
  expect(await rootFontSize(page)).toBeCloseTo(base * 1.5, 1);

  for (let i = 0; i < 3; i += 1) await page.click('button[title="Giảm cỡ chữ"]');
  await expect.poll(() => rootAttr(page, 'data-text-size')).toBe('0');
  expect(await rootFontSize(page)).toBeCloseTo(base * 0.9, 1);
});

test('the dark theme is applied and kept after a reload', async ({ page }) => {
  await openArticle(page);
  expect(await rootAttr(page, 'data-theme')).toBe('auto');
  await page.select('.reading-options__select', 'dark');
  await expect.poll(() => rootAttr(page, 'data-theme')).toBe('dark');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(await background()).toBe('rgb(21, 23, 27)');

  await openArticle(page, () => page.reload());
  expect(await rootAttr(page, 'data-theme')).toBe('dark');
  expect(await background()).toBe('rgb(21, 23, 27)');
  expect(await page.evaluate(() => document.querySelector('.reading-options__select').value)).toBe('dark');
});

test('the language switch shows the interface in English, kept after a reload, and back in Vietnamese', async ({ page }) => {
  await page.goto('/');
  await expect.poll(() => page.text('main h1')).toBe('Tin mới nhất');
  await page.clickText('.reading-options__language', 'English');
  await expect.poll(() => rootAttr(page, 'lang')).toBe('en');
  await expect.poll(() => page.text('main h1')).toBe('Latest news');
  expect(await page.text('.category-nav__link')).toBe('Home');

  await page.goto(ARTICLE);
  await expect.poll(() => page.text('[data-testid=update-line]')).toBe('Updated 12:41, 31 March 2023 - Views: 100');
  await page.reload();
  await expect.poll(() => page.text('[data-testid=update-line]')).toBe('Updated 12:41, 31 March 2023 - Views: 100');
  expect(await rootAttr(page, 'lang')).toBe('en');

  await page.clickText('.reading-options__language', 'Tiếng Việt');
  await expect.poll(() => page.text('[data-testid=update-line]')).toBe(SEED.updateLine);
  expect(await rootAttr(page, 'lang')).toBe('vi');
  expect(await page.text('.category-nav__link')).toBe('Trang chủ');
});
