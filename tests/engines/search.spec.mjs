// Searching from the masthead: with or without diacritics, the same articles.
import { test, expect, pathOf } from './fixtures.mjs';
import { searchFinds } from './site.mjs';

/** What search finds, newest first: its own results page shows it so with `sap-xep=moi-nhat`. */
const expectedTitles = (query) => searchFinds(query).map((a) => a.title);

const RESULT_TITLES = '[data-testid=search-result] .search-result__title';

async function searchFromMasthead(page, query) {
  await page.goto('/');
  await page.type('.site-header input[type=search]', query);
  await page.clickText('.site-header button[type=submit]', 'Tìm');
}

test('searching from the masthead finds the same articles with or without diacritics', async ({ page }) => {
  const all = expectedTitles('giáo dục');
  const expected = all.slice(0, 20);
  expect(expected.length).toBeGreaterThan(2);

  await searchFromMasthead(page, 'giáo dục');
  await expect.poll(() => pathOf(page)).toBe('/tim-kiem?q=gi%C3%A1o%20d%E1%BB%A5c');
  await expect.poll(() => page.text('main h1')).toBe('Tìm kiếm');
  await expect.poll(() => page.text('[data-testid=search-summary]')).toBe(`Tìm thấy ${all.length} bài viết cho “giáo dục”.`);
  // By relevance: the articles found, best first.
  await expect.poll(async () => (await page.texts(RESULT_TITLES)).length).toBe(expected.length);
  const relevant = await page.texts(RESULT_TITLES);
  expect(relevant.every((t) => all.includes(t))).toBe(true);

  await searchFromMasthead(page, 'giao duc');
  await expect.poll(() => pathOf(page)).toBe('/tim-kiem?q=giao%20duc');
  await expect.poll(() => page.text('[data-testid=search-summary]')).toBe(`Tìm thấy ${all.length} bài viết cho “giao duc”.`);
  await expect.poll(() => page.texts(RESULT_TITLES)).toEqual(relevant);
  // Newest first, by the order's link.
  await page.clickText('.search-order__link', 'Mới nhất');
  await expect.poll(() => pathOf(page)).toBe('/tim-kiem?q=giao%20duc&sap-xep=moi-nhat');
  await expect.poll(() => page.texts(RESULT_TITLES)).toEqual(expected);
});
