// Accessible to everyone, in both languages and both themes: axe finds no
// violation on any view; the keyboard alone goes from the home page to an
// article, its share view and its print view; the language switch changes
// every interface string and, like text size and theme, survives a reload.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, SEED, cards } from './fixtures.mjs';

/** A legal document of the sample: its card and file. */
const DOCUMENT = '/bai-viet/bg-2023-0110-qd-03/quyet-dinh-ban-hanh-quy-che-quan-ly-van-hanh-cong-thong-tin-dien-tu-quan-binh';
const VIEWS = ['/', '/chuyen-muc/giao-duc', SEED.path, `/chia-se/${SEED.id}`, `/in/${SEED.id}`,
  '/tim-kiem?q=giao%20duc', '/nhung-tin', '/khong-co', '/embed?limit=3', '/van-ban', DOCUMENT];

/** The catalogue's strings, read from crates/bantin-core/src/i18n/<lang>.rs. */
function catalogue(lang) {
  const source = readFileSync(new URL(`../../crates/bantin-core/src/i18n/${lang}.rs`, import.meta.url), 'utf8');
  return Object.fromEntries([...source.matchAll(/^\s+(\w+): "((?:[^"\\]|\\.)*)",$/gm)].map((m) => [m[1], m[2]]));
}

async function ready(page, path) {
  if (path.startsWith('/embed')) await expect(page.getByTestId('embed-item').first()).toBeVisible();
  else await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  // Nothing still loading: every view has replaced its skeleton.
  await expect(page.getByTestId('skeleton')).toHaveCount(0);
}

for (const lang of ['vi', 'en']) {
  for (const theme of ['light', 'dark']) {
    test(`no axe violations on any view (${lang}, ${theme})`, async ({ page, isMobile }) => {
      test.skip(isMobile, 'the same markup; once is enough');
      test.setTimeout(90_000);
      await page.addInitScript(([l, t]) => {
        localStorage.setItem('bantin:lang', l);
        localStorage.setItem('bantin:theme', t);
      }, [lang, theme]);
      const found = [];
      for (const path of VIEWS) {
        await page.goto(path);
        await ready(page, path);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
        for (const v of violations) found.push(`${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
      }
      expect(found).toEqual([]);
    });
  }
}

test('the keyboard alone reaches an article, its share view and its print view', async ({ page, isMobile }) => {
  test.skip(isMobile, 'a phone has no keyboard to tab with');
  await page.addInitScript(() => { window.print = () => { window.__printed = true; }; });
  await page.goto('/');
  await expect(cards(page).first()).toBeVisible();
  // The skip link is the first stop, and it leads to the content.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' })).toBeFocused();

  const tabTo = async (locator, limit = 80) => {
    for (let i = 0; i < limit; i += 1) {
      if (await locator.evaluate((el) => el === document.activeElement)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`never reached ${locator}`);
  };
  const title = cards(page).first().getByRole('heading', { level: 2 }).getByRole('link');
  await tabTo(title);
  // The focus ring shows where the keyboard is.
  expect(await title.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.title);
  // After the navigation, focus is on the new view's heading.
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  await tabTo(page.getByRole('link', { name: 'Mã QR và các cách chia sẻ khác' }), 200);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Chia sẻ bài viết' })).toBeFocused();
  await tabTo(page.getByRole('link', { name: 'Quay lại bài viết' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.title);

  await tabTo(page.getByRole('link', { name: 'In bài viết' }), 200);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('print-view')).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.__printed)).toBe(true);
});

/**
 * What the interface shows and names, line by line: the page's text and its
 * accessible labels. Interface strings are whole lines (a button, a heading,
 * an option); the feed's text around them may contain the same words.
 */
async function shown(page) {
  const labels = await page.locator('[aria-label], [placeholder], [title], [alt]').evaluateAll((els) =>
    els.flatMap((el) => ['aria-label', 'placeholder', 'title', 'alt'].map((a) => el.getAttribute(a))).filter(Boolean));
  const text = await page.locator('body').innerText();
  return new Set([...text.split('\n'), ...labels].map((line) => line.trim()).filter(Boolean));
}

test('the language switch changes every interface string, and survives a reload', async ({ page }) => {
  const [vi, en] = [catalogue('vi'), catalogue('en')];
  // Whole strings only (templates with {} are checked by the update line below).
  const fixed = Object.keys(vi).filter((key) => !vi[key].includes('{') && vi[key].length >= 4);
  for (const path of ['/', SEED.path]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await expect(page.getByTestId('skeleton')).toHaveCount(0);
    const before = await shown(page);
    // Every catalogue string this view shows in Vietnamese…
    const onView = fixed.filter((key) => before.has(vi[key]));
    expect(onView.length, path).toBeGreaterThan(10);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByTestId('skeleton')).toHaveCount(0);
    const after = await shown(page);
    // …is shown in English instead, and the Vietnamese one is gone.
    for (const key of onView) {
      expect(after.has(en[key]), `${path}: ${key} "${en[key]}" is shown`).toBe(true);
      expect(after.has(vi[key]), `${path}: ${key} "${vi[key]}" is gone`).toBe(false);
    }
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  }
  await page.goto('/');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.latest);
  await expect(page.getByRole('navigation', { name: en.categories }).getByRole('link', { name: en.home })).toBeVisible();
  await page.goto(SEED.path);
  await expect(page.getByTestId('update-line')).toHaveText('Updated 12:41, 31 March 2023 - Views: 100');
  await page.reload();
  await expect(page.getByTestId('update-line')).toHaveText('Updated 12:41, 31 March 2023 - Views: 100');
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await expect(page.getByTestId('update-line')).toHaveText(SEED.updateLine);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  // The article keeps its own language from the feed.
  await expect(page.getByTestId('article')).not.toHaveAttribute('lang', 'en');
});

test('text size and theme survive a reload, and 200 % text at 320 px still fits', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto(SEED.path);
  await expect(page.getByTestId('update-line')).toBeVisible();
  const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  const base = await size();
  for (let i = 0; i < 3; i += 1) await page.getByRole('button', { name: 'Tăng cỡ chữ' }).click();
  await expect(page.getByRole('button', { name: 'Tăng cỡ chữ' })).toBeDisabled();
  expect(await size()).toBeCloseTo(base * 2, 1);
  await page.getByRole('combobox', { name: 'Giao diện' }).selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.getByTestId('update-line')).toBeVisible();
  expect(await size()).toBeCloseTo(base * 2, 1);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(21, 23, 27)');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: testInfo.outputPath('article-320-large-text-dark.png'), fullPage: false });
});
