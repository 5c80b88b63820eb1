// The static site `bantin-tool publish` writes: every article and listing
// page whole in its HTML (what crawlers, chat apps' link previews and
// readers without JavaScript get), its head tags and structured data, the
// sitemaps, RSS and robots.txt, honest status codes from nginx, and the app
// taking a page over without anything moving.
import { test, expect, SEED, cards } from './fixtures.mjs';
import { articles, pagesOf } from './sample.mjs';
import { canonical } from './markup.mjs';

const PATH = SEED.path;
const SITE_TITLE = 'Cổng thông tin điện tử quận Bình Giang';
const seed = articles.find((a) => a.id === SEED.id);
const CAPTION = 'Đồng chí Lê Thị Thanh Hương, Phó Bí thư Thường trực Quận ủy Bình Giang phát biểu kết luận hội nghị.';
const LAST_PARAGRAPH = 'Dịp này, Ban Thường vụ Quận ủy tặng Giấy khen';

const unescape = (s) =>
  s.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&amp;', '&');

/** The raw (still escaped) content of the <meta> with this property or name. */
const rawMeta = (html, key) => html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)">`))?.[1];
const meta = (html, key) => {
  const raw = rawMeta(html, key);
  return raw === undefined ? undefined : unescape(raw);
};
const inlineScripts = (html) => [...html.matchAll(/<script\b(?![^>]*\b(?:src=|type="application\/ld\+json"))[^>]*>[\s\S]*?<\/script>/g)].map((m) => m[0]);
const policyMeta = (html) => html.match(/<meta http-equiv="Content-Security-Policy"[^>]*>/)?.[0];

/** What a crawler gets: the HTML as served, no script run. */
async function raw(request, path, status = 200) {
  const response = await request.get(path, { maxRedirects: 0 });
  expect(response.status(), path).toBe(status);
  expect(response.headers()['content-type']).toContain('text/html');
  return response.text();
}

/** The text of an HTML document, tags dropped. */
const text = (html) => unescape(html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');

test('a crawler reads the whole article, its tags and its structured data without running JavaScript', async ({ request }) => {
  const html = await raw(request, PATH);
  const canonical = html.match(/<link rel="canonical" href="([^"]*)">/)?.[1];
  expect(new URL(canonical).pathname).toBe(PATH);
  const origin = new URL(canonical).origin;
  expect(meta(html, 'og:url')).toBe(canonical);
  expect(meta(html, 'og:title')).toBe(SEED.title);
  expect(meta(html, 'og:description')).toBe(seed.summary);
  expect(meta(html, 'description')).toBe(seed.summary);
  expect(meta(html, 'og:image')).toBe(`${origin}/images/hoi-nghi-nq29.svg`);
  expect(meta(html, 'og:image:width')).toBe('800');
  expect(meta(html, 'og:image:height')).toBe('450');
  expect(meta(html, 'og:type')).toBe('article');
  expect(meta(html, 'og:site_name')).toBe(SITE_TITLE);
  expect(meta(html, 'og:locale')).toBe('vi_VN');
  expect(meta(html, 'twitter:card')).toBe('summary_large_image');
  expect(meta(html, 'article:published_time')).toBe('2023-03-29T15:20:00+07:00');
  expect(meta(html, 'article:modified_time')).toBe('2023-03-31T12:41:00+07:00');
  expect(meta(html, 'article:section')).toBe(SEED.category);
  expect(unescape(html.match(/<title>([^<]*)<\/title>/)?.[1] ?? '')).toBe(`${SEED.title} – ${SITE_TITLE}`);
  expect(html).toContain(`<link rel="alternate" type="application/rss+xml" title="${SITE_TITLE}" href="${origin}/rss.xml">`);
  expect(html).toContain(`<link rel="alternate" type="application/feed+json" href="${origin}/feed.json">`);
  expect(rawMeta(html, 'og:title')).not.toContain('<');

  // The article itself: title, lead, the body to its last paragraph, the
  // figure and its caption, the byline, sharing as plain links, related.
  const shown = text(html);
  for (const expected of [SEED.title, SEED.updateLine.split(' - ')[0], seed.summary, LAST_PARAGRAPH, CAPTION, SEED.byline, 'Bài viết liên quan']) {
    expect(shown).toContain(expected);
  }
  expect(html).toMatch(/<figure><img[^>]*src="\/images\/hoi-nghi-nq29\.svg"[^>]*><figcaption>/);
  expect(html).toContain('href="https://button-share.zalo.me/share_external?d=');
  expect(html).not.toContain('<noscript>');

  const data = JSON.parse(html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)[1]);
  const [article, crumbs] = data;
  expect(article['@type']).toBe('NewsArticle');
  expect(article.headline).toBe(SEED.title);
  expect(article.image).toEqual([`${origin}/images/hoi-nghi-nq29.svg`]);
  expect(article.datePublished).toBe('2023-03-29T15:20:00+07:00');
  expect(article.dateModified).toBe('2023-03-31T12:41:00+07:00');
  expect(article.author.length).toBeGreaterThan(0);
  expect(article.publisher.name).toBe(SITE_TITLE);
  expect(article.publisher.logo.url).toMatch(/^https?:\/\//);
  expect(article.mainEntityOfPage['@id']).toBe(canonical);
  expect(crumbs['@type']).toBe('BreadcrumbList');
  expect(crumbs.itemListElement.map((c) => c.name)).toEqual([SITE_TITLE, SEED.category, SEED.title]);
});

test('every page is the app’s own page: the same loader and policy, without the app’s preloads', async ({ request }) => {
  const app = await raw(request, '/app.html');
  // A view only the app draws fetches its feed at once.
  expect(app).toContain('<link rel="preload" href="/feed.json" as="fetch" crossorigin>');
  for (const path of [PATH, '/', '/chuyen-muc/giao-duc']) {
    const page = await raw(request, path);
    // Byte for byte: the loader's hash is in the policy.
    expect(inlineScripts(page)).toEqual(inlineScripts(app));
    expect(policyMeta(page)).toBe(policyMeta(app));
    // The app's script, wasm and feed are not preloaded where the content
    // is in the HTML: they would take bandwidth from it. The loader fetches
    // the app once the page has loaded, and the app its feed.
    expect(page).not.toContain('modulepreload');
    expect(page).not.toContain('href="/feed.json" as="fetch"');
  }
  expect(meta(app, 'og:title'), 'the app’s own page has no page’s tags').toBeUndefined();
});

test('an article’s address without its slug sends readers on to it', async ({ page, request }) => {
  const short = await raw(request, `/bai-viet/${SEED.id}`);
  expect(short).toContain(`<link rel="canonical" href="`);
  expect(short).toContain('<meta name="robots" content="noindex">');
  await page.goto(`/bai-viet/${SEED.id}`);
  await expect(page).toHaveURL(new RegExp(`${PATH}$`));
  await expect(page.getByTestId('article').getByRole('heading', { level: 1 })).toHaveText(SEED.title);
});

test('a crawler reaches every article from the home page by links', async ({ request }) => {
  const seen = new Set();
  const queue = ['/'];
  const listingPages = new Set();
  while (queue.length > 0) {
    const path = queue.shift();
    if (listingPages.has(path)) continue;
    listingPages.add(path);
    const html = await raw(request, path);
    for (const [, href] of html.matchAll(/<a [^>]*href="([^"#?]+)"/g)) {
      if (href.startsWith('/bai-viet/')) seen.add(decodeURIComponent(href.split('/')[2]));
      else if (/^\/(trang|chuyen-muc)\//.test(href) && !listingPages.has(href)) queue.push(href);
    }
  }
  expect([...seen].sort()).toEqual(articles.map((a) => a.id).sort());
  for (const { path } of pagesOf(articles.length, 10).slice(1)) expect(listingPages.has(path), path).toBe(true);
});

test('nginx answers an address without a page with 404 and the not-found page, and the app’s views with the app', async ({ request }) => {
  for (const path of ['/bai-viet/khong-co-bai-nay', '/bai-viet/khong-co/tieu-de', '/trang/99', '/chuyen-muc/khong-co', '/chuyen-muc/giao-duc/trang/99']) {
    const html = await raw(request, path, 404);
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(text(html)).toContain('Không tìm thấy trang');
  }
  for (const path of ['/tim-kiem?q=giao+duc', `/chia-se/${SEED.id}`, `/in/${SEED.id}`, '/nhung-tin', '/embed']) {
    const html = await raw(request, path);
    expect(html, path).not.toContain('og:title');
  }
});

test('sitemaps, the news sitemap, RSS and robots.txt are served and well formed', async ({ page, request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  const sitemapUrl = robots.match(/^Sitemap: (\S+\/sitemap\.xml)$/m)?.[1];
  expect(sitemapUrl).toBeTruthy();
  await page.goto('/app.html');
  for (const path of ['/sitemap.xml', '/sitemap-news.xml', '/rss.xml', '/chuyen-muc/giao-duc/rss.xml']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const body = await response.text();
    // The browser's own XML parser: a well-formed document, in the expected namespace.
    const parsed = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      return { error: doc.querySelector('parsererror') !== null, root: doc.documentElement.localName, ns: doc.documentElement.namespaceURI };
    }, body);
    expect(parsed.error, path).toBe(false);
    if (path.startsWith('/sitemap')) expect([parsed.root, parsed.ns]).toEqual(['urlset', 'http://www.sitemaps.org/schemas/sitemap/0.9']);
    else expect(parsed.root).toBe('rss');
  }
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  const articleLocs = locs.filter((p) => p.startsWith('/bai-viet/'));
  expect(articleLocs.length).toBe(articles.length);
  expect(new Set(articleLocs).size).toBe(articles.length);
  expect(articleLocs).toContain(PATH);
  const rss = await (await request.get('/rss.xml')).text();
  expect(rss.match(/<item>/g).length).toBe(articles.length);
  expect(rss).toContain(`<title>${SEED.title}</title>`);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, waitForApp: false });

  test('a shared article is whole and styled, and the controls that need JavaScript are not offered', async ({ page }) => {
    await page.goto(PATH);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.title);
    await expect(page.locator('.update-line')).toHaveText(SEED.updateLine);
    await expect(page.locator('.article__lead')).toHaveText(seed.summary);
    await expect(page.getByRole('figure').locator('figcaption')).toHaveText(CAPTION);
    await expect(page.getByText(LAST_PARAGRAPH)).toBeVisible();
    await expect(page.locator('.article__byline')).toHaveText(SEED.byline);
    await expect(page.getByRole('link', { name: 'Zalo' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Đường dẫn' }).getByRole('link')).toHaveText(['Trang chủ', SEED.category]);
    await expect(page.locator('.site-header')).toHaveCSS('background-color', 'rgb(165, 25, 28)');
    for (const name of ['Sao chép liên kết', 'Tăng cỡ chữ', 'In bài viết']) {
      await expect(page.getByRole('button', { name, exact: true }).or(page.getByRole('link', { name, exact: true }))).toBeHidden();
    }
  });

  test('the home page lists the newest articles and pages on by plain links', async ({ page }) => {
    await page.goto('/');
    await expect(cards(page)).toHaveCount(10);
    await expect(cards(page).first().getByRole('heading', { level: 2 })).toHaveText(articles[0].title);
    const [, older] = pagesOf(articles.length, 10);
    await page.getByRole('link', { name: 'Xem thêm' }).click();
    await expect(page).toHaveURL(new RegExp(`${older.path}$`));
    await expect(cards(page).first().getByRole('heading', { level: 2 })).toHaveText(articles[older.start].title);
  });
});

test('every article’s static page carries the very body the app draws', async ({ page, request, isMobile }) => {
  test.skip(isMobile, 'the same markup on every screen; run once');
  test.setTimeout(120_000);
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname).filter((p) => p.startsWith('/bai-viet/'));
  expect(paths.length).toBe(articles.length);
  const differ = [];
  for (const path of paths) {
    await page.goto(path);
    await expect(page.locator('#first-view')).toHaveCount(0);
    const [live, written] = await page.evaluate(async ({ fn }) => {
      const canonicalForm = eval(`(${fn})`);
      const html = await (await fetch(location.pathname)).text();
      const staticPage = new DOMParser().parseFromString(html, 'text/html');
      const body = (doc) => doc.querySelector('[data-testid="article-body"]') ?? doc.createDocumentFragment();
      return [canonicalForm(body(document), location.origin), canonicalForm(body(staticPage), location.origin)];
    }, { fn: canonical.toString() });
    if (live !== written) differ.push(`${path}\n  app:    ${live.slice(0, 300)}\n  static: ${written.slice(0, 300)}`);
  }
  expect(differ, differ.join('\n')).toEqual([]);
});

test.describe('before the app has the article', () => {
  test.use({ waitForApp: false });

  test('the app takes over the whole article without moving it, and only once its article is ready', async ({ page }) => {
    // Hold the feed back: until it arrives, the app has nothing to show.
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route('**/feed.json', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(PATH);
    await expect(page.locator('#first-view')).toHaveCount(1);
    // The app is drawn, hidden, next to the static page (its skeleton unseen).
    await expect(page.locator('#app')).toBeAttached();
    await expect(page.locator('#app')).toBeHidden();
    await expect(page.getByTestId('skeleton')).toBeHidden();
    const boxes = async (scope) => {
      const visible = page.locator(`${scope} main`);
      return {
        title: await visible.getByRole('heading', { level: 1 }).boundingBox(),
        lead: await visible.locator('.article__lead').boundingBox(),
        last: await visible.getByText(LAST_PARAGRAPH).boundingBox(),
        byline: await visible.locator('.article__byline').boundingBox(),
        related: await visible.getByTestId('related').boundingBox(),
      };
    };
    const before = await boxes('#first-view');
    // What the app has drawn when the static page goes (a mutation
    // observer's callback runs before the browser paints again): all of
    // it, so that no frame shows the article without what follows it.
    const atSwap = page.evaluate(() => new Promise((resolve) => {
      const drawn = (id) => document.querySelector(`#app [data-testid="${id}"]`) !== null;
      const observer = new MutationObserver(() => {
        if (document.getElementById('first-view')) return;
        observer.disconnect();
        resolve({ article: drawn('article-body'), share: drawn('share-bar'), related: drawn('related') });
      });
      observer.observe(document.body, { childList: true });
    }));
    release();
    expect(await atSwap).toEqual({ article: true, share: true, related: true });
    await expect(page.locator('#first-view')).toHaveCount(0);
    await expect(page.getByTestId('article-body')).toBeVisible();
    await expect(page.getByTestId('update-line')).toHaveText(SEED.updateLine);
    const after = await boxes('#app');
    for (const part of Object.keys(before)) {
      expect(Math.abs(after[part].y - before[part].y), `${part} stays where it was`).toBeLessThanOrEqual(1);
      expect(Math.abs(after[part].x - before[part].x), part).toBeLessThanOrEqual(1);
    }
    // One of each landmark: the static page is gone, not hidden.
    await expect(page.locator('main')).toHaveCount(1);
    await expect(page.locator('header.site-header')).toHaveCount(1);
  });
});

test('a browser that opens an article’s page gets the whole app', async ({ page }) => {
  const violations = [];
  page.on('console', (m) => m.text().includes('Content Security Policy') && violations.push(m.text()));
  await page.goto(PATH);
  const article = page.getByTestId('article');
  await expect(page.locator('#first-view')).toHaveCount(0);
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(SEED.title);
  await expect(page).toHaveTitle(`${SEED.title} – ${SITE_TITLE}`);
  expect(violations).toEqual([]);
  // The app routes from there: the related articles open in place, and the
  // page's tags about itself go with it.
  await page.getByTestId('related').getByRole('link').first().click();
  await expect(page).not.toHaveURL(PATH);
  await expect(article.getByRole('heading', { level: 1 })).not.toHaveText(SEED.title);
  await expect(page.locator('meta[property="og:title"]')).toHaveCount(0);
  await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(0);
});

test('the not-found view tells search engines not to index it', async ({ page }) => {
  await page.goto('/khong-co');
  await expect(page.getByTestId('not-found')).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await page.getByRole('link', { name: 'Về trang chủ' }).click();
  await expect(cards(page)).toHaveCount(10);
  await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
});

// Regression: on a shared link's static page, A−/A+, the theme and the
// language did nothing until the app had loaded (seen in Firefox and WebKit).
test.describe('before the app has loaded', () => {
  test.use({ waitForApp: false });

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
});
