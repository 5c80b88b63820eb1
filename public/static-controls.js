/*
 * The controls of a page's own HTML (an article's or a listing's static
 * markup, inside #first-view) for as long as it is shown: until the app has
 * the page's content, or for good when the app cannot load the feed. A− /
 * A+, the theme and the language act at once and are remembered, as the
 * app's own controls do (src/prefs.rs, the same storage keys), and "Sao chép
 * liên kết" copies the article's address. The app's controls, in #app, are
 * its own. Inlined in index.html; plain ES5.
 */
(function () {
  'use strict';

  var root = document.documentElement;
  // bantin_core::settings::TEXT_SIZES has five sizes; the default is the second.
  var SIZES = 5;
  var DEFAULT_SIZE = 1;

  /** Whether `element` is part of the static markup. */
  function isStatic(element) {
    return Boolean(element.closest && element.closest('#first-view'));
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
    var select = document.querySelector('#first-view .reading-options__select');
    if (select) select.value = root.getAttribute('data-theme') || 'auto';
    var buttons = document.querySelectorAll('#first-view [data-text-step]');
    for (var i = 0; i < buttons.length; i += 1) {
      var step = Number(buttons[i].getAttribute('data-text-step'));
      buttons[i].disabled = textSize() + step < 0 || textSize() + step >= SIZES;
    }
  }

  document.addEventListener('click', function (event) {
    if (!isStatic(event.target)) return;
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
    var copy = event.target.closest('[data-copy-url]');
    if (copy) copyAddress(copy);
  });

  /** Copies the button's address, through the Clipboard API or, where it is missing, a selection. */
  function copyAddress(button) {
    var url = button.getAttribute('data-copy-url');
    function copied() {
      var panel = button.closest('.share-panel');
      var status = panel && panel.querySelector('.share-panel__status');
      if (status) status.textContent = button.getAttribute('data-copied');
    }
    if (navigator.clipboard) {
      navigator.clipboard.writeText(url).then(copied, function () { /* refused: nothing to say */ });
      return;
    }
    var field = document.createElement('textarea');
    field.value = url;
    field.setAttribute('readonly', '');
    field.style.position = 'fixed';
    field.style.opacity = '0';
    document.body.appendChild(field);
    field.select();
    var done = false;
    try { done = document.execCommand('copy'); } catch (e) { /* not allowed here */ }
    document.body.removeChild(field);
    button.focus();
    if (done) copied();
  }

  document.addEventListener('change', function (event) {
    if (!isStatic(event.target) || !event.target.matches('.reading-options__select')) return;
    root.setAttribute('data-theme', event.target.value);
    remember('bantin:theme', event.target.value);
  });

  document.addEventListener('DOMContentLoaded', showSettings);
}());
