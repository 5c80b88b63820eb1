// Budget: when the article's last paragraph is first painted, the app's
// article page against the hand-written static page, under Lighthouse's
// mobile throttling applied in the browser (Slow 4G as Lighthouse's DevTools
// throttling sets it, and the CPU 4× slower). Lighthouse's own runs simulate
// the network after the fact, so a paint time taken in the page would not be
// throttled there; this runs its own visits. The viewport is tall enough for
// the whole article: text below the fold is never painted, and the question
// is when the page could show its end.
import { freshPage, median } from './browser.mjs';

/** Lighthouse 12's `mobileSlow4G`, as its DevTools throttling applies it. */
const SLOW_4G = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8,
  uploadThroughput: (750 * 1024 * 0.9) / 8,
};
const CPU_SLOWDOWN = 4;

/**
 * In the page, before anything else: gives each paragraph an `elementtiming`
 * name as it is inserted, and keeps the earliest paint of the one whose text
 * starts with `prefix`.
 */
function watchParagraph(prefix) {
  window.__lastParagraph = null;
  let next = 0;
  const name = (node) => {
    const paragraphs = node.localName === 'p' ? [node] : [...(node.querySelectorAll?.('p') ?? [])];
    for (const p of paragraphs) if (!p.hasAttribute('elementtiming')) p.setAttribute('elementtiming', `p${next++}`);
  };
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node.nodeType === 1) name(node);
  }).observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.element?.textContent.trim().startsWith(prefix)) continue;
      const at = entry.renderTime || entry.loadTime;
      if (window.__lastParagraph === null || at < window.__lastParagraph) window.__lastParagraph = at;
    }
  }).observe({ type: 'element', buffered: true });
}

async function visit(browser, url, prefix) {
  const { context, page } = await freshPage(browser, { viewport: { width: 412, height: 12_000 } });
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.addInitScript(watchParagraph, prefix);
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForFunction(() => window.__lastParagraph !== null, null, { timeout: 60_000 });
    return await page.evaluate(() => window.__lastParagraph);
  } finally {
    await context.close();
  }
}

/** Medians over `runs` alternating visits of each page, in milliseconds from navigation. */
export async function measureLastParagraph(browser, { appUrl, staticUrl, prefix, runs }) {
  const times = { app: [], static: [] };
  for (let i = 0; i < runs; i++) {
    for (const [name, url] of [['app', appUrl], ['static', staticUrl]]) {
      times[name].push(await visit(browser, url, prefix));
      console.log(`  ${name} run ${i + 1}: last paragraph painted at ${Math.round(times[name].at(-1))} ms`);
    }
  }
  return { app: median(times.app), static: median(times.static), runs: times, prefix };
}
