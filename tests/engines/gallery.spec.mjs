// A photo report's viewer in Firefox and WebKit: opened from its thumbnail
// by the keyboard, stepped with the arrows, focus kept inside, and Escape
// closes it and gives focus back; the address names the photo on show.
// Pictures of it at 390 and 1280 px: test-results/engines/<engine>-viewer-<width>.png.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures.mjs';
import { articles } from './site.mjs';

const REPORT = articles.find((a) => a.id === 'bg-2023-0314-duong-ven-song');
const PATH = `/bai-viet/${REPORT.id}/khoi-cong-nang-cap-mo-rong-tuyen-duong-ven-song-binh-giang`;
const CAPTIONS = [...REPORT.content_html.matchAll(/<figcaption>([^<]+)</g)].map((m) => m[1]);
const OUT = path.resolve(import.meta.dirname, '../../test-results/engines');

/** What the viewer shows: its place, its caption, the address's fragment, and whether focus is in it. */
const viewer = (page) => page.evaluate(() => {
  const dialog = document.querySelector('dialog[open]');
  return dialog && {
    position: dialog.querySelector('[data-testid=photo-position]').textContent,
    caption: dialog.querySelector('figcaption')?.textContent ?? null,
    hash: location.hash,
    focusInside: dialog.contains(document.activeElement),
  };
});

test('the keyboard opens a photo report’s viewer, steps through it and closes it', async ({ page }) => {
  await page.goto(PATH);
  await expect.poll(() => page.count('[data-testid=gallery] .gallery__thumb')).toBe(4);
  await page.evaluate(() => document.querySelector('.gallery__thumb[data-photo="2"]').focus());
  await page.press('Enter');
  await expect.poll(() => viewer(page)).toEqual({ position: '2/4', caption: CAPTIONS[1], hash: '#anh-2', focusInside: true });

  await page.press('ArrowRight');
  await expect.poll(() => viewer(page)).toEqual({ position: '3/4', caption: CAPTIONS[2], hash: '#anh-3', focusInside: true });
  for (let i = 0; i < 4; i += 1) {
    await page.press('Tab');
    expect((await viewer(page)).focusInside, `after Tab ${i + 1}`).toBe(true);
  }
  await page.press('ArrowLeft');
  await expect.poll(async () => (await viewer(page))?.position).toBe('2/4');

  await page.press('Escape');
  await expect.poll(() => viewer(page)).toBe(null);
  expect(await page.evaluate(() => [location.hash, document.activeElement.dataset.photo])).toEqual(['', '2']);
});

test('a shared address opens the photo it names; pictured on a phone and a desktop', async ({ page, engineName }) => {
  mkdirSync(OUT, { recursive: true });
  for (const width of [390, 1280]) {
    await page.setSize(width, 800);
    await page.goto(`${PATH}#anh-4`);
    await expect.poll(async () => (await viewer(page))?.position).toBe('4/4');
    await expect.poll(() => page.evaluate(() => document.querySelector('dialog[open] img')?.complete)).toBe(true);
    writeFileSync(path.join(OUT, `${engineName}-viewer-${width}.png`), await page.screenshot());
  }
});
