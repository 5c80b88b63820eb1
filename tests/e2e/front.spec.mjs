// The home page as a portal's: featured stories lead ("Tiêu điểm"), the
// latest news follow without repeating them, the most read of the last 30
// days ("Đọc nhiều") and each section's newest come after; an article shows
// the most read too. The feed here is routed; the sample (no featured story)
// shows the home page as it always was.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, cards } from './fixtures.mjs';
import { articles as sample, pagesOf } from './sample.mjs';

const DAY = 86_400_000;
const NEWEST = Date.parse('2024-06-30T09:00:00+07:00');
const CATEGORIES = [{ id: 'giao-duc', name: 'Giáo dục – Đào tạo' }, { id: 'kinh-te', name: 'Kinh tế' }];

/** 24 articles, one a day back from NEWEST; some featured, all counted. */
const ITEMS = Array.from({ length: 24 }, (_, n) => {
  const featured = { 1: true, 2: 2, 3: 1, 5: true, 6: false }[n];
  const views = [5, 50, 300, 10, 77, 20, 900, 1, 64, 3, 250, 8, 40, 2, 100, 6, 7, 9, 11, 12, 13, 14, 15, 16][n];
  return {
    id: `bai-${n}`,
    title: `Bài số ${n}`,
    content_html: `<p>Nội dung bài số ${n}.</p>`,
    date_published: new Date(NEWEST - n * DAY).toISOString(),
    _bantin: { category: CATEGORIES[n % 2].id, views, ...(featured === undefined ? {} : { featured }) },
  };
});
// Older than 30 days before the newest: never in the most read, however read.
ITEMS.push({
  id: 'bai-cu', title: 'Bài cũ đọc nhiều', content_html: '<p>Cũ.</p>',
  date_published: new Date(NEWEST - 31 * DAY).toISOString(), _bantin: { category: 'kinh-te', views: 99_999 },
});
const FEED = { version: 'https://jsonfeed.org/version/1.1', title: 'Cổng thử', _bantin: { categories: CATEGORIES }, items: ITEMS };

const title = (n) => `Bài số ${n}`;
/** Rank 1, rank 2, then `true` newest first. */
const FEATURED = [3, 2, 1, 5].map(title);
const LATEST = ITEMS.map((i) => i.title).filter((t) => !FEATURED.includes(t));
const MOST_READ = [6, 2, 10, 14, 4].map(title);

test.describe('a feed with featured stories', () => {
  test.beforeEach(async ({ page }) => {
    await page.route('**/feed.json', (route) => route.fulfill({ json: FEED }));
  });

  test('featured stories lead the home page; the latest news follow without them', async ({ page }) => {
    await page.goto('/');
    const featured = page.getByTestId('featured');
    await expect(featured.getByRole('heading', { level: 1 })).toHaveText('Tiêu điểm');
    await expect(featured.locator('.article-card__title')).toHaveText(FEATURED);
    await expect(featured.locator('.featured__lead .article-card__title')).toHaveText([FEATURED[0]]);
    const listing = page.getByTestId('listing');
    await expect(listing.getByRole('heading', { level: 2, name: 'Tin mới nhất' })).toBeVisible();
    await expect(cards(listing)).toHaveCount(10);
    await expect(cards(listing).getByRole('heading')).toHaveText(LATEST.slice(0, 10));
    // The older page goes on where the newest stopped, still without them,
    // and no longer leads with them.
    const [, older] = pagesOf(LATEST.length, 10);
    await page.getByRole('link', { name: 'Xem thêm' }).click();
    await expect(page).toHaveURL(new RegExp(`${older.path}$`));
    await expect(cards(page).getByRole('heading')).toHaveText(LATEST.slice(older.start, older.end));
    await expect(page.getByTestId('featured')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tin mới nhất');
  });

  test('the most read of the 30 days before the newest article, on the home page and under an article', async ({ page, isMobile }) => {
    await page.goto('/');
    const mostRead = page.getByTestId('most-read');
    await expect(mostRead.getByRole('heading', { level: 2 })).toHaveText('Đọc nhiều');
    await expect(mostRead.getByRole('link')).toHaveText(MOST_READ);
    // Beside the latest news on a wide screen, under them on a phone.
    const [list, aside] = [await page.getByTestId('listing').boundingBox(), await mostRead.boundingBox()];
    if (isMobile) expect(aside.y).toBeGreaterThanOrEqual(list.y + list.height);
    else expect(aside.x).toBeGreaterThanOrEqual(list.x + list.width);
    await expect(mostRead.locator('.most-read__views').first()).toHaveText('Số lượt xem: 900');
    await mostRead.getByRole('link', { name: title(10) }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(10));
    await expect(page.getByTestId('most-read').getByRole('link')).toHaveText(MOST_READ);
  });

  test('each section’s newest under its name, which leads to the section', async ({ page }) => {
    await page.goto('/');
    const blocks = page.getByTestId('section-block');
    await expect(blocks.getByRole('heading', { level: 2 })).toHaveText(CATEGORIES.map((c) => `${c.name} ›`));
    await expect(blocks.first().getByRole('listitem').getByRole('link')).toHaveText([0, 2, 4, 6].map(title));
    await blocks.nth(1).getByRole('link', { name: 'Kinh tế ›' }).click();
    await expect(page).toHaveURL(/\/chuyen-muc\/kinh-te$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kinh tế');
    // A section's own page lists its featured stories as any other.
    await expect(cards(page).getByRole('heading').first()).toHaveText(title(1));
  });

  for (const theme of ['light', 'dark']) {
    test(`no axe violations on the home page with every block (${theme})`, async ({ page, isMobile }) => {
      test.skip(isMobile, 'the same markup; once is enough');
      await page.addInitScript((t) => localStorage.setItem('bantin:theme', t), theme);
      await page.goto('/');
      await expect(page.getByTestId('featured')).toBeVisible();
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    });
  }
});

test('without featured stories the newest leads, as ever; the most read and the sections follow', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('featured')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tin mới nhất');
  await expect(cards(page).first().getByRole('heading')).toHaveText(sample[0].title);
  await expect(page.getByTestId('most-read').getByRole('link')).toHaveCount(5);
  await expect(page.getByTestId('section-block')).toHaveCount(6);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, waitForApp: false });

  test('the static home page has the same blocks, by plain links', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('most-read').getByRole('link')).toHaveCount(5);
    await expect(page.getByTestId('section-block').first().getByRole('heading')).toHaveText('Chính trị, xây dựng đảng, đưa nghị quyết vào cuộc sống ›');
  });
});
