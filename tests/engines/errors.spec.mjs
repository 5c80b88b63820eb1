// When the feed cannot be loaded the reader is told so and can retry (in a
// view the app draws from the start; a static page stays as it is).
import { test, expect } from './fixtures.mjs';

test('a feed the server fails to send shows “Không tải được tin tức”, and “Thử lại” recovers once it is back', async ({ page }) => {
  // The app retries a 503 with backoff; the reader's bound is 15 s.
  test.setTimeout(60_000);
  await page.setCookie('bantin-fault', '503');
  await page.setCookie('bantin-shell', '/');
  const opened = Date.now();
  await page.goto('/');
  await expect.poll(() => page.text('[data-testid=load-error] h1'), { timeout: 20_000 }).toBe('Không tải được tin tức');
  expect(Date.now() - opened, 'a clear state within the reader\'s 15 s').toBeLessThanOrEqual(15_000);
  expect(await page.text('[data-testid=load-error]')).toContain('503');
  expect(await page.count('[data-testid=article-card]')).toBe(0);

  await page.clearCookie('bantin-fault');
  await page.clickText('[data-testid=load-error] button', 'Thử lại');
  await expect.poll(() => page.count('[data-testid=article-card]')).toBe(10);
  expect(await page.count('[data-testid=load-error]')).toBe(0);
  expect(await page.text('.site-header__name')).toBe('Cổng thông tin điện tử quận Bình Giang');
});
