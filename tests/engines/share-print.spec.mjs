// Passing an article on: every service's link, copy link, the share view's
// QR code, and the print view.
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { test, expect, pathOf } from './fixtures.mjs';
import { ARTICLE, PORTAL, SEED } from './site.mjs';

const URL_OF_ARTICLE = `${PORTAL}${ARTICLE}`;

/** RFC 3986 strict: encodeURIComponent also leaves !'()* alone. */
const enc = (s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

function expectedTargets(url, title) {
  const zalo = Buffer.from(JSON.stringify({ url })).toString('base64');
  return {
    zalo: `https://button-share.zalo.me/share_external?d=${enc(zalo)}`,
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${enc(url)}`,
    x: `https://x.com/intent/tweet?text=${enc(title)}&url=${enc(url)}`,
    telegram: `https://t.me/share/url?url=${enc(url)}&text=${enc(title)}`,
    email: `mailto:?subject=${enc(title)}&body=${enc(`${title}\n${url}`)}`,
  };
}

/** Today in the portal's zone (UTC+7), as the print view writes it. */
function todayInVietnam() {
  const now = new Date(Date.now() + 7 * 3600 * 1000);
  const pad = (n) => String(n).padStart(2, '0');
  return `${pad(now.getUTCDate())}/${pad(now.getUTCMonth() + 1)}/${now.getUTCFullYear()}`;
}

test('every share link carries the article’s encoded URL, and copy link says it copied', async ({ page }) => {
  await page.goto(ARTICLE);
  await expect.poll(() => page.text('[data-testid=share-bar] h2')).toBe('Chia sẻ bài viết:');
  for (const [key, href] of Object.entries(expectedTargets(URL_OF_ARTICLE, SEED.title))) {
    expect(await page.attr(`[data-testid=share-bar] [data-testid=share-${key}]`, 'href'), key).toBe(href);
  }
  await page.clickText('[data-testid=share-bar] button', 'Sao chép liên kết');
  await expect.poll(() => page.text('[data-testid=share-bar] [role=status]')).toBe('Đã sao chép liên kết');
});

test('the share view has its own URL and a QR code that scans to the article', async ({ page }) => {
  await page.goto(ARTICLE);
  await page.clickText('a', 'Mã QR và các cách chia sẻ khác');
  await expect.poll(() => pathOf(page)).toBe(`/chia-se/${SEED.id}/${SEED.slug}`);
  await expect.poll(() => page.text('[data-testid=share-view] h1')).toBe('Chia sẻ bài viết');
  expect(await page.attr('[data-testid=share-view] .share-view__article a', 'href')).toBe(ARTICLE);

  const png = PNG.sync.read(await page.screenshot('[data-testid=share-view] [data-testid=qr-code]'));
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(decoded?.data).toBe(URL_OF_ARTICLE);
});

test('the print view shows the article alone, with where it came from', async ({ page }) => {
  await page.goto(`/in/${SEED.id}/${SEED.slug}`);
  await expect.poll(() => page.text('[data-testid=print-view] h1')).toBe(SEED.title);
  expect(await page.text('.print-view__site')).toBe('Cổng thông tin điện tử quận Bình Giang');
  expect(await page.text('.print-view__date')).toBe(`In ngày ${todayInVietnam()}`);
  expect(await page.text('[data-testid=print-url]')).toBe(URL_OF_ARTICLE);
  expect(await page.count('[data-testid=print-view] [data-testid=qr-code]')).toBe(1);
  expect(await page.text('[data-testid=print-view] [data-testid=update-line]')).toBe('Cập nhật lúc 12:41 ngày 31/03/2023');
  expect(await page.text('[data-testid=print-view] figure figcaption')).toBe(SEED.caption);
  expect(await page.text('[data-testid=print-view] [data-testid=byline]')).toBe(SEED.byline);
  for (const absent of ['nav', 'footer', '[data-testid=share-bar]', '[data-testid=related]']) {
    expect(await page.count(absent), absent).toBe(0);
  }
});
