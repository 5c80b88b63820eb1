// Budget 6: rendering a listing page of 50 items with the CPU throttled 4×.
// A full older page of the home listing of a layout with 50 items a page,
// then a client-side navigation to the page before it ("Xem thêm"): the
// main thread's script time from the click until that page is in the page
// (CDP Performance.getMetrics ScriptDuration; waiting for the network is not
// script time), and the wall time from its feed document arriving to its
// cards being in the page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from './serve.mjs';
import { freshPage, throttleCpu } from './browser.mjs';

// In the page: clicks "Xem thêm" and resolves once older page `to`'s `count`
// cards are in the page and painted, with when its feed document finished
// arriving. Event-driven (a MutationObserver, then two animation frames): no polling.
const navigate = ([count, to]) =>
  new Promise((resolve) => {
    const start = performance.now();
    const ready = () =>
      location.pathname === `/trang/${to}` &&
      document.querySelectorAll('[data-testid="article-card"]').length === count &&
      firstTitle() !== before;
    const done = () => {
      observer.disconnect();
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          const end = performance.now();
          const page2 = performance.getEntriesByType('resource').find((e) => e.name.endsWith(`/pages/home/${to}.json`));
          resolve({ wall: end - start, afterData: page2 ? end - page2.responseEnd : null, dataAt: page2 ? page2.responseEnd - start : null });
        }),
      );
    };
    const observer = new MutationObserver(() => ready() && done());
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    // The page is told apart from the one before by its first article.
    const firstTitle = () => document.querySelector('.article-card__title')?.textContent;
    const before = firstTitle();
    document.querySelector('.pager a[rel="next"]').click();
  });

async function scriptSeconds(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
  return { script: get('ScriptDuration'), task: get('TaskDuration'), layout: get('LayoutDuration'), style: get('RecalcStyleDuration') };
}

export async function measureListing(browser, dist, folder, { port, rate, repetitions, pageSize }) {
  // Older pages are counted from the oldest; the newest older page may be
  // short: from the one before it, to the one before that, both full.
  const { home_blocks: blocks } = JSON.parse(readFileSync(join(folder, 'feed.json'), 'utf8'))._bantin.layout;
  const from = blocks - 2;
  if (from < 2) throw new Error(`the layout has ${blocks} blocks: too few to page between full ones`);
  const server = await serve([folder, dist], port, { appOnly: true });
  const runs = [];
  try {
    for (let r = 0; r < repetitions; r++) {
      const { context, page } = await freshPage(browser, { baseURL: `http://127.0.0.1:${port}` });
      await page.goto(`/trang/${from}`);
      await page.getByTestId('article-card').nth(pageSize - 1).waitFor();
      await page.locator('.pager a[rel="next"]').waitFor();
      const cdp = await throttleCpu(page, rate);
      await cdp.send('Performance.enable');
      const before = await scriptSeconds(cdp);
      const times = await page.evaluate(navigate, [pageSize, from - 1]);
      const after = await scriptSeconds(cdp);
      const cards = await page.getByTestId('article-card').count();
      if (cards !== pageSize) throw new Error(`page ${from - 1} shows ${cards} cards, not ${pageSize}`);
      const ms = (key) => (after[key] - before[key]) * 1000;
      runs.push({ scriptMs: ms('script'), taskMs: ms('task'), layoutMs: ms('layout'), styleMs: ms('style'), ...times });
      await context.close();
    }
  } finally {
    server.closeAllConnections();
    server.close();
  }
  return runs;
}
