// The engine under test runs once per worker; each test gets a fresh,
// isolated page from it (see driver.mjs).
import { test as base, expect } from '@playwright/test';
import { launch } from './driver.mjs';
import { PORTAL, WEBDRIVER_PORT } from './site.mjs';

export const test = base.extend({
  engineName: ['firefox', { option: true, scope: 'worker' }],
  engine: [async ({ engineName }, use, workerInfo) => {
    const engine = await launch(engineName, { origin: PORTAL, webdriverPort: WEBDRIVER_PORT + workerInfo.parallelIndex });
    await use(engine);
    await engine.close();
  }, { scope: 'worker', timeout: 60_000 }],
  page: async ({ engine }, use) => {
    const page = await engine.newPage();
    await use(page);
    await page.close();
  },
});

export { expect };

/** The path and query the reader sees in the address bar. */
export async function pathOf(page) {
  const url = new URL(await page.url());
  return url.pathname + url.search;
}

export const CARD_TITLES = '[data-testid=article-card] h2';
