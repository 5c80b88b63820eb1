// Searching from the masthead: with or without diacritics, the same articles.
import { test, expect, pathOf } from './fixtures.mjs';
import { articles, categories, categoryOf } from './site.mjs';

/** The app's folding, in JS: no marks, no case, đ is d. */
const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
const wordsOf = (s) => fold(s).split(/[^a-z0-9]+/).filter((w) => w.length >= 2);
function expectedTitles(query) {
  const q = wordsOf(query);
  return articles.filter((a) => {
    const category = categories.find((c) => c.id === categoryOf(a))?.name ?? '';
    const words = wordsOf(`${a.title} ${a.summary ?? ''} ${category}`);
    return q.every((w) => words.some((d) => d.startsWith(w)));
  }).map((a) => a.title);
}

const RESULT_TITLES = '[data-testid=search-result] .search-result__title';

async function searchFromMasthead(page, query) {
  await page.goto('/');
  await page.type('.site-header input[type=search]', query);
  await page.clickText('.site-header button[type=submit]', 'Tìm');
}

test('searching from the masthead finds the same articles with or without diacritics', async ({ page }) => {
  const expected = expectedTitles('giáo dục').slice(0, 20);
  expect(expected.length).toBeGreaterThan(2);

  await searchFromMasthead(page, 'giáo dục');
  await expect.poll(() => pathOf(page)).toBe('/tim-kiem?q=gi%C3%A1o%20d%E1%BB%A5c');
  await expect.poll(() => page.text('main h1')).toBe('Tìm kiếm');
  await expect.poll(() => page.text('[data-testid=search-summary]')).toBe(`Tìm thấy ${expected.length} bài viết cho “giáo dục”.`);
  await expect.poll(() => page.texts(RESULT_TITLES)).toEqual(expected);

  await searchFromMasthead(page, 'giao duc');
  await expect.poll(() => pathOf(page)).toBe('/tim-kiem?q=giao%20duc');
  await expect.poll(() => page.text('[data-testid=search-summary]')).toBe(`Tìm thấy ${expected.length} bài viết cho “giao duc”.`);
  await expect.poll(() => page.texts(RESULT_TITLES)).toEqual(expected);
});
