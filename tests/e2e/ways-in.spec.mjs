// Ways into the archive besides the front page: every tag of an article is
// a link to its topic's page (/chu-de/<key>), and every day has a page
// (/ngay/YYYY-MM-DD) in the portal's zone (UTC+7), with the nearest days
// around it that have articles and a date picker ("Xem theo ngày").
import AxeBuilder from '@axe-core/playwright';
import { test, expect, cards, shellAt } from './fixtures.mjs';
import { articles as sample } from './sample.mjs';

const titleOf = (id) => sample.find((a) => a.id === id).title;
const TET = sample
  .filter((a) => a.tags?.includes('Tết Nguyên đán'))
  .sort((a, b) => Date.parse(b.date_published) - Date.parse(a.date_published))
  .map((a) => a.title);

test('an article’s tags lead to their topics, newest first', async ({ page }) => {
  expect(TET).toHaveLength(3);
  await page.goto('/bai-viet/bg-2023-0125-antt-tet');
  const topics = page.getByTestId('topics');
  await expect(topics.getByRole('heading', { level: 2 })).toHaveText('Từ khóa');
  await expect(topics.getByRole('link')).toHaveText(['An ninh trật tự', 'Tết Nguyên đán', 'An toàn giao thông']);
  await topics.getByRole('link', { name: 'Tết Nguyên đán' }).click();
  await expect(page).toHaveURL('/chu-de/tet-nguyen-dan');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chủ đề: Tết Nguyên đán');
  await expect(page).toHaveTitle(/^Chủ đề: Tết Nguyên đán – /);
  await expect(cards(page).getByRole('heading')).toHaveText(TET);
  // The topic of another article shares the key, whatever its spelling.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleOf('bg-2023-0125-antt-tet'));
});

test('a topic’s pages page on; an unknown topic is not found', async ({ page }) => {
  const items = Array.from({ length: 24 }, (_, n) => ({
    id: `cds-${n}`,
    title: `Chuyển đổi số, bài ${n}`,
    content_text: `Bài ${n}.`,
    date_published: new Date(Date.parse('2024-06-30T09:00:00+07:00') - n * 3_600_000).toISOString(),
    // Spellings that differ only in case and marks are one topic.
    tags: [n % 2 ? 'Chuyển đổi số' : 'chuyển đổi SỐ', ...(n === 3 ? ['Khác'] : [])],
  }));
  items.push({ id: 'khac', title: 'Bài khác', content_text: 'Khác.', date_published: '2024-06-30T10:00:00+07:00', tags: ['Khác'] });
  const feed = { version: 'https://jsonfeed.org/version/1.1', title: 'Cổng thử', items };
  await page.route('**/feed.json', (route) => route.fulfill({ json: feed }));
  // The sample's static site has no page for these topics: the app draws them.
  await shellAt(page, '/chu-de/chuyen-doi-so');
  await shellAt(page, '/chu-de/khong-co-chu-de-nay');
  await page.goto('/chu-de/chuyen-doi-so');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chủ đề: chuyển đổi SỐ');
  await expect(cards(page)).toHaveCount(10);
  await expect(cards(page).getByRole('heading').first()).toHaveText('Chuyển đổi số, bài 0');
  // 24 in blocks of 10 from the oldest: the newest 10, then the 4 left of
  // block 2, then block 1's 10.
  await page.getByRole('link', { name: 'Xem thêm' }).click();
  await expect(page).toHaveURL('/chu-de/chuyen-doi-so/trang/2');
  await expect(cards(page)).toHaveCount(4);
  await expect(cards(page).getByRole('heading').first()).toHaveText('Chuyển đổi số, bài 10');
  await page.getByRole('link', { name: 'Xem thêm' }).click();
  await expect(page).toHaveURL('/chu-de/chuyen-doi-so/trang/1');
  await expect(cards(page)).toHaveCount(10);
  await expect(cards(page).getByRole('heading').first()).toHaveText('Chuyển đổi số, bài 14');
  await expect(page.getByRole('link', { name: 'Xem thêm' })).toHaveCount(0);
  await page.goto('/chu-de/khong-co-chu-de-nay');
  await expect(page.getByTestId('not-found')).toBeVisible();
});

test.describe('an address of a topic the portal does not have', () => {
  test.use({ allowedConsoleErrors: ['status of 404'] });

  test('is a real 404 with the not-found page', async ({ page }) => {
    const response = await page.goto('/chu-de/khong-co-chu-de-nay');
    expect(response.status()).toBe(404);
    await expect(page.getByTestId('not-found')).toBeVisible();
  });
});

test.describe('days', () => {
  test('a day in UTC+7: an article of 18:30 UTC is on the next day; the neighbours skip empty days', async ({ page }) => {
    // bg-2023-0321-sot-xuat-huyet: 2023-03-20T18:30:00Z, 01:30 on the 21st in Vietnam.
    await page.goto('/ngay/2023-03-21');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tin ngày 21/03/2023');
    await expect(cards(page).getByRole('heading')).toHaveText([titleOf('bg-2023-0321-sot-xuat-huyet')]);
    const around = page.getByTestId('day-nav');
    await expect(around.getByRole('link')).toHaveText(['Ngày trước 19/03/2023', 'Ngày sau 23/03/2023']);
    await around.getByRole('link', { name: /Ngày trước/ }).click();
    await expect(page).toHaveURL('/ngay/2023-03-19');
    await expect(cards(page).getByRole('heading')).toHaveText([titleOf('bg-2023-0319-chay-olympic')]);
    await expect(around.getByRole('link')).toHaveText(['Ngày trước 18/03/2023', 'Ngày sau 21/03/2023']);
    // The 20th has nothing in Vietnam's day: its page says so and leads on.
    await page.goto('/ngay/2023-03-20');
    await expect(page.getByText('Không có bài viết nào trong ngày này.')).toBeVisible();
    await expect(cards(page)).toHaveCount(0);
    await expect(around.getByRole('link')).toHaveText(['Ngày trước 19/03/2023', 'Ngày sau 21/03/2023']);
    // Two articles a few hours apart in UTC, one each side of midnight in Vietnam.
    await page.goto('/ngay/2023-01-13');
    await expect(cards(page).getByRole('heading')).toHaveText([titleOf('bg-2023-0113-qua-tet')]);
    await expect(around.getByRole('link', { name: /Ngày trước/ })).toHaveText('Ngày trước 12/01/2023');
  });

  test('“Xem theo ngày” on the home page opens the day picked; /ngay is the newest day', async ({ page }) => {
    await page.goto('/');
    const picker = page.getByTestId('day-picker');
    await expect(picker.getByLabel('Xem theo ngày')).toHaveValue('2023-03-29');
    await picker.getByLabel('Xem theo ngày').fill('2023-03-14');
    await picker.getByRole('button', { name: 'Xem' }).click();
    await expect(page).toHaveURL('/ngay/2023-03-14');
    await expect(cards(page).getByRole('heading')).toHaveText([titleOf('bg-2023-0314-duong-ven-song')]);
    await expect(page.getByTestId('day-picker').getByLabel('Xem theo ngày')).toHaveValue('2023-03-14');
    await page.goto('/ngay');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tin ngày 29/03/2023');
    await expect(page.getByTestId('day-nav').getByRole('link')).toHaveText(['Ngày trước 28/03/2023']);
  });

  test('in English, the day is written as English writes it', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('bantin:lang', 'en'));
    await page.goto('/ngay/2023-03-21');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('News of 21 March 2023');
    await expect(page.getByTestId('day-nav').getByRole('link')).toHaveText(['Previous day 19 March 2023', 'Next day 23 March 2023']);
  });
});

for (const theme of ['light', 'dark']) {
  test(`no axe violations on a topic, a day and an article’s tags (${theme})`, async ({ page, isMobile }) => {
    test.skip(isMobile, 'the same markup; once is enough');
    await page.addInitScript((t) => localStorage.setItem('bantin:theme', t), theme);
    for (const [path, ready] of [
      ['/chu-de/tet-nguyen-dan', () => cards(page).first()],
      ['/ngay/2023-03-21', () => page.getByTestId('day-nav')],
      ['/bai-viet/bg-2023-0125-antt-tet', () => page.getByTestId('topics')],
    ]) {
      await page.goto(path);
      await expect(ready()).toBeVisible();
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      expect(violations.map((v) => `${path} ${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    }
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, waitForApp: false });

  test('the static pages of a topic and a day, reached by plain links from an article', async ({ page }) => {
    await page.goto('/bai-viet/bg-2023-0125-antt-tet');
    await page.getByTestId('topics').getByRole('link', { name: 'Tết Nguyên đán' }).click();
    await expect(page).toHaveURL('/chu-de/tet-nguyen-dan');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chủ đề: Tết Nguyên đán');
    await expect(cards(page).getByRole('heading')).toHaveText(TET);
    await page.goto('/ngay/2023-03-21');
    await expect(cards(page).getByRole('heading')).toHaveText([titleOf('bg-2023-0321-sot-xuat-huyet')]);
    await page.getByTestId('day-nav').getByRole('link', { name: /Ngày sau/ }).click();
    await expect(page).toHaveURL('/ngay/2023-03-23');
    await expect(cards(page).getByRole('heading')).toHaveText([titleOf('bg-2023-0323-dien-tap-pccc')]);
    // The picker needs the app: hidden without it.
    await expect(page.getByTestId('day-picker')).toBeHidden();
  });
});
