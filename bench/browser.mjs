// Browser helpers for the benchmark: Chromium as the end-to-end tests launch
// it, CPU throttling over CDP, the feed requests a page makes, and medians.
import { chromium } from '@playwright/test';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Chromium with the flags of tests/e2e/playwright.config.mjs. */
export function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
}

/**
 * A fresh page in its own context (an empty cache), phone-sized. Service
 * workers are blocked as in the end-to-end tests: a first visit is measured,
 * and the worker of a previous run must not answer for the network.
 */
export async function freshPage(browser, { baseURL, viewport = { width: 412, height: 915 } } = {}) {
  const context = await browser.newContext({ baseURL, viewport, locale: 'vi-VN', serviceWorkers: 'block' });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`  page error: ${error.message}`));
  return { context, page };
}

/** CDP throttling of the page's CPU: 4 makes it four times slower. */
export async function throttleCpu(page, rate) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return cdp;
}

/**
 * Records every finished request of `page` whose path matches `filter`: its
 * path, the bytes it took on the wire (encoded body and headers, as
 * Chromium counts them), the body's decoded size and its content encoding.
 */
export function recordRequests(page, filter) {
  const seen = [];
  page.on('requestfinished', async (request) => {
    const url = new URL(request.url());
    if (!filter(url.pathname)) return;
    const entry = { path: url.pathname, wire: 0, body: 0, decoded: 0, encoding: '' };
    seen.push(entry);
    const [sizes, response] = await Promise.all([request.sizes(), request.response()]);
    entry.body = sizes.responseBodySize;
    entry.wire = sizes.responseBodySize + sizes.responseHeadersSize;
    entry.encoding = (await response?.headerValue('content-encoding')) ?? 'identity';
    entry.decoded = (await response?.body())?.length ?? 0;
    entry.done = true;
  });
  // Sizes arrive asynchronously: wait until every recorded request has them.
  seen.settled = async () => {
    while (seen.some((e) => !e.done)) await new Promise((r) => setTimeout(r, 10));
    return seen;
  };
  return seen;
}

export const sum = (values) => values.reduce((a, b) => a + b, 0);

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
