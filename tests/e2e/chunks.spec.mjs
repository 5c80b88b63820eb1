// The wasm split by view (scripts/wasm.mjs, src/lazy.rs): a page downloads
// the code of the view it shows, and a chunk that cannot be downloaded ends in
// the usual clear state with "Thử lại", never a dead page.
import { test, expect, cards, SEED } from './fixtures.mjs';

/** The names of the wasm files `page` requests while `action` runs. */
async function wasmRequested(page, action) {
  const names = [];
  const listener = (request) => {
    const path = new URL(request.url()).pathname;
    if (path.endsWith('.wasm')) names.push(path.split('/').pop());
  };
  page.on('request', listener);
  await action();
  page.off('request', listener);
  return names;
}

const VIEWS = ['search', 'embed', 'embed_code', 'print', 'share', 'listing'];

test('an article downloads the app and no other view’s code; each view brings its own', async ({ page }) => {
  const article = await wasmRequested(page, async () => {
    await page.goto(SEED.path);
    await expect(page.getByTestId('article-body')).toBeVisible();
    await expect(page.locator('#first-view')).toHaveCount(0);
  });
  expect(article).toEqual(['bantin_bg.wasm']);
  // The static page needed none of it: the app was asked for once the page
  // had loaded.
  const [asked, loaded] = await page.evaluate(() => [
    performance.getEntriesByType('resource').find((e) => e.name.endsWith('/bantin_bg.wasm')).startTime,
    performance.getEntriesByType('navigation')[0].loadEventStart,
  ]);
  expect(asked).toBeGreaterThanOrEqual(loaded);

  // Opening search from the article brings search's code, and only it.
  const search = await wasmRequested(page, async () => {
    await page.getByRole('searchbox').first().fill('giáo dục');
    await page.getByRole('searchbox').first().press('Enter');
    await expect(page.getByTestId('search-summary')).toContainText('Tìm thấy');
  });
  expect(search).toContain('split_search.wasm');
  for (const view of VIEWS.filter((v) => v !== 'search')) expect(search, view).not.toContain(`split_${view}.wasm`);
});

test.describe('a chunk that cannot be downloaded', () => {
  test.use({ allowedConsoleErrors: ['Failed to load resource', 'net::ERR_', 'TypeError: Failed to fetch'] });

  test('search’s code blocked: the clear error, and “Thử lại” brings the view', async ({ page }) => {
    await page.route('**/split_search.wasm', (route) => route.abort('failed'));
    await page.goto('/tim-kiem?q=gi%C3%A1o%20d%E1%BB%A5c');
    const error = page.getByTestId('load-error');
    await expect(error).toContainText('Không tải được phần của trang');
    await page.unroute('**/split_search.wasm');
    await error.getByRole('button', { name: 'Thử lại' }).click();
    await expect(page.getByTestId('search-summary')).toContainText('Tìm thấy');
  });

  test.describe(() => {
    // The loader's promise fails, which public/compat.js hears.
    test.use({ allowedPageErrors: ['Failed to fetch'] });

    test('the app’s own code blocked: a static page stays whole; a view only the app draws says so, and “Thử lại” brings it', async ({ page }) => {
      await page.route('**/bantin_bg.wasm', (route) => route.abort('failed'));
      const refused = page.waitForEvent('requestfailed', (request) => request.url().endsWith('/bantin_bg.wasm'));
      // Not waiting for the app, which cannot come.
      await page.goto(SEED.path, { waitUntil: 'domcontentloaded' });
      await refused;
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.title);
      await expect(page.getByText(SEED.byline)).toBeVisible();
      await expect(page.getByTestId('load-error')).toHaveCount(0);

      await page.goto('/tim-kiem?q=gi%C3%A1o%20d%E1%BB%A5c');
      const error = page.getByTestId('load-error');
      await expect(error).toContainText('Không tải được phần của trang');
      await page.unroute('**/bantin_bg.wasm');
      await error.getByRole('link', { name: 'Thử lại' }).click();
      await expect(page.getByTestId('search-summary')).toContainText('Tìm thấy');
    });
  });

  test('offline, a view not opened before says so; back online, “Thử lại” brings it', async ({ page, context }) => {
    await page.goto('/');
    await expect(cards(page)).toHaveCount(10);
    await context.setOffline(true);
    // A click the app handles: the print view's code was never downloaded.
    await page.evaluate((to) => {
      history.pushState(null, '', to);
      dispatchEvent(new PopStateEvent('popstate'));
    }, `/in/${SEED.id}`);
    const error = page.getByTestId('load-error');
    await expect(error).toContainText('Không tải được phần của trang');
    await context.setOffline(false);
    await error.getByRole('button', { name: 'Thử lại' }).click();
    await expect(page.getByTestId('print-view').getByRole('heading', { level: 1 })).toHaveText(SEED.title);
  });
});
