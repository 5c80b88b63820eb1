// Searching the bundled (plain) feed: with or without diacritics, every word
// required, in the head fields as typed and in the bodies as whole words;
// by relevance or newest first, filtered by category and dates, all in the
// URL; each result with a snippet of its body, matches marked.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.mjs';
import { articles, categoryOf, searchFinds, wordsOf } from './sample.mjs';

const titles = (query) => searchFinds(query).map((a) => a.title);
const results = (page) => page.getByTestId('search-result');
const resultTitles = (page) => results(page).locator('.search-result__title');

test('the masthead search finds articles with or without diacritics', async ({ page }) => {
  const expected = titles('giáo dục');
  expect(expected.length).toBeGreaterThan(2);
  await page.goto('/');
  await page.getByRole('search').getByRole('searchbox', { name: 'Tìm kiếm' }).fill('giao duc');
  await page.getByRole('search').getByRole('button', { name: 'Tìm' }).click();
  await expect(page).toHaveURL('/tim-kiem?q=giao%20duc');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tìm kiếm');
  await expect(page.getByTestId('search-summary')).toHaveText(`Tìm thấy ${expected.length} bài viết cho “giao duc”.`);
  // By relevance (the default): the same articles as newest first, in another order.
  await expect(resultTitles(page)).toHaveCount(Math.min(expected.length, 20));
  const shown = await resultTitles(page).allTextContents();
  expect(shown.every((t) => expected.includes(t))).toBe(true);

  await page.goto('/tim-kiem?q=GI%C3%81O%20D%E1%BB%A4C&sap-xep=moi-nhat');
  await expect(resultTitles(page)).toHaveText(expected.slice(0, 20));
  // In titles that hold the words, they are marked as written.
  const titled = resultTitles(page).filter({ hasText: /giáo dục/i }).first().locator('mark');
  await expect(titled).toHaveText([/^giáo$/i, /^dục$/i]);
});

test('đ is found as d, every word must match, and results narrow as the reader types', async ({ page }) => {
  await page.goto('/tim-kiem');
  await expect(page.getByTestId('search-summary')).toHaveText(/^Gõ từ cần tìm/);
  // The order is drawn with the page, hidden until there is a word.
  await expect(page.getByTestId('search-order')).toBeHidden();
  await expect(page.getByTestId('search-order')).toHaveCount(1);
  const box = page.getByTestId('search-page').getByRole('searchbox');
  await box.fill('dang');
  await expect(page).toHaveURL('/tim-kiem?q=dang');
  await expect(page.getByTestId('search-order')).toBeVisible();
  const dang = titles('dang');
  expect(dang.some((t) => /Đảng/.test(t))).toBe(true);
  await expect(page.getByTestId('search-summary')).toContainText(`Tìm thấy ${dang.length} bài viết`);
  await box.pressSequentially(' vien');
  await expect(page).toHaveURL('/tim-kiem?q=dang%20vien');
  const narrowed = titles('dang vien');
  expect(narrowed.length).toBeLessThan(dang.length);
  await expect(page.getByTestId('search-summary')).toContainText(`Tìm thấy ${narrowed.length} bài viết`);
  await box.fill('khongcotrongbaonao');
  await expect(page.getByTestId('search-summary')).toHaveText('Không tìm thấy bài viết nào cho “khongcotrongbaonao”.');
  await expect(results(page)).toHaveCount(0);
  // Emptied, the box brings the hint back and hides the order again.
  await box.fill('');
  await expect(page.getByTestId('search-summary')).toHaveText(/^Gõ từ cần tìm/);
  await expect(page.getByTestId('search-order')).toBeHidden();
});

test('a word found only in an article’s body finds it, with a snippet around the match', async ({ page }) => {
  // A word of the seed article's body that no title, lead or category holds.
  const seed = articles.find((a) => a.id === 'bg-2023-0331-nq29');
  const head = (a) => wordsOf(`${a.title} ${a.summary ?? ''}`);
  const word = wordsOf(seed.content_html.replace(/<[^>]*>/g, ' '))
    .find((w) => /^[a-z]{4,}$/.test(w) && searchFinds(w).length === 1 && !head(seed).some((h) => h.startsWith(w)));
  expect(word, 'a word only the body holds').toBeTruthy();
  await page.goto(`/tim-kiem?q=${word}`);
  await expect(page.getByTestId('search-summary')).toHaveText(`Tìm thấy 1 bài viết cho “${word}”.`);
  await expect(resultTitles(page)).toHaveText([seed.title]);
  const mark = results(page).locator('.search-result__snippet mark').first();
  await expect(mark).toBeVisible();
  expect(wordsOf(await mark.textContent())).toEqual([word]);
});

test('relevance puts a title match above body matches; “Mới nhất” orders by date; both in the URL', async ({ page }) => {
  const day = 86_400_000;
  const items = [
    // Newest first, but the word only in the body.
    { id: 'body-1', title: 'Bài một', content_html: '<p>Hôm nay bàn về chuyển đổi số ở phường.</p>', date_published: new Date(Date.parse('2024-06-30T09:00:00+07:00')).toISOString() },
    { id: 'body-3', title: 'Bài hai', content_html: '<p>Số hóa: số liệu, số hồ sơ và số người dùng.</p><p>Chuyển đổi số, chuyển đổi số, chuyển đổi số.</p>', date_published: new Date(Date.parse('2024-06-30T09:00:00+07:00') - day).toISOString() },
    { id: 'title', title: 'Chuyển đổi số trong cải cách hành chính', content_html: '<p>Nội dung khác.</p>', date_published: new Date(Date.parse('2024-06-30T09:00:00+07:00') - 2 * day).toISOString() },
    { id: 'none', title: 'Không liên quan', content_html: '<p>Không có gì.</p>', date_published: new Date(Date.parse('2024-06-30T09:00:00+07:00') - 3 * day).toISOString() },
  ];
  await page.route('**/feed.json', (route) => route.fulfill({ json: { version: 'https://jsonfeed.org/version/1.1', title: 'Cổng thử', items } }));
  await page.goto('/tim-kiem?q=chuyen%20doi');
  await expect(resultTitles(page)).toHaveText(['Chuyển đổi số trong cải cách hành chính', 'Bài hai', 'Bài một']);
  const order = page.getByTestId('search-order');
  await expect(order.getByRole('link', { name: 'Liên quan nhất' })).toHaveAttribute('aria-current', 'true');
  await order.getByRole('link', { name: 'Mới nhất' }).click();
  await expect(page).toHaveURL('/tim-kiem?q=chuyen%20doi&sap-xep=moi-nhat');
  await expect(resultTitles(page)).toHaveText(['Bài một', 'Bài hai', 'Chuyển đổi số trong cải cách hành chính']);
  await expect(order.getByRole('link', { name: 'Mới nhất' })).toHaveAttribute('aria-current', 'true');
  await page.goBack();
  await expect(resultTitles(page).first()).toHaveText('Chuyển đổi số trong cải cách hành chính');
});

test('a category and a date range narrow the results; a cold link restores them', async ({ page }) => {
  const query = 'quan';
  const all = searchFinds(query);
  const inRange = (a) => {
    const d = new Date(Date.parse(a.date_published) + 7 * 3_600_000).toISOString().slice(0, 10);
    return d >= '2023-03-01' && d <= '2023-03-20';
  };
  const expected = all.filter((a) => categoryOf(a) === 'giao-duc' && inRange(a)).map((a) => a.title);
  expect(expected.length).toBeGreaterThan(0);
  expect(expected.length).toBeLessThan(all.length);
  await page.goto(`/tim-kiem?q=${query}&sap-xep=moi-nhat`);
  await expect(page.getByTestId('search-summary')).toContainText(`Tìm thấy ${all.length} bài viết`);
  const filters = page.getByTestId('search-filters');
  await filters.getByLabel('Chuyên mục').selectOption('giao-duc');
  await filters.getByLabel('Từ ngày').fill('2023-03-01');
  await filters.getByLabel('Đến ngày').fill('2023-03-20');
  await filters.getByRole('button', { name: 'Lọc' }).click();
  const url = `/tim-kiem?q=${query}&sap-xep=moi-nhat&chuyen-muc=giao-duc&tu-ngay=2023-03-01&den-ngay=2023-03-20`;
  await expect(page).toHaveURL(url);
  await expect(page.getByTestId('search-summary')).toHaveText(`Tìm thấy ${expected.length} bài viết cho “${query}”.`);
  await expect(resultTitles(page)).toHaveText(expected);
  // Opened cold, the address gives the same results and the same filters.
  await page.goto(url);
  await expect(resultTitles(page)).toHaveText(expected);
  await expect(filters.getByLabel('Chuyên mục')).toHaveValue('giao-duc');
  await expect(filters.getByLabel('Từ ngày')).toHaveValue('2023-03-01');
  await expect(filters.getByLabel('Đến ngày')).toHaveValue('2023-03-20');
});

test('a result opens its article, and back returns to the results', async ({ page }) => {
  await page.goto('/tim-kiem?q=binh%20giang&sap-xep=moi-nhat');
  const first = titles('binh giang')[0];
  await results(page).first().getByRole('link', { name: first }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first);
  await page.goBack();
  await expect(page.getByRole('searchbox')).toHaveValue('binh giang');
  await expect(results(page).first()).toBeVisible();
});

test('a typed search keeps its address (a trailing space left out), and back from a result returns to it', async ({ page }) => {
  await page.goto('/tim-kiem');
  const box = page.getByTestId('search-page').getByRole('searchbox');
  await box.pressSequentially('binh giang ');
  await expect(page).toHaveURL('/tim-kiem?q=binh%20giang');
  await expect(page.getByTestId('search-summary')).toContainText('“binh giang”');
  const title = results(page).first().locator('.search-result__title');
  const first = await title.textContent();
  await title.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first);
  await page.goBack();
  await expect(page).toHaveURL('/tim-kiem?q=binh%20giang');
  await expect(page.getByRole('searchbox')).toHaveValue('binh giang');
  await expect(results(page).first()).toContainText(first);
});

for (const theme of ['light', 'dark']) {
  test(`no axe violations on results with their order, filters and snippets (${theme})`, async ({ page, isMobile }) => {
    test.skip(isMobile, 'the same markup; once is enough');
    await page.addInitScript((t) => localStorage.setItem('bantin:theme', t), theme);
    await page.goto('/tim-kiem?q=giao%20duc&chuyen-muc=giao-duc');
    await expect(results(page).first().locator('.search-result__snippet')).toBeVisible();
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  });
}
