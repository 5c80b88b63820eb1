// The performance budgets `make bench` checks: what each measures, its limit,
// and which way is good (`max`: the figure must not exceed the limit).
export const BUDGETS = {
  transfer: { limit: 100 * 1024, unit: 'B', max: true, label: 'Article, first load (HTML+CSS+JS+wasm, brotli 11)' },
  // The main module measured by hand with the views but the article's split
  // off by route alone: splitting further must not make the article pay more.
  articleWasm: { limit: 166 * 1024, unit: 'B', max: true, label: 'Article, wasm of the take-over (brotli 11)' },
  home: { limit: 110 * 1024, unit: 'B', max: true, label: 'Home page, first load (brotli 11)' },
  category: { limit: 110 * 1024, unit: 'B', max: true, label: 'Category page, first load (brotli 11)' },
  lcpRatio: { limit: 1.1, unit: '×', max: true, label: 'Lighthouse LCP, app / static page' },
  paintRatio: { limit: 1.2, unit: '×', max: true, label: 'Last paragraph painted, app / static page (Slow 4G, CPU 4×)' },
  score: { limit: 98, unit: '', max: false, label: 'Lighthouse performance score of the app' },
  cls: { limit: 0.02, unit: '', max: true, label: 'Lighthouse CLS of the app' },
  tbt: { limit: 50, unit: 'ms', max: true, label: 'Lighthouse TBT of the app' },
  parseRatio: { limit: 1.2, unit: '×', max: true, label: 'Listing feed parse (4 MB), parse_page / JSON.parse' },
  bytesRatio: { limit: 1.1, unit: '×', max: true, label: 'Feed bytes for home + one article, 10k / 20 archive' },
  keystrokeMedian: { limit: 16, unit: 'ms', max: true, label: 'Search keystroke, 10k archive, CPU 4× (median)' },
  keystrokeMax: { limit: 16, unit: 'ms', max: true, label: 'Search keystroke, 10k archive, CPU 4× (max)' },
  listing: { limit: 50, unit: 'ms', max: true, label: 'Listing page of 50 items, CPU 4×, scripting (median)' },
  accessibility: { limit: 100, unit: '', max: false, label: 'Lighthouse accessibility, lowest of home, category, article' },
  bestPractices: { limit: 100, unit: '', max: false, label: 'Lighthouse best practices, lowest of home, category, article' },
  publishSeconds: { limit: 120, unit: 's', max: true, label: '`bantin-tool publish`, 100,000 articles' },
  publishAgain: { limit: 200, unit: 'files', max: true, label: 'Files written publishing again after one new article (100,000)' },
};
