// The reader's journeys in Firefox ESR and WebKitGTK, against a release
// build served by nginx as in production, behind a proxy that can fail or
// replace the feed (proxy.mjs). BANTIN_DIST names the build (default ../../dist).
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { HOST, NGINX_PORT, PORTAL } from './site.mjs';

const dist = path.resolve(import.meta.dirname, process.env.BANTIN_DIST ?? '../../dist');
const nginx = `http://127.0.0.1:${NGINX_PORT}`;
const portPart = (origin) => new URL(origin).port;

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.mjs',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: 'list',
  // The machine is shared (2 cores): WebKit's pages can be slow to start.
  timeout: 60_000,
  outputDir: '../../test-results/engines/output',
  expect: { timeout: 10_000 },
  projects: [
    { name: 'firefox', use: { engineName: 'firefox' } },
    { name: 'webkit', use: { engineName: 'webkit' } },
  ],
  webServer: [
    { command: `sh ../e2e/nginx.sh ${dist} ${NGINX_PORT}`, url: `${nginx}/`, reuseExistingServer: false },
    { command: `node proxy.mjs ${portPart(PORTAL)} ${nginx}`, url: `${PORTAL}/`, reuseExistingServer: false },
    { command: `node ../e2e/host.mjs ${portPart(HOST)} ${PORTAL}`, url: `${HOST}/`, reuseExistingServer: false },
  ],
});
