// A reader's journey: the home listing, categories, paging, an article's
// anatomy, deep links, history and not-found.
import { test, expect, pathOf, CARD_TITLES } from './fixtures.mjs';
import { ARTICLE, SEED, articles, categories, categoryOf, pagesOf, spanOf } from './site.mjs';

const PAGE_SIZE = 10;
const inCategory = (id) => articles.filter((a) => categoryOf(a) === id);

test('the home page lists the ten latest articles, newest first; a card’s category opens its listing', async ({ page }) => {
  await page.goto('/');
  await expect.poll(() => page.text('main h1')).toBe('Tin mới nhất');
  await expect.poll(() => page.texts(CARD_TITLES)).toEqual(articles.slice(0, PAGE_SIZE).map((a) => a.title));
  expect(await page.text('[data-testid=article-card] .article-card__category')).toBe(SEED.category);

  await page.click('[data-testid=article-card] .article-card__category');
  await expect.poll(() => pathOf(page)).toBe(SEED.categoryPath);
  await expect.poll(() => page.text('main h1')).toBe(SEED.category);
  await expect.poll(() => page.texts(CARD_TITLES)).toEqual(inCategory('chinh-tri').slice(0, PAGE_SIZE).map((a) => a.title));
});

test('the masthead navigation opens every category listing, and home again', async ({ page }) => {
  await page.goto('/');
  for (const category of categories) {
    await page.clickText('.category-nav__link', category.name);
    await expect.poll(() => pathOf(page)).toBe(`/chuyen-muc/${category.id}`);
    await expect.poll(() => page.text('main h1')).toBe(category.name);
    await expect.poll(() => page.text(CARD_TITLES)).toBe(inCategory(category.id)[0].title);
  }
  await page.clickText('.category-nav__link', 'Trang chủ');
  await expect.poll(() => pathOf(page)).toBe('/');
  await expect.poll(() => page.text('main h1')).toBe('Tin mới nhất');
});

test('“Xem thêm” leads to the older page and “Tin mới hơn” back to the newest', async ({ page }) => {
  await page.goto('/');
  await expect.poll(() => page.count(CARD_TITLES)).toBe(PAGE_SIZE);
  const [, older] = pagesOf(articles.length, PAGE_SIZE);
  const shown = articles.slice(older.start, older.end);
  await page.clickText('.pager__link', 'Xem thêm');
  await expect.poll(() => pathOf(page)).toBe(older.path);
  await expect.poll(() => page.text('.pager__current')).toBe(spanOf(shown));
  await expect.poll(() => page.texts(CARD_TITLES)).toEqual(shown.map((a) => a.title));

  await page.clickText('.pager__link', 'Tin mới hơn');
  await expect.poll(() => pathOf(page)).toBe('/');
  await expect.poll(() => page.texts(CARD_TITLES)).toEqual(articles.slice(0, PAGE_SIZE).map((a) => a.title));
  expect(await page.count('.pager__link--previous')).toBe(0);
});

test('clicking a card opens the article with the whole anatomy of the portal page', async ({ page }) => {
  await page.goto('/');
  await page.clickText(`${CARD_TITLES} a`, SEED.title);
  await expect.poll(() => pathOf(page)).toBe(ARTICLE);
  await expect.poll(() => page.text('[data-testid=related] .related__link')).not.toBeNull();

  expect(await page.texts('.breadcrumb a')).toEqual(['Trang chủ', SEED.category]);
  expect(await page.attr('.breadcrumb li:last-child a', 'href')).toBe(SEED.categoryPath);
  expect(await page.text('[data-testid=article] h1')).toBe(SEED.title);
  expect(await page.text('[data-testid=update-line]')).toBe(SEED.updateLine);
  expect(await page.text('[data-testid=lead]')).toBe(articles[0].summary);
  expect(await page.text('[data-testid=article-body] figure figcaption')).toBe(SEED.caption);
  expect(await page.text('[data-testid=byline]')).toBe(SEED.byline);
  // The articles of its category published just before it.
  const before = inCategory('chinh-tri').slice(inCategory('chinh-tri').findIndex((a) => a.id === SEED.id) + 1);
  const related = before.slice(0, 5).map((a) => a.title);
  expect(await page.texts('[data-testid=related] .related__link')).toEqual(related);
  expect(await page.evaluate(() => document.title)).toBe(`${SEED.title} – Cổng thông tin điện tử quận Bình Giang`);
});

test('a link to an article or a category opens cold', async ({ page }) => {
  const later = articles[25];
  for (const [path, heading] of [
    [`/bai-viet/${later.id}/any-slug`, later.title],
    [ARTICLE, SEED.title],
    ['/chuyen-muc/giao-duc', 'Giáo dục – Đào tạo'],
  ]) {
    await page.goto(path);
    await expect.poll(() => page.text('main h1')).toBe(heading);
  }
});

test('back and forward move through the reader’s history', async ({ page }) => {
  await page.goto('/');
  await page.clickText(`${CARD_TITLES} a`, SEED.title);
  await expect.poll(() => page.text('[data-testid=update-line]')).toBe(SEED.updateLine);
  const related = inCategory('chinh-tri').filter((a) => a.id !== SEED.id)[0];
  await page.clickText('[data-testid=related] .related__link', related.title);
  await expect.poll(() => page.text('main h1')).toBe(related.title);
  // The body element is reused between articles: the seed's text must not stay in it.
  await expect.poll(() => page.text('[data-testid=article-body]')).not.toContain('42/47 trường đạt chuẩn quốc gia');

  await page.back();
  await expect.poll(() => page.text('main h1')).toBe(SEED.title);
  await page.back();
  await expect.poll(() => page.text('main h1')).toBe('Tin mới nhất');
  await expect.poll(() => pathOf(page)).toBe('/');
  await page.forward();
  await expect.poll(() => page.text('main h1')).toBe(SEED.title);
  await expect.poll(() => pathOf(page)).toBe(ARTICLE);
});

test('an unknown article or path shows not-found, with the way home', async ({ page }) => {
  for (const path of ['/bai-viet/khong-co-bai-nay/tieu-de', '/khong/ton/tai']) {
    await page.goto(path);
    await expect.poll(() => page.text('[data-testid=not-found] h1')).toBe('Không tìm thấy trang');
    await page.clickText('[data-testid=not-found] a', 'Về trang chủ');
    await expect.poll(() => pathOf(page)).toBe('/');
    await expect.poll(() => page.count(CARD_TITLES)).toBe(PAGE_SIZE);
  }
});

test('an article’s tag opens its topic; a day’s page leads to the days around it, and the picker to any day', async ({ page }) => {
  const tet = articles.filter((a) => a.tags?.includes('Tết Nguyên đán'))
    .sort((a, b) => Date.parse(b.date_published) - Date.parse(a.date_published)).map((a) => a.title);
  await page.goto('/bai-viet/bg-2023-0125-antt-tet');
  await expect.poll(() => page.texts('[data-testid=topics] a')).toEqual(['An ninh trật tự', 'Tết Nguyên đán', 'An toàn giao thông']);
  await page.clickText('[data-testid=topics] a', 'Tết Nguyên đán');
  await expect.poll(() => pathOf(page)).toBe('/chu-de/tet-nguyen-dan');
  await expect.poll(() => page.text('main h1')).toBe('Chủ đề: Tết Nguyên đán');
  await expect.poll(() => page.texts(CARD_TITLES)).toEqual(tet);

  // 2023-03-20T18:30:00Z is the 21st in Vietnam.
  const title = (id) => articles.find((a) => a.id === id).title;
  await page.goto('/ngay/2023-03-21');
  await expect.poll(() => page.text('main h1')).toBe('Tin ngày 21/03/2023');
  await expect.poll(() => page.texts(CARD_TITLES)).toEqual([title('bg-2023-0321-sot-xuat-huyet')]);
  await page.clickText('.day-nav__link', 'Ngày trước 19/03/2023');
  await expect.poll(() => pathOf(page)).toBe('/ngay/2023-03-19');
  await expect.poll(() => page.texts(CARD_TITLES)).toEqual([title('bg-2023-0319-chay-olympic')]);
  // The picker: the day typed in a native date field.
  await page.run(() => { document.getElementById('day-picker-day').value = '2023-03-14'; });
  await page.click('.day-picker__button');
  await expect.poll(() => pathOf(page)).toBe('/ngay/2023-03-14');
  await expect.poll(() => page.texts(CARD_TITLES)).toEqual([title('bg-2023-0314-duong-ven-song')]);
});
