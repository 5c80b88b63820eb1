// A photo report ("Phóng sự ảnh"): an article with three or more figures
// offers its photos as thumbnails after the body and full screen, one at a
// time, by mouse, keyboard and swipe; the address names the photo on show.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.mjs';
import { articles } from './sample.mjs';

const REPORT = articles.find((a) => a.id === 'bg-2023-0314-duong-ven-song');
const PATH = `/bai-viet/${REPORT.id}/khoi-cong-nang-cap-mo-rong-tuyen-duong-ven-song-binh-giang`;
/** The report's photos as the feed gives them: image and caption. */
const PHOTOS = [...REPORT.content_html.matchAll(/<img src="([^"]+)"[^>]*><figcaption>([^<]+)</g)]
  .map(([, src, caption]) => ({ src, caption }));

/** Matches a URL of the file `path` (the app writes them absolute, a static page from the root). */
const ending = (path) => new RegExp(`/${path.replace(/[.]/g, '\\.')}$`);

/** The viewer, and what it shows. */
function viewer(page) {
  const dialog = page.getByRole('dialog', { name: 'Xem ảnh' });
  return {
    dialog,
    position: dialog.getByTestId('photo-position'),
    image: dialog.locator('figure img'),
    caption: dialog.locator('figcaption'),
  };
}

/** Waits until the viewer shows photo `n` (from 1) and the address names it. */
async function showing(page, n) {
  const { dialog, position, image, caption } = viewer(page);
  await expect(dialog).toBeVisible();
  await expect(position).toHaveText(`${n}/${PHOTOS.length}`);
  await expect(image).toHaveAttribute('src', ending(PHOTOS[n - 1].src));
  await expect(caption).toHaveText(PHOTOS[n - 1].caption);
  await expect.poll(() => new URL(page.url()).hash).toBe(`#anh-${n}`);
}

/** Whether focus is inside the open viewer. */
const focusInside = (page) => page.evaluate(() => document.querySelector('dialog[open]')?.contains(document.activeElement) ?? false);

test('a photo report shows its photos as thumbnails, after the body, on the static page too', async ({ page }) => {
  expect(PHOTOS.length).toBe(4);
  await page.goto(PATH);
  const gallery = page.getByTestId('gallery');
  await expect(gallery.getByRole('heading', { level: 2 })).toHaveText('Ảnh trong bài (4)');
  const thumbnails = gallery.getByRole('link');
  await expect(thumbnails).toHaveCount(4);
  await expect(thumbnails.nth(2)).toHaveAccessibleName(`Ảnh 3/4: ${PHOTOS[2].caption}`);
  await expect(thumbnails.nth(2)).toHaveAttribute('href', ending(PHOTOS[2].src));
  // After the body, before the byline.
  const order = await page.evaluate(() => {
    const at = (s) => [...document.querySelectorAll('article *')].indexOf(document.querySelector(s));
    return [at('[data-testid=article-body]'), at('[data-testid=gallery]'), at('[data-testid=byline]')];
  });
  expect(order[0]).toBeLessThan(order[1]);
  expect(order[1]).toBeLessThan(order[2]);

  // An article with fewer photos has no gallery.
  await page.goto('/bai-viet/bg-2023-0331-nq29');
  await expect(page.getByTestId('article-body').getByRole('figure')).toHaveCount(1);
  await expect(page.getByTestId('gallery')).toHaveCount(0);
});

test('the app takes a photo report over with its gallery where the static page had it', async ({ page }) => {
  // Where the gallery is on the static page, and in the app in the first
  // frame painted once the static page has gone.
  await page.addInitScript(() => {
    const top = () => document.querySelector('[data-testid=gallery]')?.getBoundingClientRect().top ?? null;
    window.__gallery = {};
    addEventListener('DOMContentLoaded', () => {
      window.__gallery.static = top();
      new MutationObserver((_, observer) => {
        if (document.getElementById('first-view')) return;
        observer.disconnect();
        requestAnimationFrame(() => { window.__gallery.app = top(); });
      }).observe(document.body, { childList: true });
    });
  });
  await page.goto(PATH);
  await page.waitForFunction(() => 'app' in window.__gallery);
  const { static: before, app: after } = await page.evaluate(() => window.__gallery);
  expect(before).not.toBeNull();
  expect(after, 'the app has its gallery when it shows').not.toBeNull();
  expect(Math.abs(after - before)).toBeLessThanOrEqual(1);
});

test.describe('without JavaScript', () => {
  // Shown on its own, a photo leaves the browser asking for /favicon.ico.
  test.use({ javaScriptEnabled: false, waitForApp: false, allowedConsoleErrors: ['status of 404'] });

  test('the static page has the same thumbnails, each a link to its photo', async ({ page }) => {
    await page.goto(PATH);
    const thumbnails = page.getByTestId('gallery').getByRole('link');
    await expect(thumbnails).toHaveCount(4);
    await expect(thumbnails.first()).toHaveAccessibleName(`Ảnh 1/4: ${PHOTOS[0].caption}`);
    await thumbnails.nth(1).click();
    await expect(page).toHaveURL(ending(PHOTOS[1].src));
  });
});

test('by keyboard: open, step with the arrows, focus kept inside, Escape gives focus back', async ({ page, isMobile }) => {
  test.skip(isMobile, 'a phone has no keyboard');
  const wasm = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(r.url().split('/').pop()); });
  await page.goto(PATH);
  // The viewer's code comes when a photo is first opened.
  expect(wasm).not.toContain('split_viewer.wasm');
  const thumbnail = page.getByTestId('gallery').getByRole('link').nth(1);
  await thumbnail.focus();
  await page.keyboard.press('Enter');
  await showing(page, 2);
  expect(wasm).toContain('split_viewer.wasm');
  expect(await focusInside(page)).toBe(true);

  await page.keyboard.press('ArrowRight');
  await showing(page, 3);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await showing(page, 1);
  await page.keyboard.press('ArrowLeft');
  await showing(page, 4);

  // Tab goes round the viewer's three controls and never leaves it.
  for (let i = 0; i < 5; i += 1) {
    await page.keyboard.press('Tab');
    expect(await focusInside(page), `after Tab ${i + 1}`).toBe(true);
  }
  for (let i = 0; i < 4; i += 1) {
    await page.keyboard.press('Shift+Tab');
    expect(await focusInside(page), `after Shift+Tab ${i + 1}`).toBe(true);
  }
  await page.getByRole('button', { name: 'Ảnh sau' }).press('Enter');
  await showing(page, 1);

  await page.keyboard.press('Escape');
  await expect(viewer(page).dialog).toBeHidden();
  await expect.poll(() => new URL(page.url()).hash).toBe('');
  await expect(thumbnail).toBeFocused();
});

test('by mouse: a photo in the body opens at its place; the buttons step and close', async ({ page, isMobile }) => {
  test.skip(isMobile, 'swiped on a phone, below');
  await page.goto(PATH);
  await page.getByTestId('article-body').getByRole('img', { name: /^Dãy nhà dân/ }).click();
  await showing(page, 3);
  await page.getByRole('button', { name: 'Ảnh trước' }).click();
  await showing(page, 2);
  await page.getByRole('button', { name: 'Đóng' }).click();
  await expect(viewer(page).dialog).toBeHidden();
  await expect.poll(() => new URL(page.url()).hash).toBe('');
  // The body's photos stay where they were.
  await expect(page.getByTestId('article-body').getByRole('figure')).toHaveCount(4);
});

test('a shared address opens the photo it names', async ({ page }) => {
  await page.goto(`${PATH}#anh-3`);
  await showing(page, 3);
  await page.keyboard.press('Escape');
  await expect(viewer(page).dialog).toBeHidden();
  // A number past the last photo opens nothing (a new load, not a jump
  // within the page).
  await page.goto('about:blank');
  await page.goto(`${PATH}#anh-9`);
  await expect(page.getByTestId('gallery')).toBeVisible();
  await expect(viewer(page).dialog).toBeHidden();
});

/** A one-finger swipe across the viewer, from x0 to x1 at height y. */
async function swipe(page, x0, x1, y) {
  const session = await page.context().newCDPSession(page);
  const point = (x) => [{ x, y, id: 1 }];
  // The finger is lifted once the page has heard it, and only then may the
  // next touch begin (else it would be a second finger).
  await page.evaluate(() => {
    window.__touchEnded = new Promise((done) => addEventListener('touchend', done, { once: true, capture: true }));
  });
  await session.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(x0) });
  for (const x of [x0 + (x1 - x0) / 3, x0 + (2 * (x1 - x0)) / 3, x1]) {
    await session.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(x) });
  }
  await session.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await page.evaluate(() => window.__touchEnded);
  await session.detach();
}

test('on a phone: a tap opens, a swipe steps, the close button closes', async ({ page, isMobile }) => {
  test.skip(!isMobile, 'a touch screen');
  await page.goto(PATH);
  await page.getByTestId('gallery').getByRole('link').first().tap();
  await showing(page, 1);
  const { width, height } = page.viewportSize();
  await swipe(page, width * 0.8, width * 0.2, height / 2);
  await showing(page, 2);
  await swipe(page, width * 0.2, width * 0.8, height / 2);
  await showing(page, 1);
  // A small or upward movement is not a swipe.
  await swipe(page, width * 0.5, width * 0.45, height / 2);
  await showing(page, 1);
  await page.getByRole('button', { name: 'Đóng' }).tap();
  await expect(viewer(page).dialog).toBeHidden();
});

test.describe('at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('the gallery and the viewer fit the screen: nothing scrolls sideways', async ({ page }) => {
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await page.goto(PATH);
    await page.getByTestId('gallery').scrollIntoViewIfNeeded();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.getByTestId('gallery').getByRole('link').nth(3).click();
    await showing(page, 4);
    expect(await overflow()).toBeLessThanOrEqual(0);
    // The photo, its caption and the controls are all on the screen.
    for (const part of [viewer(page).image, viewer(page).caption, page.getByRole('button', { name: 'Đóng' }),
      page.getByRole('button', { name: 'Ảnh sau' }), page.getByRole('button', { name: 'Ảnh trước' })]) {
      const box = await part.boundingBox();
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(320);
      expect(box.y + box.height).toBeLessThanOrEqual(640);
    }
  });
});

for (const theme of ['light', 'dark']) {
  test(`no axe violations with the viewer open (${theme})`, async ({ page, isMobile }) => {
    test.skip(isMobile, 'the same markup; once is enough');
    await page.addInitScript((t) => localStorage.setItem('bantin:theme', t), theme);
    await page.goto(`${PATH}#anh-2`);
    await showing(page, 2);
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  });
}

test('in English, the gallery and the viewer speak English', async ({ page, isMobile }) => {
  test.skip(isMobile, 'the same markup; once is enough');
  await page.addInitScript(() => localStorage.setItem('bantin:lang', 'en'));
  await page.goto(PATH);
  await expect(page.getByTestId('gallery').getByRole('heading')).toHaveText('Photos in this article (4)');
  await expect(page.getByTestId('gallery').getByRole('link').first()).toHaveAccessibleName(`Photo 1 of 4: ${PHOTOS[0].caption}`);
  await page.getByTestId('gallery').getByRole('link').first().click();
  const dialog = page.getByRole('dialog', { name: 'Photo viewer' });
  await expect(dialog.getByRole('button', { name: 'Next photo' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeVisible();
});
