// Printing: the print view at its own URL, the print dialog only when asked,
// the normal article view printed as is, and a real PDF of the print view.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { test, expect, SEED, cards } from './fixtures.mjs';

const SLUG = 'quan-uy-binh-giang-tong-ket-10-nam-thuc-hien-nghi-quyet-so-29-nq-tw';
const PRINT = `/in/${SEED.id}/${SLUG}`;

/** Counts calls to window.print instead of opening the dialog. */
function stubPrint() {
  window.__prints = 0;
  window.print = () => { window.__prints += 1; };
}
const prints = (page) => page.evaluate(() => window.__prints);

/** Today in the portal's zone (UTC+7), as the print view writes it. */
function todayInVietnam() {
  const now = new Date(Date.now() + 7 * 3600 * 1000);
  const pad = (n) => String(n).padStart(2, '0');
  return `${pad(now.getUTCDate())}/${pad(now.getUTCMonth() + 1)}/${now.getUTCFullYear()}`;
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(stubPrint);
});

test('the print view shows the article alone, with where it came from', async ({ page, baseURL }) => {
  const openedOn = todayInVietnam();
  await page.goto(PRINT);
  const view = page.getByTestId('print-view');
  await expect(view.getByText('Cổng thông tin điện tử quận Bình Giang')).toBeVisible();
  // The day the view was drawn, or the next if midnight passed meanwhile.
  await expect(view.getByText(new RegExp(`In ngày (${openedOn}|${todayInVietnam()})`))).toBeVisible();
  await expect(view.getByTestId('print-url')).toHaveText(`${baseURL}/bai-viet/${SEED.id}/${SLUG}`);
  await expect(view.getByRole('img', { name: 'Quét mã để mở bài viết trên điện thoại' })).toBeVisible();
  await expect(view.getByText(SEED.category)).toBeVisible();
  await expect(view.getByRole('heading', { level: 1 })).toHaveText(SEED.title);
  await expect(view.getByTestId('update-line')).toHaveText('Cập nhật lúc 12:41 ngày 31/03/2023');
  await expect(view.locator('.article__lead')).toBeVisible();
  await expect(view.getByRole('figure').locator('figcaption')).toContainText('phát biểu kết luận hội nghị');
  await expect(view.getByTestId('byline')).toHaveText(SEED.byline);
  for (const absent of ['navigation', 'contentinfo']) await expect(page.getByRole(absent)).toHaveCount(0);
  await expect(page.getByTestId('share-bar')).toHaveCount(0);
  await expect(page.getByTestId('related')).toHaveCount(0);
  await expect(page.getByText('Số lượt xem')).toHaveCount(0);
  await expect(page.locator('.para-share')).toHaveCount(0);
  expect(await prints(page)).toBe(0);
});

test('“In bài viết” opens the print view, which opens the print dialog once', async ({ page }) => {
  await page.goto(`/bai-viet/${SEED.id}/${SLUG}`);
  await page.getByRole('link', { name: 'In bài viết' }).click();
  await expect(page).toHaveURL(`${PRINT}?hop-thoai-in=1`);
  await expect.poll(() => prints(page)).toBe(1);
  await expect(page.getByTestId('print-view').getByRole('heading', { level: 1 })).toHaveText(SEED.title);
  // Every image is loaded before the dialog opens: paper cannot wait.
  expect(await page.getByTestId('print-view').locator('img').evaluateAll((imgs) => imgs.every((i) => i.complete && i.naturalWidth > 0))).toBe(true);
  expect(await prints(page)).toBe(1);
});

test('printing the normal article view leaves the article alone, links spelled out', async ({ page }) => {
  await page.route('**/feed.json', async (route) => {
    const feed = await (await route.fetch()).json();
    feed.items[0].content_html += '<p>Xem <a href="https://vanban.example.vn/nq29.pdf">toàn văn</a>.</p>';
    await route.fulfill({ json: feed });
  });
  await page.goto(`/bai-viet/${SEED.id}/${SLUG}`);
  await expect(page.getByTestId('related')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  for (const hidden of [page.getByRole('navigation', { name: 'Chuyên mục' }), page.getByTestId('share-bar'), page.getByTestId('related'), page.getByRole('navigation', { name: 'Đường dẫn' })]) {
    await expect(hidden).toBeHidden();
  }
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByTestId('byline')).toBeVisible();
  const link = page.getByTestId('article-body').getByRole('link', { name: 'toàn văn' });
  expect(await link.evaluate((a) => getComputedStyle(a, '::after').content)).toBe('" (https://vanban.example.vn/nq29.pdf)"');
  expect(await page.getByRole('figure').first().evaluate((f) => getComputedStyle(f).breakInside)).toBe('avoid');
});

test('the print view makes a PDF with the title, byline and address', async ({ page, baseURL, isMobile }, testInfo) => {
  test.skip(isMobile, 'one PDF is enough');
  await page.goto(PRINT);
  await expect(page.getByTestId('byline')).toBeVisible();
  await page.getByTestId('print-view').locator('img').evaluateAll((imgs) => Promise.all(imgs.map((img) => { img.loading = 'eager'; return img.decode().catch(() => {}); })));
  const pdf = testInfo.outputPath('print-view.pdf');
  writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: false }));
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Quận ủy Bình Giang tổng kết 10 năm');
  expect(text).toContain(SEED.byline);
  expect(text).toContain(`${baseURL}/bai-viet/${SEED.id}/`);
  expect(text).not.toContain('Số lượt xem');
  expect(text).not.toContain('Chia sẻ bài viết');
});
