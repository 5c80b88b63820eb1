// A 10,000-article archive in the static layout (bench/work/archive-10k, by
// bantin-tool): any listing page and any article open cold with a fixed,
// small number of requests, and search reads only the index shards a query
// needs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test, expect, cards } from './fixtures.mjs';

const root = new URL('../../bench/work/archive-10k/', import.meta.url);
const read = (path) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
const feed = read('feed.json');
const layout = feed._bantin.layout;

/** The feed data (JSON) requested while `action` runs, by path. */
async function dataRequests(page, action) {
  const paths = [];
  const listener = (request) => {
    const url = new URL(request.url());
    if (url.pathname.endsWith('.json')) paths.push(url.pathname);
  };
  page.on('request', listener);
  await action();
  page.off('request', listener);
  return paths;
}

test('the home page shows the newest page of the archive', async ({ page }) => {
  await page.goto('/');
  await expect(cards(page)).toHaveCount(layout.page_size);
  await expect(cards(page).getByRole('heading', { level: 2 })).toHaveText(feed.items.map((i) => i.title));
});

test('the home page’s most read and sections come in its first document: one request', async ({ page }) => {
  const { front } = feed._bantin;
  expect(front.most_read).toHaveLength(5);
  const requested = await dataRequests(page, async () => {
    await page.goto('/');
    await expect(page.getByTestId('most-read').getByRole('link')).toHaveText(front.most_read.map((i) => i.title));
  });
  expect(requested).toEqual(['/feed.json']);
  const blocks = page.getByTestId('section-block');
  await expect(blocks).toHaveCount(front.sections.length);
  await expect(blocks.first().getByRole('listitem').getByRole('link')).toHaveText(front.sections[0].items.map((i) => i.title));
});

test.describe('paging to the end', () => {
  // The page past the last is a real 404, which the browser logs.
  test.use({ allowedConsoleErrors: ['status of 404'] });

  test('a deep listing page opens cold with two requests, and pages on', async ({ page }) => {
    // Pages are counted from the oldest article: block 200 of the home
    // listing keeps its articles however many are published after it.
    const n = 200;
    const expected = read(`pages/home/${n}.json`).items.map((i) => i.title);
    const requested = await dataRequests(page, async () => {
      await page.goto(`/trang/${n}`);
      await expect(cards(page).getByRole('heading', { level: 2 })).toHaveText(expected);
    });
    expect(requested).toEqual(['/feed.json', `/pages/home/${n}.json`]);
    const pager = page.getByRole('navigation', { name: 'Phân trang' });
    await pager.getByRole('link', { name: 'Xem thêm' }).click();
    await expect(page).toHaveURL(`/trang/${n - 1}`);
    await expect(cards(page).first()).toHaveText(new RegExp(read(`pages/home/${n - 1}.json`).items[0].title.slice(0, 20)));
    await pager.getByRole('link', { name: 'Tin mới hơn' }).click();
    await expect(page).toHaveURL(`/trang/${n}`);
    // The newest block is the home page's; the one before it is the newest older page.
    await page.goto(`/trang/${layout.home_blocks - 1}`);
    await expect(cards(page).first()).toBeVisible();
    await expect(pager.getByRole('link', { name: 'Tin mới hơn' })).toHaveAttribute('href', '/');
    await page.goto(`/trang/${layout.home_blocks}`);
    await expect(page.getByTestId('not-found')).toBeVisible();
  });
});

// Regression: a category, topic or page the layout does not have was
// reported as the server's 404 (an error to retry), invented by the app
// without any request, instead of as a page that does not exist.
test.describe(() => {
  // An unknown topic's file does not exist: the host's 404, which the browser logs.
  test.use({ allowedConsoleErrors: ['status of 404'] });

  test('an unknown category or topic, or a page past the end, opened in the app, is not found, not an error', async ({ page }) => {
    await page.goto('/');
    await expect(cards(page)).toHaveCount(layout.page_size);
    for (const path of ['/chuyen-muc/khong-co-chuyen-muc', '/chu-de/khong-co-chu-de', `/trang/${layout.home_blocks}`]) {
      // A navigation the app handles, with no static page on the way.
      await page.evaluate((to) => {
        history.pushState(null, '', to);
        dispatchEvent(new PopStateEvent('popstate'));
      }, path);
      await expect(page.getByTestId('not-found'), path).toBeVisible();
      await expect(page.getByTestId('load-error'), path).toHaveCount(0);
    }
  });
});

test('an old article opens cold with two requests, whatever the archive size, its related articles in its own', async ({ page }) => {
  const item = read('pages/home/3.json').items[5];
  const requested = await dataRequests(page, async () => {
    await page.goto(`/bai-viet/${item.id}/bat-ky`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(item.title);
    await expect(page.getByTestId('article-body').locator('p').first()).toBeVisible();
  });
  expect(requested.sort()).toEqual(['/feed.json', `/articles/${item.id}.json`].sort());
  // Related: the articles of its category published just before it, which
  // its document carries.
  const related = read(`articles/${item.id}.json`)._bantin.related;
  expect(related).toHaveLength(5);
  expect(related.every((i) => i._bantin.category === item._bantin.category && i.date_published <= item.date_published)).toBe(true);
  await expect(page.getByTestId('related').getByRole('link')).toHaveText(related.map((i) => i.title));
});

test('a topic and a day open cold with two requests each; a day leads to the days around it', async ({ page }) => {
  const [topic] = readdirSync(new URL('pages/t/', root));
  const expected = read(`pages/t/${topic}/newest.json`).items.map((i) => i.title);
  let requested = await dataRequests(page, async () => {
    await page.goto(`/chu-de/${topic}`);
    await expect(cards(page).getByRole('heading', { level: 2 })).toHaveText(expected);
  });
  expect(requested).toEqual(['/feed.json', `/pages/t/${topic}/newest.json`]);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Chủ đề: /);

  const days = readdirSync(new URL('pages/d/', root)).sort();
  const day = days[Math.floor(days.length / 2)];
  const doc = read(`pages/d/${day}/newest.json`);
  requested = await dataRequests(page, async () => {
    await page.goto(`/ngay/${day}`);
    await expect(cards(page).getByRole('heading', { level: 2 })).toHaveText(doc.items.map((i) => i.title));
  });
  expect(requested).toEqual(['/feed.json', `/pages/d/${day}/newest.json`]);
  const { previous } = doc._bantin.day;
  await page.getByTestId('day-nav').getByRole('link', { name: /Ngày trước/ }).click();
  await expect(page).toHaveURL(`/ngay/${previous}`);
  await expect(cards(page).getByRole('heading', { level: 2 }))
    .toHaveText(read(`pages/d/${previous}/newest.json`).items.map((i) => i.title));
});

test.describe('missing files', () => {
  // The server's 404 for the missing article file is logged by the browser.
  test.use({ allowedConsoleErrors: ['Failed to load resource'] });

  test('a category’s oldest page, and an unknown article, cold', async ({ page }) => {
    const [id] = Object.keys(layout.category_blocks).slice(1);
    const items = read(`pages/c/${id}/1.json`).items;
    await page.goto(`/chuyen-muc/${id}/trang/1`);
    await expect(cards(page)).toHaveCount(items.length);
    await expect(page.getByRole('navigation', { name: 'Phân trang' }).getByRole('link', { name: 'Xem thêm' })).toHaveCount(0);
    await page.goto('/bai-viet/khong-co-bai-nay');
    await expect(page.getByTestId('not-found')).toBeVisible();
  });
});

test('search finds the same articles with and without diacritics, downloading only its shards', async ({ page }) => {
  const unaccented = await dataRequests(page, async () => {
    await page.goto('/tim-kiem?q=giao%20duc');
    await expect(page.getByTestId('search-summary')).toContainText('Tìm thấy');
  });
  const summary = await page.getByTestId('search-summary').textContent();
  const titles = await page.getByTestId('search-result').locator('.search-result__title').allTextContents();
  expect(titles.length).toBe(20);
  const shards = unaccented.filter((p) => p.includes('/search/terms/'));
  expect(shards.sort()).toEqual(['/search/terms/du.json', '/search/terms/gi.json']);

  await page.getByRole('searchbox').fill('Giáo Dục');
  await expect(page.getByTestId('search-summary')).toHaveText(summary.replace('giao duc', 'Giáo Dục'));
  await expect(page.getByTestId('search-result').locator('.search-result__title')).toHaveText(titles);
  await expect(page.getByTestId('search-result').locator('mark').first()).toBeVisible();
});

/** A count as the interface writes it: 1.234. */
const vi = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

test.describe('full text', () => {
  // No head word begins with the body-only word's first letters: its terms
  // shard is a real 404, which the browser logs.
  test.use({ allowedConsoleErrors: ['status of 404'] });

  test('a word only the bodies hold is found, with snippets; a filter fetches only its own list', async ({ page }) => {
    const inHead = (word) => {
      const shard = new URL(`search/terms/${word.slice(0, 2)}.json`, root);
      return existsSync(shard) && Object.keys(JSON.parse(readFileSync(shard, 'utf8'))).some((w) => w.startsWith(word));
    };
    const word = readdirSync(new URL('search/body/', root)).map((f) => f.replace(/\.json$/, ''))
      .find((w) => w.length >= 4 && /^[a-z]+$/.test(w) && !inHead(w));
    expect(word, 'a word only the bodies hold').toBeTruthy();
    // Each document as its difference from the one before (and, for a body
    // word, followed by its weight).
    const undelta = (list, step = 1) => {
      const out = [];
      for (let i = 0, n = 0; i < list.length; i += step) out.push((n += list[i]));
      return out;
    };
    // Its body file, then the bodies added since it was written.
    const docs = [...undelta(read(`search/body/${word}.json`), 2), ...undelta(read('search/recent.json')[word] ?? [], 2)];
    const summary = page.getByTestId('search-summary');
    const requested = await dataRequests(page, async () => {
      await page.goto(`/tim-kiem?q=${word}`);
      await expect(summary).toHaveText(`Tìm thấy ${vi(docs.length)} bài viết cho “${word}”.`);
      await expect(page.getByTestId('search-result').first().locator('.search-result__snippet mark')).toBeVisible();
    });
    expect(requested).toContain(`/search/body/${word}.json`);
    expect(requested.filter((p) => p.startsWith('/search/categories/') || p === '/search/days.json')).toEqual([]);

    // A category: its list, and the results it shares with the word.
    const [category] = Object.keys(layout.category_blocks);
    const members = undelta(read(`search/categories/${category}.json`));
    const both = docs.filter((d) => members.includes(d));
    const filtered = await dataRequests(page, async () => {
      await page.goto(`/tim-kiem?q=${word}&chuyen-muc=${category}`);
      await expect(summary).toHaveText(`Tìm thấy ${vi(both.length)} bài viết cho “${word}”.`);
    });
    expect(filtered).toContain(`/search/categories/${category}.json`);

    // A date range: the documents of its days (documents are numbered from
    // the oldest, so a day's run from its first to the next day's first).
    const { days, documents } = read('search/days.json');
    const [from, to] = [days[Math.floor(days.length * 0.3)][0], days[Math.floor(days.length * 0.6)][0]];
    const start = days.find(([d]) => d >= from)[1];
    const end = days.find(([d]) => d > to)?.[1] ?? documents;
    const inRange = docs.filter((d) => d >= start && d < end);
    expect(inRange.length).toBeGreaterThan(0);
    expect(inRange.length).toBeLessThan(docs.length);
    const dated = await dataRequests(page, async () => {
      await page.goto(`/tim-kiem?q=${word}&tu-ngay=${from}&den-ngay=${to}`);
      await expect(summary).toHaveText(`Tìm thấy ${vi(inRange.length)} bài viết cho “${word}”.`);
    });
    expect(dated).toContain('/search/days.json');
    await expect(page.getByTestId('search-filters').getByLabel('Từ ngày')).toHaveValue(from);

    // Typed, the bodies are searched once typing pauses: the same count.
    await page.goto(`/tim-kiem?q=${word}&chuyen-muc=${category}`);
    const box = page.getByRole('searchbox');
    await box.fill('');
    await box.pressSequentially(word);
    await expect(summary).toHaveText(`Tìm thấy ${vi(both.length)} bài viết cho “${word}”.`);
  });
});

test('an index written before full text finds head words and offers no filters it cannot apply', async ({ page }) => {
  const meta = read('search/meta.json');
  delete meta.full_text;
  await page.route('**/search/meta.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(meta) }));
  const requested = await dataRequests(page, async () => {
    await page.goto('/tim-kiem?q=giao%20duc');
    await expect(page.getByTestId('search-result').first()).toBeVisible();
  });
  expect(requested.filter((p) => p.startsWith('/search/body/'))).toEqual([]);
  await expect(page.getByTestId('search-summary')).toContainText('giao duc');
  await expect(page.getByTestId('search-order')).toBeVisible();
  await expect(page.getByTestId('search-filters')).toHaveCount(0);
  // With its index as written today, the same page offers them.
  await page.unroute('**/search/meta.json');
  await page.reload();
  await expect(page.getByTestId('search-filters')).toBeVisible();
});

test.describe('a damaged search index', () => {
  test.use({ allowedConsoleErrors: ['Failed to load resource'] });

  // Regression: a shard that is not the index's JSON was reported as a damaged feed.
  test('is named as the search index, not the feed, and the rest of the site reads on', async ({ page }) => {
    await page.route('**/search/terms/gi.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"giao": [1, ' }));
    await page.goto('/tim-kiem?q=giao');
    const error = page.getByTestId('load-error');
    await expect(error).toContainText('Chỉ mục tìm kiếm của kho tin bị hỏng');
    await expect(error).not.toContainText('Dữ liệu tin tức bị hỏng');
    await page.getByRole('banner').getByRole('link', { name: 'Trang chủ' }).click();
    await expect(cards(page).first()).toBeVisible();
  });

  test('of another format is not misread: search says it cannot read it', async ({ page }) => {
    // An index of format 2 listed each word's documents as they are, not as
    // differences: read as this format, it would find the wrong articles.
    const meta = { ...read('search/meta.json'), version: 2 };
    await page.route('**/search/meta.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(meta) }));
    await page.goto('/tim-kiem?q=giao');
    await expect(page.getByTestId('load-error')).toContainText('Chỉ mục tìm kiếm của kho tin bị hỏng');
    await expect(page.getByTestId('search-result')).toHaveCount(0);
  });
});

test('its sitemap is an index of files that list every article, topic and day once', async ({ request }) => {
  const index = await (await request.get('/sitemap.xml')).text();
  expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
  const files = [...index.matchAll(/<sitemap><loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  const ids = readdirSync(new URL('articles/', root)).map((name) => decodeURIComponent(name.replace(/\.json$/, '')));
  const all = [];
  for (const file of files) {
    const response = await request.get(file);
    expect(response.status(), file).toBe(200);
    const xml = await response.text();
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
    expect(locs.length).toBeLessThanOrEqual(2000);
    all.push(...locs);
  }
  // scripts/archive-site publishes with files of 2,000 addresses.
  expect(files).toHaveLength(Math.ceil(all.length / 2000));
  expect(new Set(all).size).toBe(all.length);
  const articles = all.filter((path) => path.startsWith('/bai-viet/'));
  expect(articles).toHaveLength(ids.length);
  expect(new Set(articles.map((path) => decodeURIComponent(path.split('/')[2])))).toEqual(new Set(ids));
  const categories = Object.keys(layout.category_blocks).length;
  expect(all.filter((path) => path.startsWith('/chuyen-muc/'))).toHaveLength(categories);
  // Every topic the layout has pages for, and every day with articles.
  const topics = all.filter((path) => path.startsWith('/chu-de/'));
  expect(topics).toHaveLength(readdirSync(new URL('pages/t/', root)).length);
  const days = all.filter((path) => path.startsWith('/ngay/'));
  expect(days.map((path) => path.split('/')[2]).sort()).toEqual(read('search/days.json').days.map(([day]) => day).sort());
  for (const path of [topics[0], days[0], days.at(-1)]) {
    const page = await request.get(path);
    expect(page.status(), path).toBe(200);
    expect(await page.text()).toContain('data-testid="article-card"');
  }
});
