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

  if (!supported()) {
    notice();
    return;
  }
  // A browser can still fail to start the app (a blocked or broken
  // download, a loader it cannot parse): say so rather than leave the page
  // as it is. This script is inlined before the loader, so it hears those
  // errors.
  window.addEventListener('error', function () { if (!started()) notice(); });
  window.addEventListener('unhandledrejection', function () { if (!started()) notice(); });
}());
