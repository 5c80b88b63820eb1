/*
 * The masthead's reading settings on a page's own HTML (an article's or a
 * listing's static markup), in the moments before the app takes the page
 * over: A− / A+, the theme and the language act at once and are remembered,
 * as the app's own controls do (src/prefs.rs, the same storage keys). Once
 * the app runs (<html data-app>) this script steps aside. Inlined in
 * index.html; plain ES5.
 */
(function () {
  'use strict';

  var root = document.documentElement;
  // bantin_core::settings::TEXT_SIZES has five sizes; the default is the second.
  var SIZES = 5;
  var DEFAULT_SIZE = 1;

  function appRuns() {
    return root.hasAttribute('data-app');
  }

  function remember(key, value) {
    try { localStorage.setItem(key, value); } catch (e) { /* storage refused: this visit only */ }
  }

  function textSize() {
    var size = Number(root.getAttribute('data-text-size'));
    return isNaN(size) || root.getAttribute('data-text-size') === null ? DEFAULT_SIZE : size;
  }

  /** The controls show the settings in force: the chosen theme, the size buttons that can act. */
  function showSettings() {
    var select = document.querySelector('.reading-options__select');
    if (select) select.value = root.getAttribute('data-theme') || 'auto';
    var buttons = document.querySelectorAll('[data-text-step]');
    for (var i = 0; i < buttons.length; i += 1) {
      var step = Number(buttons[i].getAttribute('data-text-step'));
      buttons[i].disabled = textSize() + step < 0 || textSize() + step >= SIZES;
    }
  }

  document.addEventListener('click', function (event) {
    if (appRuns() || !event.target.closest) return;
    var button = event.target.closest('[data-text-step]');
    if (button) {
      var size = Math.min(SIZES - 1, Math.max(0, textSize() + Number(button.getAttribute('data-text-step'))));
      root.setAttribute('data-text-size', String(size));
      remember('bantin:text-size', String(size));
      showSettings();
      return;
    }
    var language = event.target.closest('.reading-options__language');
    // The app starts in the chosen language; the page's HTML stays as written.
    if (language) remember('bantin:lang', language.getAttribute('lang'));
  });

  document.addEventListener('change', function (event) {
    if (appRuns() || !event.target.matches || !event.target.matches('.reading-options__select')) return;
    root.setAttribute('data-theme', event.target.value);
    remember('bantin:theme', event.target.value);
  });

  document.addEventListener('DOMContentLoaded', showSettings);
}());
