// The service worker: after one visit, the app and the articles already read
// open with the network off.
import { test, expect, SEED } from './fixtures.mjs';
import { articles } from './sample.mjs';

test.use({ serviceWorkers: 'allow', allowedConsoleErrors: ['Failed to load resource', 'net::ERR_INTERNET_DISCONNECTED'] });

test('two articles read online open again offline', async ({ page, context }) => {
  const [first, second] = [articles[0], articles[3]];
  await page.goto('/');
  await page.evaluate(() => navigator.serviceWorker.ready);
  // The worker controls the page from the next navigation on.
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  for (const article of [first, second]) {
    await page.goto(`/bai-viet/${article.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
  }

  await context.setOffline(true);
  for (const article of [first, second]) {
    await page.goto(`/bai-viet/${article.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
  }
  await expect(page.getByTestId('offline-banner')).toBeVisible();
  await expect(page.getByTestId('update-line').or(page.getByTestId('article-body')).first()).toBeVisible();
  await context.setOffline(false);
  expect(SEED.id).toBe(first.id);
});
