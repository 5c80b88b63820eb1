// When the feed cannot be loaded the reader is told why and can retry. The
// views here are the ones the app draws from the start (served its shell);
// a page that opened with its static markup keeps it (the last test).
import { test, expect, cards, shellAt, SEED } from './fixtures.mjs';

test.use({ allowedConsoleErrors: ['Failed to load resource'] });

const faults = [
  ['an HTTP error', (route) => route.fulfill({ status: 500, body: 'Internal Server Error' }), 'Máy chủ tin tức báo lỗi, mã 500.'],
  ['invalid JSON', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"version": "https://jsonfeed.org/version/1.1", "items": [' }), 'JSON không hợp lệ'],
  ['JSON that is not a feed', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"rss": {"channel": []}}' }), 'không phải là nguồn tin JSON Feed'],
  ['a network failure', (route) => route.abort('internetdisconnected'), 'Không kết nối được với máy chủ tin tức'],
];

for (const [name, fault, message] of faults) {
  test(`${name} shows a clear message, and retry recovers`, async ({ page }) => {
    await page.route('**/feed.json', fault);
    await shellAt(page, '/');
    await page.goto('/');
    const error = page.getByTestId('load-error');
    await expect(error.getByRole('heading', { name: 'Không tải được tin tức' })).toBeVisible();
    await expect(error).toContainText(message);
    await expect(cards(page)).toHaveCount(0);

    // The masthead's portal name and sections come from the same feed.
    const masthead = page.getByRole('banner');
    await expect(masthead.getByRole('link', { name: 'Giáo dục – Đào tạo' })).toHaveCount(0);

    await page.unroute('**/feed.json');
    await error.getByRole('button', { name: 'Thử lại' }).click();
    await expect(cards(page)).toHaveCount(10);
    await expect(error).toHaveCount(0);
    // Regression: the masthead used to stay empty after a retry; it loads again with the view.
    await expect(masthead.getByText('Cổng thông tin điện tử quận Bình Giang')).toBeVisible();
    await expect(masthead.getByRole('link', { name: 'Giáo dục – Đào tạo' })).toBeVisible();
  });
}

// Regression: a view with no load of its own (not found) left the masthead
// empty when the portal's description failed, with nothing to retry it by.
test('a view without a load of its own offers to retry the portal’s', async ({ page }) => {
  await page.route('**/feed.json', (route) => route.fulfill({ status: 500, body: '' }));
  await page.goto('/khong-co-trang-nay');
  await expect(page.getByTestId('not-found')).toBeVisible();
  const error = page.getByTestId('load-error');
  await expect(error).toContainText('mã 500');
  const masthead = page.getByRole('banner');
  await expect(masthead.getByRole('link', { name: 'Giáo dục – Đào tạo' })).toHaveCount(0);
  await page.unroute('**/feed.json');
  await error.getByRole('button', { name: 'Thử lại' }).click();
  await expect(masthead.getByRole('link', { name: 'Giáo dục – Đào tạo' })).toBeVisible();
  await expect(error).toHaveCount(0);
  await expect(page.getByTestId('not-found')).toBeVisible();
});

test('an article that fails to load can be retried too', async ({ page }) => {
  await page.route('**/feed.json', (route) => route.fulfill({ status: 503, body: '' }));
  await shellAt(page, SEED.path);
  await page.goto(SEED.path);
  await expect(page.getByTestId('load-error')).toContainText('503');
  await page.unroute('**/feed.json');
  await page.getByRole('button', { name: 'Thử lại' }).click();
  await expect(page.getByTestId('update-line')).toHaveText('Cập nhật lúc 12:41 ngày 31/03/2023 - Số lượt xem: 100');
});

test('a skeleton stands in while the feed loads', async ({ page }) => {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/feed.json', async (route) => {
    await held;
    await route.continue();
  });
  await shellAt(page, '/');
  await page.goto('/', { waitUntil: 'commit' });
  await expect(page.getByTestId('skeleton')).toBeVisible();
  await expect(page.getByRole('status')).toContainText('Đang tải');
  release();
  await expect(cards(page)).toHaveCount(10);
  await expect(page.getByTestId('skeleton')).toHaveCount(0);
});

test('a page that opened with its markup stays whole when the feed fails; the next view says why', async ({ page }) => {
  await page.route('**/feed.json', (route) => route.fulfill({ status: 500, body: '' }));
  await page.goto(SEED.path);
  // The app could not load the feed: the reader keeps the article.
  await expect(page.locator('#app').getByTestId('load-error')).toBeAttached();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.title);
  await expect(page.getByText(SEED.byline)).toBeVisible();
  await expect(page.getByTestId('load-error')).toBeHidden();

  await page.getByRole('banner').getByRole('link', { name: 'Giáo dục – Đào tạo' }).click();
  await expect(page).toHaveURL('/chuyen-muc/giao-duc');
  const error = page.getByTestId('load-error');
  await expect(error).toContainText('mã 500');
  await page.unroute('**/feed.json');
  await error.getByRole('button', { name: 'Thử lại' }).click();
  await expect(cards(page).first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Giáo dục – Đào tạo');
});
