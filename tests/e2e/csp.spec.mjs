// The release build runs under its strict Content Security Policy, sent as a
// response header (as docs/deploy.md configures servers): no view causes
// a single violation, and the policy does block what it must.
import { test, expect, SEED, cards } from './fixtures.mjs';
import { articles, pagesOf } from './sample.mjs';

/** Records every CSP violation the page reports. */
function listen() {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`);
  });
}
const violations = (page) => page.evaluate(() => window.__violations);

test.beforeEach(async ({ page }) => {
  await page.addInitScript(listen);
});

test('the policy is strict and sent as a header', async ({ page }) => {
  const response = await page.goto('/');
  const policy = response.headers()['content-security-policy'];
  expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
  for (const directive of ["default-src 'self'", "style-src 'self'", "object-src 'none'", "base-uri 'none'", 'frame-ancestors']) {
    expect(policy).toContain(directive);
  }
  // Frames: the site's own, and the players of embedded videos, nothing else.
  expect(policy).toContain("frame-src 'self' https://www.youtube-nocookie.com https://player.vimeo.com https://www.facebook.com;");
  expect(policy).toContain("media-src 'self' https:;");
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain("'unsafe-eval'");
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
});

test('every view renders with no violation', async ({ page }) => {
  await page.goto('/');
  await expect(cards(page)).toHaveCount(10);
  await page.getByRole('navigation', { name: 'Phân trang' }).getByRole('link', { name: 'Xem thêm' }).click();
  await expect(page).toHaveURL(pagesOf(articles.length, 10)[1].path);
  await page.getByRole('navigation', { name: 'Chuyên mục' }).getByRole('link', { name: 'Kinh tế' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kinh tế');
  await page.goto(SEED.path);
  await expect(page.getByTestId('update-line')).toHaveText(SEED.updateLine);
  await page.getByTestId('article-body').locator('img').scrollIntoViewIfNeeded();
  await expect.poll(() => page.getByTestId('article-body').locator('img').evaluate((img) => img.naturalWidth)).toBeGreaterThan(0);
  await page.goto('/khong-co');
  await expect(page.getByTestId('not-found')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test.describe('an article only the feed has', () => {
  // It has no static page yet: the page itself is a 404 the app then fills.
  test.use({ allowedConsoleErrors: ['status of 404'] });

  test('feed images from other hosts load under the policy', async ({ page }) => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="9"><rect width="16" height="9" fill="#a5191c"/></svg>';
    await page.route('https://anh.binhgiang.example.vn/**', (route) => route.fulfill({ contentType: 'image/svg+xml', body: svg }));
    await page.route('**/feed.json', (route) => route.fulfill({
      json: {
        version: 'https://jsonfeed.org/version/1.1',
        items: [{ id: 'a', title: 'Ảnh từ máy chủ khác', image: 'https://anh.binhgiang.example.vn/a.svg',
          content_html: '<p><img src="https://anh.binhgiang.example.vn/b.svg" alt="Ảnh" width="16" height="9"></p>' }],
      },
    }));
    await page.goto('/bai-viet/a');
    const img = page.getByTestId('article-body').getByRole('img', { name: 'Ảnh' });
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((el) => el.naturalWidth)).toBe(16);
    expect(await violations(page)).toEqual([]);
  });
});

test.describe('the policy blocks what it must', () => {
  test.use({ allowedConsoleErrors: ['Content Security Policy'] });

  test('an inline handler slipped into the page is refused', async ({ page }) => {
    await page.goto('/');
    await expect(cards(page).first()).toBeVisible();
    await page.evaluate(() => {
      window.__ran = false;
      const probe = document.createElement('div');
      probe.innerHTML = '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" onload="window.__ran = true">';
      document.body.append(probe);
    });
    await expect.poll(() => violations(page)).toContainEqual(expect.stringContaining('script-src'));
    expect(await page.evaluate(() => window.__ran)).toBe(false);
  });
});
