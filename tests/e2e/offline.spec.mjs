// Offline after one visit, for real: the network fully off
// (`context.setOffline`), nothing routed. The service worker saves the app
// shell at install; the app keeps the feed documents it has read.
import { test, expect, cards, SEED } from './fixtures.mjs';
import { articles } from './sample.mjs';
import { serveSite } from './serve.mjs';

test.use({ serviceWorkers: 'allow', allowedConsoleErrors: ['Failed to load resource', 'net::ERR_INTERNET_DISCONNECTED'] });

const heading = (page) => page.getByTestId('article').getByRole('heading', { level: 1 });

test('after one visit, the articles read open with the network off: reloaded, in a new tab, and home', async ({ page, context }) => {
  const [byLink, byColdLoad] = [articles[0], articles[3]];
  // The first visit: the worker installs while the page is already shown.
  await page.goto('/');
  await expect(cards(page)).toHaveCount(10);
  await page.evaluate(() => navigator.serviceWorker.ready);
  // One article by a link (no page load), one by opening its address.
  await cards(page).getByRole('link', { name: byLink.title }).click();
  await expect(heading(page)).toHaveText(byLink.title);
  await page.goto(`/bai-viet/${byColdLoad.id}`);
  await expect(heading(page)).toHaveText(byColdLoad.title);
  // The app saves what it read in the background: wait until it is kept.
  await expect.poll(() => page.evaluate(async () => {
    const saved = await (await caches.open('bantin-feed-v1')).keys();
    return saved.some((request) => new URL(request.url).pathname === '/feed.json');
  })).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(heading(page)).toHaveText(byColdLoad.title);
  await expect(page.getByTestId('article-body')).not.toBeEmpty();
  await expect(page.getByTestId('offline-banner')).toBeVisible();

  const tab = await context.newPage();
  await tab.goto(`/bai-viet/${byLink.id}`);
  await expect(heading(tab)).toHaveText(byLink.title);
  await expect(tab.getByTestId('offline-banner')).toBeVisible();
  await tab.goto('/');
  await expect(cards(tab)).toHaveCount(10);
  await expect(tab.getByTestId('offline-banner')).toBeVisible();

  // Back online, the app says it is current again.
  await context.setOffline(false);
  await expect(tab.getByTestId('offline-banner')).toHaveCount(0);
  await expect(page.getByTestId('offline-banner')).toHaveCount(0);
});

/** Whether the app has kept the feed's first document (it saves it in the background). */
const feedKept = (page) => page.evaluate(async () => {
  const saved = await (await caches.open('bantin-feed-v1')).keys();
  return saved.some((request) => new URL(request.url).pathname === '/feed.json');
});

/** The paths the service worker's cache of the app holds, by cache name. */
const shellCaches = (page) => page.evaluate(async () => {
  const found = {};
  for (const name of (await caches.keys()).filter((key) => key.startsWith('bantin-shell-'))) {
    found[name] = (await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname);
  }
  return found;
});

test('a reader whose first visit is an article opens the home page with the network off', async ({ page, context }) => {
  await page.goto(SEED.path);
  await expect(heading(page)).toHaveText(SEED.title);
  await page.evaluate(() => navigator.serviceWorker.ready);
  // The article needed no listing code; the worker saved it at install.
  const saved = Object.values(await shellCaches(page)).flat();
  expect(saved.some((path) => path.endsWith('/split_listing.wasm'))).toBe(true);
  await expect.poll(() => feedKept(page)).toBe(true);

  await context.setOffline(true);
  await page.goto('/');
  await expect(cards(page)).toHaveCount(10);
  await expect(page.getByTestId('offline-banner')).toBeVisible();
  await page.goto(SEED.categoryPath);
  await expect(cards(page).first()).toBeVisible();
  await context.setOffline(false);
});

/**
 * Asks the browser for the worker again (a new deployment's, as `/sw.js`
 * is routed) and waits until the new one is in use or has been given up;
 * returns its last state.
 */
const updateWorker = (page) => page.evaluate(async () => {
  const registration = await navigator.serviceWorker.getRegistration();
  await registration.update();
  const worker = registration.installing || registration.waiting;
  if (!worker) return 'no new worker';
  return new Promise((done) => {
    const settle = () => ['activated', 'redundant'].includes(worker.state) && done(worker.state);
    worker.addEventListener('statechange', settle);
    settle();
  });
});

test('a new deployment replaces the saved app whole, or not at all', async ({ page, context }) => {
  // A site of its own (its own origin, so its own worker), whose files the
  // test replaces as a deployment would.
  const replaced = new Map();
  const server = await serveSite(new URL('../../dist', import.meta.url).pathname, 0, replaced);
  const site = `http://127.0.0.1:${server.address().port}`;
  try {
    await page.goto(`${site}/`);
    await expect(cards(page)).toHaveCount(10);
    await page.evaluate(() => navigator.serviceWorker.ready);
    const [first] = Object.keys(await shellCaches(page));
    expect(first).toMatch(/^bantin-shell-[0-9a-f]{16}$/);
    await expect.poll(() => feedKept(page)).toBe(true);

    // The next build's worker: another version, the same app shell (SHELL).
    const worker = await (await page.request.get(`${site}/sw.js`)).text();
    const shell = JSON.parse(worker.match(/const SHELL = (\[[^\]]*\]);/)[1].replaceAll("'", '"'));
    const next = worker.replace(/const VERSION = '[0-9a-f]{16}';/, "const VERSION = 'next-build';");
    expect(next).not.toBe(worker);
    replaced.set('/sw.js', { body: next });

    // A deployment with one of its files missing: the new worker is given
    // up, and the old one keeps the app it saved, whole.
    const missing = shell.find((path) => path.endsWith('.wasm'));
    replaced.set(missing, { status: 404, body: 'gone' });
    expect(await updateWorker(page)).toBe('redundant');
    expect(Object.keys(await shellCaches(page))).toEqual([first]);

    // The whole deployment: the new worker saves its app shell, takes over
    // and deletes the old build's cache.
    replaced.delete(missing);
    expect(await updateWorker(page)).toBe('activated');
    const saved = await shellCaches(page);
    expect(Object.keys(saved)).toEqual(['bantin-shell-next-build']);
    for (const path of shell) expect(saved['bantin-shell-next-build'], path).toContain(path);

    // Offline, the page comes back from the new build's cache.
    await context.setOffline(true);
    await page.reload();
    await expect(cards(page)).toHaveCount(10);
    await expect(page.getByTestId('offline-banner')).toBeVisible();
    await context.setOffline(false);
  } finally {
    server.close();
  }
});
