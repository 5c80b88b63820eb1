// Shared test set-up: every test fails if the page logs an error or throws.
import { test as base, expect } from '@playwright/test';

export const test = base.extend({
  // Console messages a test expects (e.g. the browser's own log line for a
  // 500 response it provoked); anything else at error level fails the test.
  allowedConsoleErrors: [[], { option: true }],
  // Uncaught errors a test provokes on purpose (an old browser's missing API).
  allowedPageErrors: [[], { option: true }],
  // After `page.goto` or `page.reload`, wait until the app has settled on a
  // page that opened with its static markup (see `appSettled`). Off for tests
  // of the page before the app, or without JavaScript.
  waitForApp: [true, { option: true }],
  // Every page the test opens in its context (the `page` fixture, and the
  // tabs it opens itself) waits so.
  context: async ({ context, waitForApp }, use) => {
    if (waitForApp) context.on('page', settleAfterGoto);
    await use(context);
  },
  page: async ({ page, allowedConsoleErrors, allowedPageErrors }, use) => {
    const problems = [];
    page.on('pageerror', (error) => {
      if (!allowedPageErrors.some((allowed) => error.message.includes(allowed))) problems.push(`uncaught: ${error.message}`);
    });
    page.on('console', (message) => {
      const text = message.text();
      if (message.type() === 'error' && !allowedConsoleErrors.some((allowed) => text.includes(allowed))) {
        problems.push(`console.error: ${text}`);
      }
    });
    await use(page);
    // Requests still in flight as the test ends (a background refresh, say)
    // must not fail their route handlers.
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    expect(problems, 'the page logged errors').toEqual([]);
  },
});

export { expect };

/**
 * Makes `page.goto` and `page.reload` wait, after the load, until the app has
 * settled on the page.
 */
export function settleAfterGoto(page) {
  // goto(url, options?) and reload(options?)
  const settling = (load) => async (...args) => {
    const options = args.find((arg) => typeof arg === 'object') ?? {};
    const response = await load(...args);
    if ((options.waitUntil ?? 'load') === 'load') await appSettled(page);
    return response;
  };
  page.goto = settling(page.goto.bind(page));
  page.reload = settling(page.reload.bind(page));
}

/**
 * Waits until the app has settled on a page that opened with its static
 * markup (#first-view): it has taken the page over with its content, or it
 * has an error or not-found for it and leaves the page as it is.
 */
export async function appSettled(page) {
  await page.waitForFunction(() => !document.getElementById('first-view')
    || document.querySelector('#app [data-testid="load-error"], #app [data-testid="not-found"]'));
}

/**
 * Serves the app's shell (app.html, what nginx answers for a view without a
 * static page: search, share, print) for the navigations to `path`, so the
 * app draws the view from the start.
 */
export async function shellAt(page, path) {
  await page.route((url) => url.pathname === path, (route) => (route.request().isNavigationRequest()
    ? route.continue({ url: new URL('/app.html', route.request().url()).href })
    : route.fallback()));
}

/** The seed-anatomy article of the bundled sample feed. */
export const SEED = {
  id: 'bg-2023-0331-nq29',
  /** The article's own address (its id alone leads there too). */
  path: '/bai-viet/bg-2023-0331-nq29/quan-uy-binh-giang-tong-ket-10-nam-thuc-hien-nghi-quyet-so-29-nq-tw',
  title: 'Quận ủy Bình Giang tổng kết 10 năm thực hiện Nghị quyết số 29-NQ/TW',
  category: 'Chính trị, xây dựng đảng, đưa nghị quyết vào cuộc sống',
  categoryPath: '/chuyen-muc/chinh-tri',
  updateLine: 'Cập nhật lúc 12:41 ngày 31/03/2023 - Số lượt xem: 100',
  byline: 'Tin, ảnh: Mỹ Linh',
};

/** The listing's article cards. */
export const cards = (page) => page.getByTestId('article-card');

/**
 * A short WebM clip (VP8: Debian's Chromium plays no H.264), recorded in the
 * page from a canvas, for tests that play video or sound.
 */
export async function recordClip(page) {
  // Recorded in a page of its own, without the site's policy, where the clip
  // is also decoded: a busy machine can starve the recorder of frames, and a
  // clip the browser cannot play is recorded again (a few times at most).
  const scratch = await page.context().newPage();
  try {
    return await recordIn(scratch);
  } finally {
    await scratch.close();
  }
}

async function recordIn(page) {
  for (let attempt = 1; ; attempt += 1) {
    const bytes = await page.evaluate(async () => {
      const canvas = Object.assign(document.createElement('canvas'), { width: 64, height: 36 });
      const context = canvas.getContext('2d');
      const recorder = new MediaRecorder(canvas.captureStream(30), { mimeType: 'video/webm;codecs=vp8' });
      const parts = [];
      recorder.ondataavailable = (event) => parts.push(event.data);
      const stopped = new Promise((done) => { recorder.onstop = done; });
      recorder.start();
      for (let frame = 0; frame < 12; frame += 1) {
        context.fillStyle = frame % 2 ? '#a5191c' : '#ffffff';
        context.fillRect(0, 0, 64, 36);
        await new Promise((done) => requestAnimationFrame(done));
      }
      recorder.stop();
      await stopped;
      const blob = new Blob(parts, { type: 'video/webm' });
      const decodes = await new Promise((done) => {
        const video = document.createElement('video');
        video.onloadeddata = () => done(true);
        video.onerror = () => done(false);
        video.src = URL.createObjectURL(blob);
      });
      return decodes ? [...new Uint8Array(await blob.arrayBuffer())] : null;
    });
    if (bytes) return Buffer.from(bytes);
    if (attempt === 3) throw new Error('the browser recorded no clip it can play');
  }
}
