// Budgets: what a reader downloads for each route, cold, in one run. Each
// route opens in a fresh context from bench/serve.mjs (brotli 11, as a CDN
// serves the files); the figures are the page's own Resource Timing entries
// (the bytes of each response body on the wire, and decoded).
//
// A page that opens with its static markup (article, home, category) can be
// read and used once its HTML, style sheets and inline scripts are there;
// once it has loaded, its loader asks for the app (the Performance mark
// `bantin:app-requested`, scripts/wasm.mjs) and the app takes the page over.
// What it fetched before that mark is the route's first load; what came after is
// reported as the take-over. A view only the app draws (search, share,
// print, the widget) counts everything until its view is there. Images, the
// icon and feed data are not counted.
import { freshPage } from './browser.mjs';

const KINDS = { html: 'HTML', css: 'CSS', js: 'JS', mjs: 'JS', wasm: 'wasm' };

/** In the page: the document and every resource, with when each started. */
function entries() {
  const [navigation] = performance.getEntriesByType('navigation');
  const mark = performance.getEntriesByName('bantin:app-requested')[0]?.startTime ?? null;
  const list = [{ name: location.href, start: 0, wire: navigation.encodedBodySize, raw: navigation.decodedBodySize, document: true }];
  for (const entry of performance.getEntriesByType('resource')) {
    list.push({ name: entry.name, start: entry.startTime, wire: entry.encodedBodySize, raw: entry.decodedBodySize, document: false });
  }
  return { mark, list };
}

function kindOf(entry) {
  if (entry.document) return 'HTML';
  const path = new URL(entry.name).pathname;
  return KINDS[path.split('.').pop()] ?? null;
}

/**
 * `routes`: { name: { path, ready, static } } where `ready` is a selector
 * that is there once the view is drawn by the app.
 */
export async function measureRoutes(browser, base, routes) {
  const out = {};
  for (const [name, route] of Object.entries(routes)) {
    const { context, page } = await freshPage(browser, { baseURL: base });
    try {
      await page.goto(route.path, { waitUntil: 'load' });
      await page.locator(route.ready).first().waitFor({ timeout: 60_000 });
      if (route.static) await page.waitForFunction(() => !document.getElementById('first-view'), null, { timeout: 60_000 });
      await page.waitForLoadState('networkidle');
      const { mark, list } = await page.evaluate(entries);
      if (route.static && mark === null) throw new Error(`${name}: the app was never asked for`);
      const files = list
        .map((entry) => ({ ...entry, kind: kindOf(entry), path: new URL(entry.name).pathname }))
        .filter((entry) => entry.kind !== null)
        .map(({ path, kind, wire, raw, start }) => ({ path, kind, wire, raw, first: !route.static || start < mark }));
      out[name] = { path: route.path, static: Boolean(route.static), files };
    } finally {
      await context.close();
    }
  }
  return out;
}

/** Totals of `files` (all, or those matching `keep`): { files, raw, wire }. */
export function totals(files, keep = () => true) {
  const kept = files.filter(keep);
  return { files: kept.length, raw: kept.reduce((a, f) => a + f.raw, 0), wire: kept.reduce((a, f) => a + f.wire, 0) };
}
