// What real articles carry besides text and photos: their own video and
// audio with captions, players of other sites behind a facade that loads
// nothing of theirs until the reader asks, responsive images, and wide
// tables. Each article here is one only the (routed) feed has: its page is
// the 404 the app then fills, as for a story published a minute ago.
import { test, expect, recordClip } from './fixtures.mjs';

const YOUTUBE = 'dQw4w9WgXcQ';
const PLAYER_HOSTS = ['www.youtube.com', 'youtube.com', 'www.youtube-nocookie.com', 'player.vimeo.com', 'www.facebook.com'];

const ARTICLES = [
  {
    id: 'video',
    title: 'Phóng sự: Bình Giang đón Tết',
    content_html: `<p>Mở đầu phóng sự.</p>
      <p><video src="/media/clip.webm" width="640" height="360" poster="javascript:alert(1)" autoplay muted>
        <track kind="captions" src="/media/phu-de.vtt" srclang="vi" label="Tiếng Việt" default>
        <track kind="captions" src="data:text/vtt,WEBVTT">
      </video></p>
      <p>Bản tin phát thanh:</p>
      <audio src="/media/ban-tin.webm" autoplay></audio>`,
  },
  {
    id: 'players',
    title: 'Video: Hội nghị tổng kết năm',
    content_html: `<p>Xem lại hội nghị.</p>
      <p><iframe src="https://www.youtube.com/embed/${YOUTUBE}" title="Hội nghị tổng kết năm 2023" width="560" height="315" allow="autoplay"></iframe></p>
      <iframe src="https://player.vimeo.com/video/76979871"></iframe>
      <iframe src="https://youtube.com.evil.example/embed/${YOUTUBE}"></iframe>`,
  },
  {
    id: 'pictures',
    title: 'Ảnh và bảng số liệu',
    content_html: `<p><picture>
        <source srcset="/images/hoi-nghi-nq29.svg 1x, javascript:alert(1) 2x" type="image/svg+xml">
        <img src="/images/hoi-nghi-nq29.svg" srcset="/images/hoi-nghi-nq29.svg 800w, javascript:alert(2) 1600w" sizes="100vw" alt="Quang cảnh hội nghị" width="800" height="450">
      </picture></p>
      <table><tbody><tr>${Array.from({ length: 14 }, (_, i) => `<td>Xã số ${i + 1}: 1.234.567 người</td>`).join('')}</tr></tbody></table>`,
  },
];

test.use({ allowedConsoleErrors: ['status of 404', 'Failed to load resource'] });

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  await page.route('**/feed.json', (route) => route.fulfill({
    json: { version: 'https://jsonfeed.org/version/1.1', title: 'Media', items: ARTICLES },
  }));
});

test('the article’s own video plays when asked, with its captions, and never by itself', async ({ page }) => {
  await page.goto('/bai-viet/video');
  const body = page.getByTestId('article-body');
  const video = body.locator('video');
  await expect(video).toHaveCount(1);
  const clip = await recordClip(page);
  await page.route('**/media/clip.webm', (route) => route.fulfill({ contentType: 'video/webm', body: clip }));
  await page.route('**/media/phu-de.vtt', (route) => route.fulfill({
    contentType: 'text/vtt', body: 'WEBVTT\n\n00:00.000 --> 00:05.000\nBình Giang đón Tết\n',
  }));

  // Controls on, nothing downloaded ahead, its size kept; no autoplay, no script poster.
  await expect(video).toHaveAttribute('controls', '');
  await expect(video).toHaveAttribute('preload', 'none');
  await expect(video).toHaveAttribute('width', '640');
  await expect(video).toHaveAttribute('height', '360');
  for (const attr of ['autoplay', 'muted', 'poster']) await expect(video).not.toHaveAttribute(attr, /.*/);
  await expect(video.locator('track')).toHaveCount(1);
  await expect(video.locator('track')).toHaveAttribute('srclang', 'vi');
  expect(await video.evaluate((v) => v.paused)).toBe(true);

  await video.scrollIntoViewIfNeeded();
  await video.evaluate((v) => v.play());
  await expect.poll(() => video.evaluate((v) => v.currentTime)).toBeGreaterThan(0);
  await expect.poll(() => video.evaluate((v) => v.textTracks[0]?.mode)).toBe('showing');

  const audio = body.locator('audio');
  await expect(audio).toHaveAttribute('controls', '');
  await expect(audio).toHaveAttribute('preload', 'none');
  await expect(audio).not.toHaveAttribute('autoplay', /.*/);
  expect(await audio.evaluate((a) => a.paused)).toBe(true);
  expect(await page.evaluate(() => window.__violations)).toEqual([]);
});

test('a player of another site loads nothing of it until the reader clicks, then plays in a sandboxed frame', async ({ page }) => {
  const requests = [];
  page.on('request', (request) => requests.push(new URL(request.url()).hostname));
  const still = '<svg xmlns="http://www.w3.org/2000/svg" width="480" height="360"><rect width="480" height="360" fill="#334"/></svg>';
  await page.route('https://i.ytimg.com/**', (route) => route.fulfill({ contentType: 'image/svg+xml', body: still }));
  await page.route('https://www.youtube-nocookie.com/**', (route) => route.fulfill({
    contentType: 'text/html', body: '<!doctype html><title>player</title><p>player</p>',
  }));

  await page.goto('/bai-viet/players');
  const body = page.getByTestId('article-body');
  const facade = body.getByRole('link', { name: 'YouTube Hội nghị tổng kết năm 2023' });
  await expect(facade).toBeVisible();
  await expect(facade).toHaveAttribute('href', `https://www.youtube.com/watch?v=${YOUTUBE}`);
  await expect(facade.locator('img')).toHaveAttribute('src', `https://i.ytimg.com/vi/${YOUTUBE}/hqdefault.jpg`);
  await expect(body.getByRole('link', { name: 'Vimeo video' })).toBeVisible();
  await expect(body.locator('iframe')).toHaveCount(0);
  // The still image aside, nothing of the players' hosts was asked for.
  expect(requests.filter((host) => PLAYER_HOSTS.includes(host))).toEqual([]);
  // The look-alike host is a plain link, saying where the content is.
  await expect(body.getByRole('link', { name: `https://youtube.com.evil.example/embed/${YOUTUBE}` })).toBeVisible();

  await facade.click();
  const frame = body.locator('iframe');
  await expect(frame).toHaveCount(1);
  await expect(frame).toHaveAttribute('src', `https://www.youtube-nocookie.com/embed/${YOUTUBE}?autoplay=1`);
  await expect(frame).toHaveAttribute('sandbox', /allow-scripts/);
  await expect(frame).toHaveAttribute('allow', /fullscreen/);
  await expect(frame).toHaveAttribute('title', /Hội nghị tổng kết năm 2023/);
  await expect(page).toHaveURL('/bai-viet/players');
  await expect.poll(() => requests.includes('www.youtube-nocookie.com')).toBe(true);
  expect(requests).not.toContain('www.youtube.com');
  await expect(page.frameLocator('iframe.player__frame').getByText('player')).toBeVisible();
  expect(await page.evaluate(() => window.__violations)).toEqual([]);
});

test('the keyboard plays a player too', async ({ page }) => {
  await page.route('https://i.ytimg.com/**', (route) => route.abort());
  await page.route('https://player.vimeo.com/**', (route) => route.fulfill({ contentType: 'text/html', body: '<p>vimeo</p>' }));
  await page.goto('/bai-viet/players');
  const vimeo = page.getByTestId('article-body').getByRole('link', { name: 'Vimeo video' });
  await vimeo.focus();
  await page.keyboard.press('Enter');
  const frame = page.getByTestId('article-body').locator('iframe');
  await expect(frame).toHaveAttribute('src', 'https://player.vimeo.com/video/76979871?dnt=1&autoplay=1');
  await expect(frame).toBeFocused();
});

test('responsive images keep their good candidates, and a wide table scrolls in its own box', async ({ page }) => {
  await page.goto('/bai-viet/pictures');
  const body = page.getByTestId('article-body');
  const img = body.getByRole('img', { name: 'Quang cảnh hội nghị' });
  await expect(img).toHaveAttribute('srcset', /\/images\/hoi-nghi-nq29\.svg 800w$/);
  await expect(img).toHaveAttribute('sizes', '100vw');
  await expect(body.locator('picture source')).toHaveAttribute('srcset', /\/images\/hoi-nghi-nq29\.svg 1x$/);
  await img.scrollIntoViewIfNeeded();
  await expect.poll(() => img.evaluate((el) => el.naturalWidth)).toBeGreaterThan(0);
  expect(await body.innerHTML()).not.toContain('javascript');

  const table = body.locator('table');
  const [tableScrolls, pageScrolls] = await table.evaluate((el) => [
    el.scrollWidth > el.clientWidth,
    document.documentElement.scrollWidth > document.documentElement.clientWidth,
  ]);
  expect(pageScrolls, 'the page never scrolls sideways').toBe(false);
  // On a phone the table is wider than the column, and scrolls inside it.
  if (page.viewportSize().width < 600) expect(tableScrolls).toBe(true);
});
