// The performance budgets `make bench` checks: what each measures, its limit,
// and which way is good (`max`: the figure must not exceed the limit).
export const BUDGETS = {
  transfer: { limit: 90 * 1024, unit: 'B', max: true, label: 'Cold article view transfer (HTML+JS+wasm+CSS, brotli 11)' },
  wasm: { limit: 200 * 1024, unit: 'B', max: true, label: 'wasm after wasm-opt, raw' },
  lcpRatio: { limit: 1.5, unit: '×', max: true, label: 'Lighthouse LCP, app / static page' },
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
};
