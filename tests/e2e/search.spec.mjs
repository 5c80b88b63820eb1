// Searching the bundled (plain) feed: with or without diacritics, every word
// required, newest first, matches marked, results at their own URL.
import { test, expect } from './fixtures.mjs';
import { articles, categories, categoryOf } from './sample.mjs';

/** The app's folding, in JS: no marks, no case, đ is d. */
const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
const wordsOf = (s) => fold(s).split(/[^a-z0-9]+/).filter((w) => w.length >= 2);
function expectedTitles(query) {
  const q = wordsOf(query);
  return articles.filter((a) => {
    const category = categories.find((c) => c.id === categoryOf(a))?.name ?? '';
    const document = a._bantin?.document;
    const words = wordsOf(`${a.title} ${a.summary ?? ''} ${category} ${document?.number ?? ''} ${document?.abstract ?? ''}`);
    return q.every((w) => words.some((d) => d.startsWith(w)));
  }).map((a) => a.title);
}

const results = (page) => page.getByTestId('search-result');

test('the masthead search finds articles with or without diacritics', async ({ page }) => {
  const expected = expectedTitles('giáo dục');
  expect(expected.length).toBeGreaterThan(2);
  await page.goto('/');
  await page.getByRole('search').getByRole('searchbox', { name: 'Tìm kiếm' }).fill('giao duc');
  await page.getByRole('search').getByRole('button', { name: 'Tìm' }).click();
  await expect(page).toHaveURL('/tim-kiem?q=giao%20duc');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tìm kiếm');
  await expect(page.getByTestId('search-summary')).toHaveText(`Tìm thấy ${expected.length} bài viết cho “giao duc”.`);
  await expect(results(page).locator('.search-result__title')).toHaveText(expected.slice(0, 20));

  await page.goto('/tim-kiem?q=GI%C3%81O%20D%E1%BB%A4C');
  await expect(results(page).locator('.search-result__title')).toHaveText(expected.slice(0, 20));
  // In titles that hold the words, they are marked as written.
  const titled = results(page).locator('.search-result__title').filter({ hasText: /giáo dục/i }).first().locator('mark');
  await expect(titled).toHaveText([/^giáo$/i, /^dục$/i]);
});

test('đ is found as d, every word must match, and results narrow as the reader types', async ({ page }) => {
  await page.goto('/tim-kiem');
  await expect(page.getByTestId('search-page').getByText('Gõ từ cần tìm')).toBeVisible();
  const box = page.getByTestId('search-page').getByRole('searchbox');
  await box.fill('dang');
  await expect(page).toHaveURL('/tim-kiem?q=dang');
  const dang = expectedTitles('dang');
  expect(dang.some((t) => /Đảng/.test(t))).toBe(true);
  await expect(page.getByTestId('search-summary')).toContainText(`Tìm thấy ${dang.length} bài viết`);
  await box.pressSequentially(' vien');
  await expect(page).toHaveURL('/tim-kiem?q=dang%20vien');
  const narrowed = expectedTitles('dang vien');
  expect(narrowed.length).toBeLessThan(dang.length);
  await expect(results(page).locator('.search-result__title')).toHaveText(narrowed.slice(0, 20));
  await box.fill('khongcotrongbaonao');
  await expect(page.getByTestId('search-summary')).toHaveText('Không tìm thấy bài viết nào cho “khongcotrongbaonao”.');
  await expect(results(page)).toHaveCount(0);
});

test('a result opens its article, and back returns to the results', async ({ page }) => {
  await page.goto('/tim-kiem?q=binh%20giang');
  const first = expectedTitles('binh giang')[0];
  await results(page).first().getByRole('link', { name: first }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first);
  await page.goBack();
  await expect(page.getByRole('searchbox')).toHaveValue('binh giang');
  await expect(results(page).first()).toBeVisible();
});
