// Budget 4: the feed data a reader downloads to see the home page and open
// one article does not grow with the archive. The same built app over two
// static layouts (bantin-tool layout): open `/`, click the first article,
// and add up the *.json requests.
import { serve } from './serve.mjs';
import { freshPage, recordRequests, sum } from './browser.mjs';

/** One visit: home page, then the first article; the feed requests of each step. */
async function visit(browser, baseURL) {
  const { context, page } = await freshPage(browser, { baseURL });
  const requests = recordRequests(page, (path) => path.endsWith('.json'));
  await page.goto('/');
  const first = page.getByTestId('article-card').first().locator('.article-card__title a');
  await first.waitFor();
  const title = (await first.textContent()).trim();
  await page.waitForLoadState('networkidle');
  const home = (await requests.settled()).length;
  await first.click();
  await page.locator('article h1').filter({ hasText: title }).waitFor();
  await page.getByTestId('article-body').waitFor();
  await page.waitForLoadState('networkidle');
  const all = [...(await requests.settled())];
  await context.close();
  return { title, home: all.slice(0, home), article: all.slice(home) };
}

/**
 * `archives`: { name: folder } of layouts, each served over `dist`. Returns,
 * per archive, the requests and their totals (twice, to show the figure is
 * stable: the second visit must fetch the same bytes).
 */
export async function measureBytes(browser, dist, archives, port) {
  const out = {};
  for (const [name, folder] of Object.entries(archives)) {
    const server = await serve([folder, dist], port, { appOnly: true });
    try {
      const runs = [];
      for (let i = 0; i < 2; i++) runs.push(await visit(browser, `http://127.0.0.1:${port}`));
      const [run] = runs;
      const total = (list, key) => sum(list.map((r) => r[key]));
      const figures = runs.map((r) => total([...r.home, ...r.article], 'wire'));
      if (figures[0] !== figures[1]) console.warn(`  ${name}: two visits fetched ${figures.join(' and ')} bytes`);
      out[name] = {
        title: run.title,
        requests: [...run.home.map((r) => ({ ...r, step: 'home' })), ...run.article.map((r) => ({ ...r, step: 'article' }))],
        home: total(run.home, 'wire'),
        article: total(run.article, 'wire'),
        wire: figures[0],
        decoded: total([...run.home, ...run.article], 'decoded'),
      };
    } finally {
      server.closeAllConnections();
      server.close();
    }
  }
  return out;
}
