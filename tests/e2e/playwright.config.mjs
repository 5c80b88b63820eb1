// End-to-end tests against the release build in dist/, served the way a CDN
// with an SPA fallback serves it. Run with `make test-e2e`.
import { defineConfig, devices } from '@playwright/test';

const port = 4173;

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.mjs',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list'], ['./summary-reporter.mjs']],
  outputDir: '../../test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'vi-VN',
    // The service worker is tested on its own (offline.spec.mjs); elsewhere it
    // would answer navigations before page.route could.
    serviceWorkers: 'block',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
      ],
    },
  },
  projects: [
    { name: 'desktop', testIgnore: 'archive.spec.mjs', use: { ...devices['Desktop Chrome'], channel: undefined } },
    { name: 'phone', testIgnore: 'archive.spec.mjs', use: { ...devices['Pixel 7'], channel: undefined } },
    {
      // The same app on a 10,000-article archive (scripts/archive-site).
      name: 'archive',
      testMatch: 'archive.spec.mjs',
      use: { ...devices['Desktop Chrome'], channel: undefined, baseURL: `http://127.0.0.1:${port + 2}` },
    },
  ],
  webServer: [
    {
      // What is tested is what is deployed: nginx with deploy/bantin.conf.
      // BANTIN_E2E_SERVER=node uses the small Node server instead.
      command: process.env.BANTIN_E2E_SERVER === 'node'
        ? `node serve.mjs ../../dist ${port}`
        : `sh nginx.sh ../../dist ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
    },
    {
      command: `sh nginx.sh ../../bench/work/site-10k ${port + 2}`,
      url: `http://127.0.0.1:${port + 2}/`,
      reuseExistingServer: false,
    },
    {
      // A server alive but slow: bodies trickle in over 20 s (faults.spec.mjs).
      command: `node trickle.mjs ${port + 4} http://127.0.0.1:${port}`,
      url: `http://127.0.0.1:${port + 4}/feed.json`,
      reuseExistingServer: false,
    },
    {
      // Another site (another origin) that embeds the widget.
      command: `node host.mjs ${port + 1} http://127.0.0.1:${port}`,
      url: `http://127.0.0.1:${port + 1}/`,
      reuseExistingServer: false,
    },
  ],
});
