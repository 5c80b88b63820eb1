// Sharing an article: every service's link, copy link (with and without the
// Clipboard API), the device's share sheet, the share view's QR code, and
// links to single paragraphs.
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { test, expect, SEED } from './fixtures.mjs';

const SLUG = 'quan-uy-binh-giang-tong-ket-10-nam-thuc-hien-nghi-quyet-so-29-nq-tw';
const ARTICLE = `/bai-viet/${SEED.id}/${SLUG}`;

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

test('every share target is a link with the article’s URL and title, encoded', async ({ page, baseURL }) => {
  await page.goto(ARTICLE);
  const bar = page.getByTestId('share-bar');
  await expect(bar.getByRole('heading', { name: 'Chia sẻ bài viết:' })).toBeVisible();
  const expected = expectedTargets(`${baseURL}${ARTICLE}`, SEED.title);
  for (const [key, href] of Object.entries(expected)) {
    await expect(bar.getByTestId(`share-${key}`)).toHaveAttribute('href', href);
  }
  await expect(bar.getByTestId('share-zalo')).toHaveAttribute('target', '_blank');
  await expect(bar.getByTestId('share-zalo')).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(bar.getByTestId('share-email')).not.toHaveAttribute('target', /.*/);
});

test('each web target opens the service with that URL in a new tab', async ({ page, context, baseURL }) => {
  await context.route(/^https:\/\/(button-share\.zalo\.me|www\.facebook\.com|x\.com|t\.me)\//, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>share</title>' }));
  await page.goto(ARTICLE);
  const expected = expectedTargets(`${baseURL}${ARTICLE}`, SEED.title);
  for (const key of ['zalo', 'facebook', 'x', 'telegram']) {
    const [popup] = await Promise.all([context.waitForEvent('page'), page.getByTestId(`share-${key}`).click()]);
    await popup.waitForLoadState();
    expect(popup.url()).toBe(expected[key]);
    await popup.close();
  }
});

test('copy link puts the URL on the clipboard and says so', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(ARTICLE);
  await page.getByRole('button', { name: 'Sao chép liên kết', exact: true }).click();
  await expect(page.getByTestId('share-bar').getByRole('status')).toHaveText('Đã sao chép liên kết');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${ARTICLE}`);
});

test('copy link still works where the Clipboard API is missing', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
    window.__copied = [];
    const exec = document.execCommand.bind(document);
    document.execCommand = (command, ...rest) => {
      if (command === 'copy') window.__copied.push(document.getSelection().toString() || document.activeElement?.value);
      return exec(command, ...rest);
    };
  });
  await page.goto(ARTICLE);
  await page.getByRole('button', { name: 'Sao chép liên kết', exact: true }).click();
  await expect(page.getByTestId('share-bar').getByRole('status')).toHaveText('Đã sao chép liên kết');
  expect(await page.evaluate(() => window.__copied)).toEqual([expect.stringContaining(ARTICLE)]);
});

test('the native share sheet is offered only where it exists', async ({ page, baseURL }) => {
  await page.goto(ARTICLE);
  await expect(page.getByTestId('update-line')).toBeVisible();
  const native = page.getByRole('button', { name: 'Chia sẻ qua ứng dụng khác' });
  const hasShare = await page.evaluate(() => 'share' in navigator);
  await expect(native).toHaveCount(hasShare ? 1 : 0);

  await page.addInitScript(() => {
    window.__shared = [];
    Navigator.prototype.share = function share(data) {
      window.__shared.push(data);
      return Promise.resolve();
    };
  });
  await page.reload();
  await native.click();
  expect(await page.evaluate(() => window.__shared)).toEqual([{ title: SEED.title, url: `${baseURL}${ARTICLE}` }]);
});

test('the share view has its own URL and a QR code that scans to the article', async ({ page, baseURL }) => {
  await page.goto(ARTICLE);
  await page.getByRole('link', { name: 'Mã QR và các cách chia sẻ khác' }).click();
  await expect(page).toHaveURL(`/chia-se/${SEED.id}/${SLUG}`);
  const view = page.getByTestId('share-view');
  await expect(view.getByRole('heading', { level: 1, name: 'Chia sẻ bài viết' })).toBeVisible();
  await expect(view.getByRole('link', { name: SEED.title })).toHaveAttribute('href', ARTICLE);
  await expect(view.getByTestId('share-facebook')).toHaveAttribute('href', expectedTargets(`${baseURL}${ARTICLE}`, SEED.title).facebook);

  const qr = view.getByRole('img', { name: 'Quét mã để mở bài viết trên điện thoại' });
  const png = PNG.sync.read(await qr.screenshot());
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(decoded?.data).toBe(`${baseURL}${ARTICLE}`);
});

test('a paragraph’s link is copied, and opening it lands on that paragraph', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(ARTICLE);
  const third = page.getByTestId('article-body').locator('p').nth(2);
  await third.hover();
  await third.getByRole('link', { name: 'Sao chép liên kết tới đoạn này' }).click();
  await expect(page.locator('.toast')).toHaveText('Đã sao chép liên kết tới đoạn văn');
  expect(new URL(page.url()).hash, 'the link copies instead of leading there').toBe('');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(`${baseURL}${ARTICLE}#doan-3`);

  const tab = await context.newPage();
  await tab.goto(link);
  const target = tab.locator('#doan-3');
  await expect(target).toHaveClass(/is-target/);
  await expect(target).toBeInViewport();
  expect(await target.textContent()).toBe(await third.textContent());
});
