/*
 * Bantin embed loader: latest news from the portal on any site.
 *
 *   <div data-bantin-embed data-limit="5" data-category="giao-duc" data-theme="auto"></div>
 *   <script src="https://PORTAL/embed.js" async></script>
 *
 * Every [data-bantin-embed] element gets an iframe of the portal's /embed view
 * (settings: data-limit, data-category, data-theme, data-target, data-accent,
 * data-thumbnails; the portal checks them all). The iframe grows to the
 * widget's height as the widget reports it. Plain ES2017, no dependencies:
 * see docs/widget.md.
 */
(function () {
  'use strict';

  var script = document.currentScript;
  if (!script || !script.src) return;
  // The portal is wherever this file was loaded from.
  var portal = new URL(script.src).origin;
  var SETTINGS = ['limit', 'category', 'theme', 'target', 'accent', 'thumbnails'];
  var frames = [];

  function mount(host) {
    if (host.hasAttribute('data-bantin-mounted')) return;
    host.setAttribute('data-bantin-mounted', '');
    var query = new URLSearchParams();
    SETTINGS.forEach(function (name) {
      var value = host.getAttribute('data-' + name);
      if (value !== null) query.set(name, value);
    });
    var frame = document.createElement('iframe');
    frame.src = portal + '/embed?' + query.toString();
    frame.title = host.getAttribute('data-title') || 'Tin mới';
    frame.loading = 'lazy';
    // allow-scripts: the widget is an app. allow-same-origin: it reads the
    // portal's feed as the portal (the frame stays cross-origin to this page).
    // allow-popups(-to-escape-sandbox): articles open in a normal new tab.
    // allow-top-navigation-by-user-activation: only for data-target="_top",
    // and only when the reader clicks.
    var sandbox = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';
    if (host.getAttribute('data-target') === '_top') sandbox += ' allow-top-navigation-by-user-activation';
    frame.setAttribute('sandbox', sandbox);
    frame.setAttribute('scrolling', 'no');
    // !important: the host page's own CSS for iframes must not resize ours.
    var style = { display: 'block', width: '100%', height: '0', border: '0', overflow: 'hidden' };
    Object.keys(style).forEach(function (property) {
      frame.style.setProperty(property, style[property], 'important');
    });
    host.appendChild(frame);
    frames.push(frame);
  }

  window.addEventListener('message', function (event) {
    // Only our widgets, from the portal, may resize; any other window's
    // message (the host page, another iframe pretending) moves nothing.
    if (event.origin !== portal) return;
    var data = event.data;
    if (!data || data.type !== 'bantin:resize' || typeof data.height !== 'number') return;
    if (!(data.height >= 0 && data.height < 100000)) return;
    frames.forEach(function (frame) {
      if (frame.contentWindow === event.source) {
        frame.style.setProperty('height', Math.ceil(data.height) + 'px', 'important');
      }
    });
  });

  function mountAll() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-bantin-embed]'), mount);
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', mountAll);
  } else {
    mountAll();
  }
})();
