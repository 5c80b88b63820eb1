// A browser too old for the app (no WebAssembly, or not the features the
// build uses) keeps what the page carries as HTML and says why nothing
// more happens: never a blank page.
import { test, expect, SEED } from './fixtures.mjs';

const NOTICE = 'Trình duyệt này đã cũ';

test.describe('a browser without WebAssembly', () => {
  // Its loader fails as it would on such a browser.
  test.use({ allowedPageErrors: ['WebAssembly is not defined'], waitForApp: false });
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => { delete window.WebAssembly; });
  });

  test('a shared article is still whole, with a notice', async ({ page }) => {
    await page.goto(SEED.path);
    await expect(page.getByRole('status').filter({ hasText: NOTICE })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.title);
    await expect(page.getByTestId('update-line')).toHaveText(SEED.updateLine);
    await expect(page.getByText(SEED.byline)).toBeVisible();
  });

  test('a page with no HTML of its own says so instead of staying blank', async ({ page }) => {
    await page.goto('/tim-kiem?q=giao+duc');
    await expect(page.getByRole('status').filter({ hasText: NOTICE })).toBeVisible();
  });
});

test.describe('a browser whose WebAssembly lacks what the build uses', () => {
  // Such a browser has WebAssembly, but cannot validate the features the
  // build needs (reference types, bulk memory…): it must not try the app.
  test.use({ waitForApp: false });
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => { WebAssembly.validate = () => false; });
  });

  test('a shared article is still whole, with a notice, and the app is not fetched', async ({ page }) => {
    await page.goto(SEED.path);
    await expect(page.getByRole('status').filter({ hasText: NOTICE })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.title);
    await expect(page.getByText(SEED.byline)).toBeVisible();
    // The loader asks for the app once the page has loaded (scripts/wasm.mjs):
    // one turn of the event loop after that, it has, or it never will.
    await page.evaluate(() => new Promise((done) => setTimeout(done, 0)));
    expect(await page.evaluate(() => performance.getEntriesByName('bantin:app-requested').length)).toBe(0);
    await expect(page.locator('html')).not.toHaveAttribute('data-app', '');
  });
});

test('a browser that runs the app sees no notice', async ({ page }) => {
  await page.goto(SEED.path);
  await expect(page.getByTestId('article-body')).not.toBeEmpty();
  await expect(page.locator('html')).toHaveAttribute('data-app', '');
  await expect(page.getByText(NOTICE)).toHaveCount(0);
});
