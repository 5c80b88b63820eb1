/*
 * Bantin's service worker: after one visit, the app and what the reader has
 * opened come back offline.
 *
 * - At install it saves the app shell: app.html (the app's page as built)
 *   and every file it names (the hashed JS, wasm and CSS, the icon), and the
 *   code of the listings (the home page), so a page loaded before the worker
 *   took control still works offline, and so does the home page.
 * - Pages (navigations): network first, so a new deployment's pages are
 *   always the ones used online; offline, the copy saved for that URL, else
 *   the app shell, which shows any view from the app's saved feeds.
 * - Hashed files (*-<hash>.css, and the build's wasm folder wasm-<hash>/:
 *   its glue, its main module and the chunk of each other view, saved as
 *   the reader first opens that view) and images: cache first. A hashed name
 *   never changes content, and the pages saved with them name exactly these,
 *   so a saved page never points at a file that is gone.
 * - Feed documents are left to the app, which keeps its own saved copies and
 *   says when it shows one.
 *
 * VERSION and SHELL are stamped at build time (scripts/csp.mjs); a new
 * build's worker saves its own shell, takes over at once and deletes the old
 * build's cache.
 */
'use strict';

const VERSION = '__BANTIN_BUILD__';
const CACHE = `bantin-shell-${VERSION}`;
const SHELL = ['__BANTIN_SHELL_FILES__'];

// All of the shell or none of it: a deployment with a file missing leaves
// no cache behind, and the worker before it stays with its own.
self.addEventListener('install', (event) => {
  event.waitUntil(caches.has(CACHE).then((existed) => caches.open(CACHE)
    .then((cache) => cache.addAll(SHELL))
    .catch((error) => (existed ? Promise.resolve() : caches.delete(CACHE)).then(() => { throw error; }))
    .then(() => self.skipWaiting())));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys
        .filter((key) => key.startsWith('bantin-shell-') && key !== CACHE)
        .map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

const HASHED = /-[0-9a-f]{12,16}(_bg)?\.(js|wasm|css)$|^\/wasm-[0-9a-f]{16}\//;

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(networkFirst(request));
  } else if (HASHED.test(url.pathname) || SHELL.includes(url.pathname) || url.pathname.startsWith('/images/')) {
    event.respondWith(cacheFirst(request));
  }
});

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) cache.put(request, response.clone());
    return response;
  } catch (offline) {
    return (await cache.match(request)) || (await cache.match('/app.html')) || Response.error();
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const saved = await cache.match(request);
  if (saved) return saved;
  const response = await fetch(request);
  if (response.ok) cache.put(request, response.clone());
  return response;
}
