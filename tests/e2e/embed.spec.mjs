// The embeddable widget on another site: a host page on another origin
// (another port) pastes the two-line snippet.
import { test, expect } from './fixtures.mjs';
import { articles, categoryOf } from './sample.mjs';

const HOST = 'http://127.0.0.1:4174';

/** Opens the other site's page with `body` in it (and the loader after it). */
async function hostPage(page, body, { css = '' } = {}) {
  const query = new URLSearchParams({ body, css });
  await page.goto(`${HOST}/?${query}`);
}

const widget = (page, n = 0) => page.frameLocator('iframe').nth(n);
const frameHeight = (page, n = 0) => page.locator('iframe').nth(n).evaluate((f) => f.getBoundingClientRect().height);
const contentHeight = (page, n = 0) => widget(page, n).locator('[data-testid="embed"]').evaluate((e) => e.getBoundingClientRect().height);

async function expectFitted(page, n = 0) {
  // Browsers pause rendering (and resize observers) in iframes out of view.
  await page.locator('iframe').nth(n).scrollIntoViewIfNeeded();
  await expect.poll(async () => Math.abs((await frameHeight(page, n)) - (await contentHeight(page, n)))).toBeLessThanOrEqual(2);
  const { scroll, client } = await widget(page, n).locator('html').evaluate((html) => ({ scroll: html.scrollHeight, client: html.clientHeight }));
  expect(scroll, 'no scrollbar inside the widget').toBeLessThanOrEqual(client + 1);
}

test('the widget shows the latest articles of its category and fits its content', async ({ page, baseURL }) => {
  await hostPage(page, '<div class="box" id="box"><div data-bantin-embed data-limit="3" data-category="giao-duc"></div></div>');
  const frame = page.locator('iframe');
  await expect(frame).toHaveAttribute('title', 'Tin mới');
  await expect(frame).toHaveAttribute('loading', 'lazy');
  await expect(frame).toHaveAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox');
  const expected = articles.filter((a) => categoryOf(a) === 'giao-duc').slice(0, 3).map((a) => a.title);
  await expect(widget(page).getByTestId('embed-item').locator('.embed__title')).toHaveText(expected);
  await expect(widget(page).getByRole('link', { name: 'Giáo dục – Đào tạo' })).toBeVisible();
  await expectFitted(page);

  const before = await frameHeight(page);
  await widget(page).locator('html').evaluate((html) => { html.style.fontSize = '22px'; });
  await expect.poll(() => frameHeight(page)).toBeGreaterThan(before);
  await expectFitted(page);

  await page.locator('#box').evaluate((box) => { box.style.width = '320px'; });
  await expectFitted(page);
  await expect(page.locator('#after')).toBeVisible();
});

test('messages from other windows never resize a widget', async ({ page, baseURL }) => {
  await hostPage(page, `<div data-bantin-embed data-limit="2"></div>
    <iframe id="pretender" srcdoc="<p>other</p>"></iframe>
    <iframe id="portal-page" src="${baseURL}/embed?limit=1" style="height:50px"></iframe>`);
  await expect(widget(page).getByTestId('embed-item')).toHaveCount(2);
  await expectFitted(page);
  const height = await frameHeight(page);
  const fake = { type: 'bantin:resize', height: 999 };
  await page.evaluate((message) => window.postMessage(message, '*'), fake);
  await page.frameLocator('#pretender').locator('p').evaluate((p, message) => parent.postMessage(message, '*'), fake);
  // A widget of the portal that the loader did not create is not obeyed either.
  await page.frameLocator('#portal-page').locator('body').evaluate((body, message) => parent.postMessage(message, '*'), fake);
  // Let those messages be delivered (a frame later), then check nothing moved.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  expect(await frameHeight(page)).toBe(height);
  expect(await page.locator('#pretender').evaluate((f) => f.getBoundingClientRect().height)).not.toBe(999);
});

test('links open the article on the portal in a new tab, or in the whole window when asked', async ({ page, context, baseURL }) => {
  await hostPage(page, '<div data-bantin-embed data-limit="1"></div>');
  const first = articles[0];
  const link = widget(page).getByRole('link', { name: first.title });
  await expect(link).toHaveAttribute('target', '_blank');
  const [tab] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await expect(tab.getByRole('heading', { level: 1 })).toHaveText(first.title);
  expect(tab.url()).toContain(`${baseURL}/bai-viet/${first.id}/`);

  await hostPage(page, '<div data-bantin-embed data-limit="1" data-target="_top"></div>');
  await expect(page.locator('iframe')).toHaveAttribute('sandbox', /allow-top-navigation-by-user-activation/);
  await widget(page).getByRole('link', { name: first.title }).click();
  await expect(page).toHaveURL(new RegExp(`^${baseURL}/bai-viet/${first.id}/`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.title);
});

test('two widgets with different categories work side by side', async ({ page, baseURL }) => {
  await hostPage(page, `<div data-bantin-embed data-limit="2" data-category="kinh-te"></div>
    <div data-bantin-embed data-limit="4" data-category="y-te" data-theme="dark"></div>`);
  const economy = articles.filter((a) => categoryOf(a) === 'kinh-te').slice(0, 2).map((a) => a.title);
  const health = articles.filter((a) => categoryOf(a) === 'y-te').slice(0, 4).map((a) => a.title);
  await expect(widget(page, 0).locator('.embed__title')).toHaveText(economy);
  await expect(widget(page, 1).locator('.embed__title')).toHaveText(health);
  await expectFitted(page, 0);
  await expectFitted(page, 1);
  expect(await frameHeight(page, 1)).toBeGreaterThan(await frameHeight(page, 0));
});

test('themes: dark, and auto following the reader’s dark preference', async ({ page, baseURL }) => {
  const background = (n) => widget(page, n).getByTestId('embed').evaluate((e) => getComputedStyle(e).backgroundColor);
  await hostPage(page, '<div data-bantin-embed data-theme="dark"></div><div data-bantin-embed data-theme="auto"></div><div data-bantin-embed data-theme="light"></div>');
  await expect(widget(page, 2).getByTestId('embed-item').first()).toBeVisible();
  expect(await background(0)).toBe('rgb(23, 25, 30)');
  expect(await background(1)).toBe('rgb(255, 255, 255)');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => background(1)).toBe('rgb(23, 25, 30)');
  expect(await background(2)).toBe('rgb(255, 255, 255)');
});

test('invalid settings still give a sane widget or a clear message, never a broken page', async ({ page, baseURL }) => {
  await hostPage(page, `<div data-bantin-embed data-limit="-1"></div>
    <div data-bantin-embed data-limit="100000"></div>
    <div data-bantin-embed data-theme="<script>alert(1)</script>" data-accent="red;background:url(x)"></div>
    <div data-bantin-embed data-category="khong-co-chuyen-muc"></div>`);
  await expect(widget(page, 0).getByTestId('embed-item')).toHaveCount(5);
  await expect(widget(page, 1).getByTestId('embed-item')).toHaveCount(20);
  await expect(widget(page, 2).getByTestId('embed-item')).toHaveCount(5);
  await expect(widget(page, 2).getByTestId('embed')).toHaveClass('embed embed--auto');
  await expect(widget(page, 3).getByRole('status')).toHaveText('Không tìm thấy chuyên mục này.');
  await expectFitted(page, 3);
  await expect(page.locator('#after')).toBeVisible();
  await expect(page.locator('script:not([src])')).toHaveCount(0);
});

test('the snippet builder makes the two lines and previews them live', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Nhúng tin' }).click();
  await expect(page).toHaveURL('/nhung-tin');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nhúng tin vào trang của bạn');
  const form = page.getByTestId('embed-code');
  await form.getByLabel('Chuyên mục').selectOption('van-hoa-xa-hoi');
  await form.getByLabel('Số tin').fill('3');
  await form.getByLabel('Tối').check();
  const snippet = `<div data-bantin-embed data-limit="3" data-category="van-hoa-xa-hoi" data-theme="dark"></div>\n<script src="${baseURL}/embed.js" async></script>`;
  await expect(page.getByTestId('embed-snippet')).toHaveText(snippet);
  const preview = page.frameLocator('.embed-code__preview');
  await expect(preview.getByTestId('embed-item')).toHaveCount(3);
  await expect(preview.getByTestId('embed')).toHaveClass('embed embed--dark');
  await expect.poll(() => page.locator('.embed-code__preview').evaluate((f) => f.getBoundingClientRect().height)).toBeGreaterThan(150);
  await page.getByRole('button', { name: 'Sao chép mã' }).click();
  await expect(page.getByText('Đã sao chép mã nhúng')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
});

// Regression: each visit to the snippet builder left a `message` listener on
// the window, resizing previews that were long gone.
test('leaving the snippet builder removes its message listener', async ({ page }) => {
  await page.addInitScript(() => {
    const live = new Set();
    const add = window.addEventListener.bind(window);
    const remove = window.removeEventListener.bind(window);
    window.addEventListener = (type, listener, options) => {
      if (type === 'message') live.add(listener);
      return add(type, listener, options);
    };
    window.removeEventListener = (type, listener, options) => {
      if (type === 'message') live.delete(listener);
      return remove(type, listener, options);
    };
    window.__messageListeners = () => live.size;
  });
  await page.goto('/');
  const before = await page.evaluate(() => window.__messageListeners());
  for (let visit = 0; visit < 3; visit += 1) {
    await page.getByRole('link', { name: 'Nhúng tin' }).click();
    await expect(page.getByTestId('embed-code')).toBeVisible();
    expect(await page.evaluate(() => window.__messageListeners())).toBe(before + 1);
    await page.getByRole('banner').getByRole('link', { name: 'Trang chủ' }).first().click();
    await expect(page.getByTestId('listing')).toBeVisible();
    await expect.poll(() => page.evaluate(() => window.__messageListeners())).toBe(before);
  }
});
