// Offline after one visit, for real: the network fully off
// (`context.setOffline`), nothing routed. The service worker saves the app
// shell at install; the app keeps the feed documents it has read.
import { test, expect, cards } from './fixtures.mjs';
import { articles } from './sample.mjs';

test.use({ serviceWorkers: 'allow', allowedConsoleErrors: ['Failed to load resource', 'net::ERR_INTERNET_DISCONNECTED'] });

const heading = (page) => page.getByTestId('article').getByRole('heading', { level: 1 });

test('after one visit, the articles read open with the network off: reloaded, in a new tab, and home', async ({ page, context }) => {
  const [byLink, byColdLoad] = [articles[0], articles[3]];
  // The first visit: the worker installs while the page is already shown.
  await page.goto('/');
  await expect(cards(page)).toHaveCount(10);
  await page.evaluate(() => navigator.serviceWorker.ready);
  // One article by a link (no page load), one by opening its address.
  await cards(page).getByRole('link', { name: byLink.title }).click();
  await expect(heading(page)).toHaveText(byLink.title);
  await page.goto(`/bai-viet/${byColdLoad.id}`);
  await expect(heading(page)).toHaveText(byColdLoad.title);
  // The app saves what it read in the background: wait until it is kept.
  await expect.poll(() => page.evaluate(async () => {
    const saved = await (await caches.open('bantin-feed-v1')).keys();
    return saved.some((request) => new URL(request.url).pathname === '/feed.json');
  })).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(heading(page)).toHaveText(byColdLoad.title);
  await expect(page.getByTestId('article-body')).not.toBeEmpty();
  await expect(page.getByTestId('offline-banner')).toBeVisible();

  const tab = await context.newPage();
  await tab.goto(`/bai-viet/${byLink.id}`);
  await expect(heading(tab)).toHaveText(byLink.title);
  await expect(tab.getByTestId('offline-banner')).toBeVisible();
  await tab.goto('/');
  await expect(cards(tab)).toHaveCount(10);
  await expect(tab.getByTestId('offline-banner')).toBeVisible();

  // Back online, the app says it is current again.
  await context.setOffline(false);
  await expect(tab.getByTestId('offline-banner')).toHaveCount(0);
  await expect(page.getByTestId('offline-banner')).toHaveCount(0);
});
