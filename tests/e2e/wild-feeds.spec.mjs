// Feeds from the wild (../shared/vectors/wild-feeds/jsonfeed: 32 real
// documents from many generators and languages, 4 of them invalid or not a
// JSON Feed) served as the portal's feed: each valid one shows a listing
// whose first article opens with a title and a body; each invalid one ends
// in the clear error. The run prints `wild feeds: N/N` (summary-reporter.mjs).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test, expect, cards, shellAt } from './fixtures.mjs';

const folder = new URL('../../../shared/vectors/wild-feeds/jsonfeed/', import.meta.url);
const files = existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.json')).sort() : [];
const INVALID = new Set(['rsparser__allthis-partial.json', 'gyuni__feed.json', 'rainblog__preview-feed.json', 'rsparser__ScriptingNews.json']);

// Their pictures live on hosts this machine cannot reach (or on http:, which
// the Content Security Policy refuses): the browser logs each failed image.
test.use({ allowedConsoleErrors: ['Failed to load resource', 'net::ERR_', 'Refused to load the image', 'Refused to frame'] });

test('the folder of wild feeds is there', () => {
  test.skip(!existsSync(folder), `${folder.pathname} is missing: the wild feeds did not run`);
  expect(files.length).toBe(32);
});

for (const name of files) {
  test(`wild feed ${name}`, async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'one device is enough for the feeds themselves');
    const body = readFileSync(new URL(name, folder));
    await page.route('**/feed.json', (route) => route.fulfill({ contentType: 'application/feed+json', body }));
    // The app draws the home page from the wild feed from the start: the
    // sample's static home page must not stand in for it.
    await shellAt(page, '/');
    await page.goto('/');
    if (INVALID.has(name)) {
      const error = page.getByTestId('load-error');
      await expect(error).toBeVisible();
      await expect(error).toContainText(/JSON không hợp lệ|không phải là nguồn tin JSON Feed/);
      return;
    }
    await expect(page.getByTestId('listing')).toBeVisible();
    const items = JSON.parse(body.toString('utf8')).items ?? [];
    if (items.length === 0) {
      await expect(page.getByText('Chưa có bài viết nào.')).toBeVisible();
      return;
    }
    await expect(cards(page).first()).toBeVisible();
    await cards(page).first().getByRole('heading', { level: 2 }).getByRole('link').click();
    const heading = page.getByTestId('article').getByRole('heading', { level: 1 });
    await expect(heading).not.toHaveText('');
    await expect(page.getByTestId('article-body')).not.toBeEmpty();
  });
}
