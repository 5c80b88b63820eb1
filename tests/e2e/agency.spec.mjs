// The agency behind the portal (`_bantin.site`), as a state portal must show
// it: the footer's facts with working contacts, the related state portals,
// and the portal this site belongs to above the masthead.
import { test, expect } from './fixtures.mjs';
import { readFileSync } from 'node:fs';

const SAMPLE = JSON.parse(readFileSync(new URL('../../public/feed.json', import.meta.url), 'utf8'));
const SITE = SAMPLE._bantin.site;

/** The footer's facts as [label, value] pairs. */
const facts = (page) => page.getByTestId('agency').locator('.agency__fact')
  .evaluateAll((rows) => rows.map((r) => [r.querySelector('dt').textContent, r.querySelector('dd').textContent]));

test('every page’s footer shows the agency, its contacts as links, and the related portals', async ({ page }) => {
  await page.goto('/');
  expect(await facts(page)).toEqual([
    ['Cơ quan chủ quản', SITE.agency],
    ['Địa chỉ', SITE.address],
    ['Điện thoại', SITE.phone],
    ['Thư điện tử', SITE.email],
    ['Chịu trách nhiệm chính', SITE.editor],
    ['Giấy phép', SITE.license],
  ]);
  const agency = page.getByTestId('agency');
  await expect(agency.getByRole('link', { name: SITE.phone })).toHaveAttribute('href', 'tel:02923821456');
  await expect(agency.getByRole('link', { name: SITE.email })).toHaveAttribute('href', `mailto:${SITE.email}`);
  const related = page.getByRole('navigation', { name: 'Liên kết website' });
  await expect(related.getByRole('link')).toHaveText(SITE.links.map((l) => l.name));
  for (const link of SITE.links) await expect(related.getByRole('link', { name: link.name })).toHaveAttribute('href', link.url);

  // Above the masthead, the portal this one belongs to.
  const parent = page.getByTestId('parent-portal').getByRole('link');
  await expect(parent).toHaveText(SITE.parent.name);
  await expect(parent).toHaveAttribute('href', SITE.parent.url);

  // The same on an article.
  await page.getByTestId('article-card').first().getByRole('link').first().click();
  await expect(page.getByTestId('article')).toBeVisible();
  await expect(page.getByTestId('agency').getByRole('link', { name: SITE.email })).toBeVisible();
});

test('in English, the labels are English and the facts the feed’s', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('bantin:lang', 'en'));
  await page.goto('/');
  expect((await facts(page)).map(([label]) => label))
    .toEqual(['Governing agency', 'Address', 'Phone', 'Email', 'Editor-in-chief', 'Licence']);
  await expect(page.getByRole('navigation', { name: 'Related websites' }).getByRole('link')).toHaveCount(SITE.links.length);
});

test.describe('a feed that says less', () => {
  test.use({ allowedConsoleErrors: ['status of 404'] });

  const serve = (page, site) => page.route('**/feed.json', (route) => route.fulfill({
    json: { ...SAMPLE, next_url: undefined, _bantin: { ...SAMPLE._bantin, site } },
  }));

  test('fields left out leave no empty labels, and unsafe links are dropped', async ({ page }) => {
    await serve(page, { agency: 'Ủy ban nhân dân xã Tân Hòa', phone: 'gọi tổng đài', parent: { name: 'X', url: 'javascript:alert(1)' }, links: [] });
    await page.goto('/tim-kiem');
    await expect(page.getByTestId('agency')).toBeVisible();
    expect(await facts(page)).toEqual([['Cơ quan chủ quản', 'Ủy ban nhân dân xã Tân Hòa']]);
    await expect(page.getByRole('navigation', { name: 'Liên kết website' })).toHaveCount(0);
    await expect(page.getByTestId('parent-portal')).toHaveCount(0);
    await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
  });

  test('no `_bantin.site`: no block at all', async ({ page }) => {
    await serve(page, undefined);
    await page.goto('/tim-kiem');
    await expect(page.locator('.site-footer__source')).toContainText(SAMPLE.title);
    await expect(page.getByTestId('agency')).toHaveCount(0);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, waitForApp: false });

  test('the static pages carry the same block', async ({ page }) => {
    await page.goto('/');
    expect(await facts(page)).toHaveLength(6);
    await expect(page.getByTestId('agency').getByRole('link', { name: SITE.phone })).toHaveAttribute('href', 'tel:02923821456');
    await expect(page.getByTestId('parent-portal').getByRole('link')).toHaveAttribute('href', SITE.parent.url);
  });
});
