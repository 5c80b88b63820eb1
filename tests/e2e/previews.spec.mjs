// Link previews: chat apps and social networks fetch a shared article URL
// without running JavaScript, so the release build carries a static page per
// article (written by `bantin-pages`) with its Open Graph tags. A browser that
// opens the same URL still gets the whole app.
import { test, expect, SEED } from './fixtures.mjs';
import { articles } from './sample.mjs';

const PATH = `/bai-viet/${SEED.id}/quan-uy-binh-giang-tong-ket-10-nam-thuc-hien-nghi-quyet-so-29-nq-tw`;
const SITE_TITLE = 'Cổng thông tin điện tử quận Bình Giang';
const seed = articles.find((a) => a.id === SEED.id);

const unescape = (s) =>
  s.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&amp;', '&');

/** The raw (still escaped) content of the <meta> with this property or name. */
const rawMeta = (html, key) => html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)">`))?.[1];
const meta = (html, key) => {
  const raw = rawMeta(html, key);
  return raw === undefined ? undefined : unescape(raw);
};
const inlineScripts = (html) => [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>[\s\S]*?<\/script>/g)].map((m) => m[0]);
const policyMeta = (html) => html.match(/<meta http-equiv="Content-Security-Policy"[^>]*>/)?.[0];

/** What a crawler gets: the HTML as served, no script run. */
async function raw(request, path) {
  const response = await request.get(path);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('text/html');
  return response.text();
}

test('a crawler gets the article’s Open Graph tags without running JavaScript', async ({ request }) => {
  const html = await raw(request, PATH);
  // The build's site URL (BANTIN_SITE_URL) is whatever it was; the canonical
  // link says which, and every absolute URL must agree with it.
  const canonical = html.match(/<link rel="canonical" href="([^"]*)">/)?.[1];
  expect(canonical).toMatch(/^https?:\/\/[^/]+\/bai-viet\//);
  expect(new URL(canonical).pathname).toBe(PATH);
  const origin = new URL(canonical).origin;

  expect(meta(html, 'og:url')).toBe(canonical);
  expect(meta(html, 'og:title')).toBe(SEED.title);
  expect(meta(html, 'og:description')).toBe(seed.summary);
  expect(meta(html, 'description')).toBe(seed.summary);
  expect(meta(html, 'og:image')).toBe(`${origin}/images/hoi-nghi-nq29.svg`);
  expect(meta(html, 'og:image').startsWith(`${origin}/`)).toBe(true);
  expect(meta(html, 'og:type')).toBe('article');
  expect(meta(html, 'og:site_name')).toBe(SITE_TITLE);
  expect(meta(html, 'og:locale')).toBe('vi_VN');
  expect(meta(html, 'twitter:card')).toBe('summary_large_image');
  expect(meta(html, 'article:published_time')).toBe('2023-03-29T15:20:00+07:00');
  expect(meta(html, 'article:modified_time')).toBe('2023-03-31T12:41:00+07:00');
  expect(unescape(html.match(/<title>([^<]*)<\/title>/)?.[1] ?? '')).toBe(`${SEED.title} – ${SITE_TITLE}`);

  // Values are escaped: no raw markup inside an attribute.
  expect(rawMeta(html, 'og:title')).not.toContain('<');
  expect(rawMeta(html, 'og:description')).not.toMatch(/[<>"]/);
  // The article's first screen is in the page itself, before the app's notice.
  const first = html.match(/<body>\s*<div id="first-view">([\s\S]*?)<\/main><\/div>/)?.[1] ?? '';
  expect(unescape(first)).toContain(`<h1 class="article__title">${SEED.title}</h1>`);
  expect(unescape(first)).toContain(`<p data-testid="lead" class="article__lead">${seed.summary}</p>`);
});

test('the preview page is the app’s own page: same loader, same policy', async ({ request }) => {
  const app = await raw(request, '/');
  const preview = await raw(request, PATH);
  expect(meta(app, 'og:title'), 'the home page is untouched').toBeUndefined();
  expect(meta(preview, 'og:title'), 'a preview page, not the fallback').toBe(SEED.title);
  expect(inlineScripts(app).length).toBeGreaterThan(0);
  // Byte for byte: the loader's hash is in the policy.
  expect(inlineScripts(preview)).toEqual(inlineScripts(app));
  expect(policyMeta(preview)).toBe(policyMeta(app));
  for (const link of app.match(/<link rel="(?:stylesheet|modulepreload|preload)"[^>]*>/g) ?? []) {
    // The app's script and wasm are not preloaded where the first screen is
    // in the HTML: they would take bandwidth from it. The loader fetches them.
    const app = link.includes('modulepreload') || link.includes('application/wasm');
    if (app) expect(preview).not.toContain(link);
    else expect(preview).toContain(link);
  }
  expect(preview).toContain('<link rel="preload" href="/feed.json" as="fetch" crossorigin>');
  // The URL without the slug has its own preview too.
  const short = await raw(request, `/bai-viet/${SEED.id}`);
  expect(meta(short, 'og:url')).toMatch(new RegExp(`${PATH}$`));
});

test('a browser that opens a preview URL gets the whole app', async ({ page }) => {
  const violations = [];
  page.on('console', (m) => m.text().includes('Content Security Policy') && violations.push(m.text()));
  await page.goto(PATH);
  const article = page.getByTestId('article');
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(SEED.title);
  await expect(page.getByTestId('update-line')).toHaveText(SEED.updateLine);
  await expect(page).toHaveTitle(`${SEED.title} – ${SITE_TITLE}`);
  await expect(page.locator('meta[name="description"]')).toHaveCount(1);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', seed.summary);
  expect(violations).toEqual([]);

  // The app still routes from there: the related articles open in place.
  await page.getByTestId('related').getByRole('link').first().click();
  await expect(page).not.toHaveURL(PATH);
  await expect(article.getByRole('heading', { level: 1 })).not.toHaveText(SEED.title);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a shared link still shows the article’s opening, in the page’s own style', async ({ page }) => {
    await page.goto(PATH);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.title);
    await expect(page.locator('.update-line')).toHaveText(SEED.updateLine);
    await expect(page.locator('.article__lead')).toHaveText(seed.summary);
    await expect(page.getByRole('navigation', { name: 'Đường dẫn' }).getByRole('link')).toHaveText(['Trang chủ', SEED.category]);
    await expect(page.getByRole('navigation', { name: 'Chuyên mục' }).getByRole('link', { name: 'Trang chủ' })).toBeVisible();
    // Styled: the masthead in the portal's red, not the browser's defaults.
    await expect(page.locator('.site-header')).toHaveCSS('background-color', 'rgb(165, 25, 28)');
  });
});

test('the app takes over the first view without moving it, and only once its article is ready', async ({ page }) => {
  // Hold the feed back: until it arrives, the app has nothing to show.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/feed.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(PATH);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(SEED.title);
  await expect(page.locator('#first-view')).toHaveCount(1);
  // The app is drawn, hidden, next to the first view (its skeleton stays unseen).
  await expect(page.locator('#app')).toBeAttached();
  await expect(page.locator('#app')).toBeHidden();
  await expect(page.getByTestId('skeleton')).toBeHidden();
  const before = await heading.boundingBox();
  const lead = await page.locator('.article__lead').boundingBox();
  release();
  await expect(page.locator('#first-view')).toHaveCount(0);
  await expect(page.getByTestId('article-body')).toBeVisible();
  await expect(page.getByTestId('update-line')).toHaveText(SEED.updateLine);
  const after = await page.getByTestId('article').getByRole('heading', { level: 1 }).boundingBox();
  expect(Math.abs(after.y - before.y), 'the title stays where it was').toBeLessThanOrEqual(1);
  expect(Math.abs(after.x - before.x)).toBeLessThanOrEqual(1);
  const leadAfter = await page.getByTestId('lead').boundingBox();
  expect(Math.abs(leadAfter.y - lead.y), 'so does the lead').toBeLessThanOrEqual(1);
  // One of each landmark: the first view is gone, not hidden.
  await expect(page.locator('main')).toHaveCount(1);
  await expect(page.locator('header.site-header')).toHaveCount(1);
});

// Regression: on a shared link's static page, A−/A+, the theme and the
// language did nothing until the app had loaded (seen in Firefox and WebKit).
test('the reading settings act on the static page before the app has loaded, and the app keeps them', async ({ page }) => {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*_bg.wasm', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(PATH);
  await expect(page.locator('#first-view')).toHaveCount(1);
  const root = page.locator('html');
  await page.getByRole('button', { name: 'Tăng cỡ chữ' }).click();
  await expect(root).toHaveAttribute('data-text-size', '2');
  await page.getByRole('combobox', { name: 'Giao diện' }).selectOption('dark');
  await expect(root).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(21, 23, 27)');
  await expect(page.locator('html')).not.toHaveAttribute('data-app', '');

  release();
  await expect(page.locator('#first-view')).toHaveCount(0);
  await expect(page.getByTestId('article-body')).toBeVisible();
  await expect(root).toHaveAttribute('data-text-size', '2');
  await expect(root).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('combobox', { name: 'Giao diện' })).toHaveValue('dark');
});
