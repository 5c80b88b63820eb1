// Budget 5: search as the reader types. On /tim-kiem, a query typed letter by
// letter with the CPU throttled 4×; after each keystroke that changes the
// query, the app's own measure `bantin:search` (from the input event to the
// results in the page, src/pages/search.rs) is read once it appears. Also the
// index bytes a query fetches from a larger archive.
import { serve } from './serve.mjs';
import { freshPage, recordRequests, throttleCpu, sum } from './browser.mjs';

/** The app's folding for ASCII queries (bantin_core::search): lower case, words of 2+ letters, each once. */
const wordsOf = (query) => [...new Set(query.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length >= 2))];

// In the page before the app: wakes a waiter when a measure is recorded, so
// the benchmark waits for the entry without polling the page.
const observer = () => {
  let wake = () => {};
  new PerformanceObserver(() => wake()).observe({ type: 'measure' });
  window.__benchSearchMeasure = (count) =>
    new Promise((resolve) => {
      const check = () => {
        const entries = performance.getEntriesByName('bantin:search');
        if (entries.length >= count) resolve(entries[count - 1].duration);
        else wake = check;
      };
      check();
    });
};

async function openSearch(browser, baseURL) {
  const { context, page } = await freshPage(browser, { baseURL });
  await page.addInitScript(observer);
  await page.goto('/tim-kiem');
  const box = page.getByTestId('search-page').getByRole('searchbox');
  await page.getByTestId('search-page').locator('.search-page__summary').waitFor();
  await box.focus();
  return { context, page, box };
}

/**
 * Types `query` one key at a time; returns { typed, ms } for each keystroke
 * the app measures (those that change the query in the URL and leave at
 * least one word to look up).
 */
async function typeQuery(page, box, query) {
  const measured = [];
  let previous = '';
  for (let i = 0; i < query.length; i++) {
    const typed = query.slice(0, i + 1);
    const searched = typed.trim();
    const expectsMeasure = searched !== previous && wordsOf(searched).length > 0;
    const changesUrl = searched !== previous;
    previous = searched;
    await page.keyboard.type(query[i]);
    if (expectsMeasure) {
      const ms = await page.evaluate((n) => window.__benchSearchMeasure(n), measured.length + 1);
      measured.push({ typed, ms });
    } else if (changesUrl) {
      // A one-letter query: the app shows its hint and measures nothing.
      await page.waitForURL((url) => url.searchParams.get('q') === searched);
      await page.getByTestId('search-page').locator('.search-page__summary').waitFor();
    }
    if ((await box.inputValue()).trim() !== searched) throw new Error(`search box lost keystrokes at ${JSON.stringify(typed)}`);
  }
  return measured;
}

/** Per-keystroke times over the archive in `folder`, `repetitions` cold pages per query. */
export async function measureKeystrokes(browser, dist, folder, { port, queries, rate, repetitions }) {
  const server = await serve([folder, dist], port, { appOnly: true });
  const out = [];
  try {
    for (const query of queries) {
      // One run first, not counted: the server compresses each file once
      // and keeps it, as a CDN serves files compressed ahead. The browser
      // stays cold: each run is a fresh context.
      {
        const { context, page, box } = await openSearch(browser, `http://127.0.0.1:${port}`);
        await typeQuery(page, box, query);
        await context.close();
      }
      const runs = [];
      for (let r = 0; r < repetitions; r++) {
        const { context, page, box } = await openSearch(browser, `http://127.0.0.1:${port}`);
        await throttleCpu(page, rate);
        runs.push(await typeQuery(page, box, query));
        await context.close();
      }
      out.push({ query, runs });
    }
  } finally {
    server.closeAllConnections();
    server.close();
  }
  return out;
}

/**
 * What a search's requests are for: the head fields' index (what every
 * search fetched before full text: meta, terms shards, docs chunks), the
 * bodies' words and the filters' lists, and the results' article documents
 * (their snippets).
 */
const KINDS = {
  head: (path) => /^\/search\/(meta\.json|terms\/|docs\/)/.test(path),
  body: (path) => /^\/search\/(body\/|recent\.json|days\.json|categories\/)/.test(path),
  snippets: (path) => path.startsWith('/articles/'),
};

/**
 * The search index files (search/*.json) fetched for each query over the
 * archive in `folder`: opened cold at its URL, and typed letter by letter.
 */
export async function measureSearchBytes(browser, dist, folder, { port, queries }) {
  const server = await serve([folder, dist], port, { appOnly: true });
  const baseURL = `http://127.0.0.1:${port}`;
  // The index and the article documents the results' snippets come from.
  const inSearch = (path) => path.startsWith('/search/') || path.startsWith('/articles/');
  const tally = (seen) => {
    const out = { files: seen.map((r) => r.path), wire: sum(seen.map((r) => r.wire)), decoded: sum(seen.map((r) => r.decoded)) };
    for (const [kind, of] of Object.entries(KINDS)) {
      const these = seen.filter((r) => of(r.path));
      out[kind] = { files: these.length, wire: sum(these.map((r) => r.wire)) };
    }
    return out;
  };
  const out = [];
  try {
    for (const query of queries) {
      const row = { query };
      {
        const { context, page } = await freshPage(browser, { baseURL });
        const requests = recordRequests(page, inSearch);
        await page.goto(`/tim-kiem?q=${encodeURIComponent(query)}`);
        await page.getByTestId('search-summary').waitFor();
        await page.waitForLoadState('networkidle');
        const seen = await requests.settled();
        row.summary = (await page.getByTestId('search-summary').textContent()).trim();
        row.direct = tally(seen);
        await context.close();
      }
      {
        const { context, page, box } = await openSearch(browser, baseURL);
        const requests = recordRequests(page, inSearch);
        await typeQuery(page, box, query);
        await page.waitForLoadState('networkidle');
        const seen = await requests.settled();
        row.typed = tally(seen);
        await context.close();
      }
      out.push(row);
    }
  } finally {
    server.closeAllConnections();
    server.close();
  }
  return out;
}
