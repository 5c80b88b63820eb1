// A reader's journey: the home listing, an article with the portal page's
// anatomy, its category, paging, deep links and history.
import { test, expect, SEED, cards, settleAfterGoto } from './fixtures.mjs';
import { articles, categories, categoryOf, pagesOf, spanOf } from './sample.mjs';

const PAGE_SIZE = 10;

test('home lists the latest articles, newest first, with category, date and thumbnail', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Tin mới nhất' })).toBeVisible();
  await expect(cards(page)).toHaveCount(PAGE_SIZE);
  const titles = await cards(page).getByRole('heading', { level: 2 }).allInnerTexts();
  expect(titles).toEqual(articles.slice(0, PAGE_SIZE).map((a) => a.title));

  const lead = cards(page).first();
  await expect(lead.getByRole('link', { name: SEED.category })).toBeVisible();
  await expect(lead.locator('time')).toHaveText('29/03/2023');
  await expect(lead.locator('img')).toHaveAttribute('src', /images\/hoi-nghi-nq29\.svg$/);
  const withoutImage = articles.slice(0, PAGE_SIZE).findIndex((a) => !a.image);
  expect(withoutImage).toBeGreaterThan(-1);
  await expect(cards(page).nth(withoutImage).locator('img')).toHaveCount(0);

  await expect(page).toHaveTitle('Cổng thông tin điện tử quận Bình Giang');
});

test('an article shows the whole anatomy of the portal page', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('listing').getByRole('link', { name: SEED.title }).click();
  await expect(page).toHaveURL(new RegExp(`/bai-viet/${SEED.id}/quan-uy-binh-giang-tong-ket-10-nam`));

  const article = page.getByTestId('article');
  const breadcrumb = page.getByRole('navigation', { name: 'Đường dẫn' });
  await expect(breadcrumb.getByRole('link', { name: 'Trang chủ' })).toHaveAttribute('href', '/');
  await expect(breadcrumb.getByRole('link', { name: SEED.category })).toHaveAttribute('href', SEED.categoryPath);
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(SEED.title);
  await expect(page.getByTestId('update-line')).toHaveText(SEED.updateLine);
  await expect(page.getByTestId('lead')).toHaveText(articles[0].summary);
  await expect(page.getByTestId('lead')).toHaveCSS('font-weight', '700');

  const body = page.getByTestId('article-body');
  await expect(body.getByText('42/47 trường đạt chuẩn quốc gia, đạt tỷ lệ 89,36%')).toBeVisible();
  const caption = 'Đồng chí Lê Thị Thanh Hương, Phó Bí thư Thường trực Quận ủy Bình Giang phát biểu kết luận hội nghị.';
  const figure = body.getByRole('figure');
  await expect(figure.locator('figcaption')).toHaveText(caption);
  // The CMS leaked a Windows path as alt text: readers get the caption instead.
  await expect(figure.getByRole('img', { name: caption })).toHaveAttribute('src', /images\/hoi-nghi-nq29\.svg$/);
  await expect(body.locator('img[alt*="Users"]')).toHaveCount(0);

  const byline = page.getByTestId('byline');
  await expect(byline).toHaveText(SEED.byline);
  await expect(byline).toHaveCSS('text-align', 'right');

  const related = page.getByTestId('related');
  await expect(related.getByRole('heading', { name: 'Bài viết liên quan' })).toBeVisible();
  // The articles of its category published just before it.
  const inCategory = articles.filter((a) => categoryOf(a) === 'chinh-tri');
  const at = inCategory.findIndex((a) => a.id === SEED.id);
  const expected = inCategory.slice(at + 1, at + 6);
  await expect(related.getByRole('link')).toHaveText(expected.map((a) => a.title));

  await expect(page).toHaveTitle(`${SEED.title} – Cổng thông tin điện tử quận Bình Giang`);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', articles[0].summary);
});

test('the update line is in the portal time zone whatever the reader’s own zone', async ({ browser }) => {
  const context = await browser.newContext({ timezoneId: 'America/Los_Angeles' });
  const page = await context.newPage();
  settleAfterGoto(page);
  await page.goto(SEED.path);
  await expect(page.getByTestId('update-line')).toHaveText(SEED.updateLine);
  // 2023-03-20T18:30:00Z is already the 21st in Vietnam.
  const utc = articles.find((a) => a.date_published === '2023-03-20T18:30:00Z');
  await page.goto(`/bai-viet/${utc.id}`);
  await expect(page.getByTestId('update-line')).toContainText('ngày 21/03/2023');
  await context.close();
});

test('the breadcrumb leads to the category listing, and the navigation to every category', async ({ page }) => {
  await page.goto(`/bai-viet/${SEED.id}/ten-cu-da-doi`);
  await page.getByRole('navigation', { name: 'Đường dẫn' }).getByRole('link', { name: SEED.category }).click();
  await expect(page).toHaveURL(SEED.categoryPath);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.category);
  const expected = articles.filter((a) => categoryOf(a) === 'chinh-tri').map((a) => a.title);
  await expect(cards(page).getByRole('heading', { level: 2 })).toHaveText(expected);

  const nav = page.getByRole('navigation', { name: 'Chuyên mục' });
  for (const category of categories) {
    await nav.getByRole('link', { name: category.name }).click();
    await expect(page).toHaveURL(`/chuyen-muc/${category.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(category.name);
    await expect(cards(page).first()).toBeVisible();
    await expect(page).toHaveTitle(`${category.name} – Cổng thông tin điện tử quận Bình Giang`);
  }
  await nav.getByRole('link', { name: 'Trang chủ' }).click();
  await expect(page).toHaveURL('/');
});

test('listings page from the newest to the oldest, each older page holding its days', async ({ page }) => {
  const feeds = [];
  page.on('request', (request) => {
    if (request.url().includes('feed')) feeds.push(new URL(request.url()).pathname);
  });
  await page.goto('/');
  await expect(cards(page)).toHaveCount(PAGE_SIZE);
  const pager = page.getByRole('navigation', { name: 'Phân trang' });
  await expect(pager.getByRole('link', { name: 'Tin mới hơn' })).toHaveCount(0);
  // Pages are counted from the oldest article: the app reads the whole feed.
  expect(feeds).toEqual(['/feed.json', '/feed-2.json']);

  const pages = pagesOf(articles.length, PAGE_SIZE);
  expect(pages.length).toBeGreaterThan(2);
  for (const { path, start, end } of pages.slice(1)) {
    await pager.getByRole('link', { name: 'Xem thêm' }).click();
    await expect(page).toHaveURL(path);
    const expected = articles.slice(start, end);
    await expect(pager.getByText(spanOf(expected))).toBeVisible();
    await expect(cards(page).getByRole('heading', { level: 2 })).toHaveText(expected.map((a) => a.title));
  }
  await expect(page).toHaveURL('/trang/1');
  await expect(pager.getByRole('link', { name: 'Xem thêm' })).toHaveCount(0);

  await pager.getByRole('link', { name: 'Tin mới hơn' }).click();
  await expect(page).toHaveURL('/trang/2');
  expect(feeds, 'pages already read are not fetched again').toHaveLength(2);
});

test('deep links open cold in a new tab', async ({ context }) => {
  const second = articles[25];
  for (const [path, heading] of [
    [`/bai-viet/${second.id}/any-slug`, second.title],
    [`/bai-viet/${encodeURIComponent(SEED.id)}`, SEED.title],
    ['/chuyen-muc/giao-duc', 'Giáo dục – Đào tạo'],
    ['/trang/2', 'Tin mới nhất'],
  ]) {
    const tab = await context.newPage();
    await tab.goto(path);
    await expect(tab.getByRole('heading', { level: 1 })).toHaveText(heading);
    await tab.close();
  }
});

test('back and forward move through the reader’s history', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('listing').getByRole('link', { name: SEED.title }).click();
  await expect(page.getByTestId('update-line')).toHaveText(SEED.updateLine);
  await page.getByTestId('related').getByRole('link').first().click();
  const related = articles.filter((a) => categoryOf(a) === 'chinh-tri' && a.id !== SEED.id)[0];
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(related.title);
  // Regression: the body element is reused between articles; the seed's text must not stay in it.
  await expect(page.getByTestId('article-body')).not.toContainText('42/47 trường đạt chuẩn quốc gia');

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.title);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Tin mới nhất' })).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.title);
});

test.describe('not found', () => {
  // The browser logs the 404 of the page itself.
  test.use({ allowedConsoleErrors: ['status of 404'] });

  test('unknown articles, pages and paths show not-found with a way home', async ({ page }) => {
    for (const path of ['/bai-viet/khong-co-bai-nay/tieu-de', '/chuyen-muc/khong-co', '/trang/99', '/trang/abc', '/khong/ton/tai']) {
      const response = await page.goto(path);
      // An address of a kind that has static pages, without one, is a real 404.
      expect(response.status(), path).toBe(path.startsWith('/khong/') ? 200 : 404);
      const notFound = page.getByTestId('not-found');
      await expect(notFound.getByRole('heading', { level: 1, name: 'Không tìm thấy trang' })).toBeVisible();
      await expect(page).toHaveTitle('Không tìm thấy trang');
      await notFound.getByRole('link', { name: 'Về trang chủ' }).click();
      await expect(page).toHaveURL('/');
      await expect(cards(page).first()).toBeVisible();
    }
  });
});

test('no view scrolls sideways on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const documentPath = '/bai-viet/bg-2023-0110-qd-03/quyet-dinh-ban-hanh-quy-che-quan-ly-van-hanh-cong-thong-tin-dien-tu-quan-binh';
  for (const path of ['/', '/chuyen-muc/chinh-tri', SEED.path, `/chia-se/${SEED.id}`, `/in/${SEED.id}`, '/nhung-tin', '/khong-co', '/van-ban', documentPath]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} is wider than the screen`).toBeLessThanOrEqual(0);
  }
});
