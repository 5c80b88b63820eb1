/*
 * Bantin on a browser too old for the app: the page keeps what it carries as
 * HTML (an article's or a listing's static content) and says why nothing
 * more happens, instead of going blank or half-drawn.
 *
 * The app needs ES modules and these WebAssembly features, which its build
 * uses (README, "Supported browsers"): reference types, bulk memory, sign
 * extension, non-trapping float-to-int, multi-value and mutable globals.
 * PROBE is a 70-byte module that uses every one of them; a browser that
 * cannot validate it cannot run the app. Plain ES5 on purpose.
 */
(function () {
  'use strict';

  var PROBE = [0, 97, 115, 109, 1, 0, 0, 0, 1, 6, 1, 96, 0, 2, 127, 127, 2, 8, 1, 1, 97, 1, 98, 3, 127, 1,
    3, 2, 1, 0, 5, 3, 1, 0, 1, 10, 33, 1, 31, 0, 208, 111, 26, 65, 0, 65, 0, 65, 0, 252, 10, 0, 0, 65, 0,
    192, 26, 67, 0, 0, 0, 0, 252, 0, 26, 65, 0, 65, 0, 11];

  function supported() {
    try {
      return 'noModule' in document.createElement('script')
        && typeof WebAssembly === 'object'
        && WebAssembly.validate(new Uint8Array(PROBE));
    } catch (e) {
      return false;
    }
  }

  /** Whether the app has mounted (it marks <html data-app>). */
  function started() {
    return document.documentElement.hasAttribute('data-app');
  }

  function notice() {
    if (!document.body) {
      document.addEventListener('DOMContentLoaded', notice);
      return;
    }
    if (started() || document.getElementById('compat-notice')) return;
    var p = document.createElement('p');
    p.id = 'compat-notice';
    p.className = 'compat-notice';
    p.setAttribute('role', 'status');
    p.textContent = 'Trình duyệt này đã cũ nên trang chỉ hiển thị được phần nội dung có sẵn. '
      + 'Hãy cập nhật trình duyệt để đọc tin đầy đủ, tìm kiếm và chia sẻ.';
    document.body.insertBefore(p, document.body.firstChild);
  }

  /**
   * The app's code could not be downloaded or started (offline, a blocked
   * request, a deployment that replaced it). A page with its static markup
   * stays as it is, whole; a view only the app draws says so as the app's
   * error panel does, in the reader's language, with a link that loads the
   * page again.
   */
  function failed() {
    if (started() || !document.body || document.getElementById('first-view')
      || document.querySelector('[data-testid="load-error"]')) return;
    var en = false;
    try { en = localStorage.getItem('bantin:lang') === 'en'; } catch (e) { /* private mode */ }
    var panel = document.createElement('section');
    panel.id = 'app-failed';
    panel.className = 'notice notice--error';
    panel.setAttribute('role', 'alert');
    panel.setAttribute('data-testid', 'load-error');
    var title = document.createElement('h1');
    title.className = 'notice__title';
    title.textContent = en ? 'Could not load the page' : 'Không tải được trang';
    var text = document.createElement('p');
    text.className = 'notice__text';
    text.textContent = en
      ? 'The part of the site that shows this could not be downloaded. Please check your connection and try again.'
      : 'Không tải được phần của trang dùng để hiển thị mục này. Vui lòng kiểm tra kết nối mạng rồi thử lại.';
    var retry = document.createElement('a');
    retry.className = 'button';
    retry.href = location.href;
    retry.textContent = en ? 'Try again' : 'Thử lại';
    panel.appendChild(title);
    panel.appendChild(text);
    panel.appendChild(retry);
    document.body.appendChild(panel);
  }

  if (!supported()) {
    // The loader (scripts/wasm.mjs) leaves the app alone: no download that
    // could only fail.
    document.documentElement.setAttribute('data-no-app', '');
    notice();
    return;
  }
  // A browser that can run the app can still fail to start it. This script
  // is inlined before the loader, so it hears those errors.
  window.addEventListener('error', failed);
  window.addEventListener('unhandledrejection', failed);
  // Nor may a download that stalls keep a reader waiting: a view shows
  // content or a clear state within 15 s of its opening (README,
  // "Reliability"). If the app has not started within the view's 12 s, say
  // so; should it start after all, it takes this notice away.
  var DEADLINE_MS = 12000;
  var now = window.performance && performance.now ? performance.now() : 0;
  setTimeout(function () {
    if (!started()) failed();
  }, Math.max(0, DEADLINE_MS - now));
}());
