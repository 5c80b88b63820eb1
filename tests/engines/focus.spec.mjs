// What a sighted reader sees of focus and of the masthead's controls:
// focus moved by the app to a view's heading draws no ring (Firefox and
// WebKit drew one), and the theme menu is legible (WebKitGTK painted its own
// light-grey control under the masthead's white text).
import { PNG } from 'pngjs';
import { test, expect, CARD_TITLES } from './fixtures.mjs';
import { ARTICLE, SEED } from './site.mjs';

const activeOutline = (page) => page.evaluate(() => {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  return {
    heading: el.matches('main h1'),
    inMasthead: el.tagName === 'A' && el.closest('.site-header') !== null,
    outline: style.outlineStyle === 'none' || style.outlineWidth === '0px' ? 'none' : `${style.outlineWidth} ${style.outlineStyle}`,
  };
});

test('a click that opens an article moves focus to its heading without a ring; Tab to the masthead shows one', async ({ page }) => {
  await page.goto('/');
  await page.clickText(`${CARD_TITLES} a`, SEED.title);
  await expect.poll(async () => (await activeOutline(page)).heading).toBe(true);
  expect((await activeOutline(page)).outline, 'a mouse reader sees no ring on the heading').toBe('none');

  await page.goto(ARTICLE);
  await expect.poll(() => page.count('[data-testid=related] .related__link')).toBeGreaterThan(0);
  expect(await page.evaluate(() => document.hasFocus()), 'the window has the keyboard').toBe(true);
  for (let presses = 0; presses < 5 && !(await activeOutline(page)).inMasthead; presses += 1) await page.press('Tab');
  const focused = await activeOutline(page);
  expect(focused.inMasthead, 'Tab reaches a link of the masthead').toBe(true);
  expect(focused.outline, 'the keyboard reader sees where focus is').not.toBe('none');
});

/** WCAG's contrast ratio of two [r, g, b] colours. */
function contrast(a, b) {
  const luminance = (rgb) => {
    const [r, g, bl] = rgb.map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** The colour that covers most of a PNG: what is painted behind the text. */
function dominantColour(png) {
  const counts = new Map();
  for (let i = 0; i < png.data.length; i += 4) {
    const key = `${png.data[i]},${png.data[i + 1]},${png.data[i + 2]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const [key] = [...counts].sort((a, b) => b[1] - a[1])[0];
  return key.split(',').map(Number);
}

test('the masthead’s theme menu is legible: its text contrasts at least 4.5:1 with what is painted behind it', async ({ page }, testInfo) => {
  await page.goto('/');
  await expect.poll(() => page.count('[data-testid=article-card]')).toBe(10);
  const select = '.reading-options__select';
  const text = (await page.evaluate((s) => getComputedStyle(document.querySelector(s)).color, select)).match(/\d+/g).slice(0, 3).map(Number);
  const shot = await page.screenshot(select);
  await testInfo.attach('theme-select.png', { body: shot, contentType: 'image/png' });
  // Computed colours cannot tell: the select's background is transparent, yet
  // an engine may paint its own native control there. The pixels can.
  const behind = dominantColour(PNG.sync.read(shot));
  const ratio = contrast(text, behind);
  expect(ratio, `text rgb(${text}) on painted rgb(${behind})`).toBeGreaterThanOrEqual(4.5);
});
