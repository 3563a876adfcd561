// Quick exit and history hygiene for readers at risk (see src/app.html). No framework, no storage, no network.
(function () {
  'use strict';
  var NEUTRAL = 'https://www.google.com.vn/';
  function leave() {
    window.location.replace(NEUTRAL);
  }
  document.addEventListener('click', function (event) {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    /** @type {HTMLAnchorElement | null} */
    var link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!link) return;
    if (link.hasAttribute('data-quick-exit')) {
      event.preventDefault();
      leave();
      return;
    }
    // Same-site links replace the current history entry: Back after a quick exit cannot land on this site.
    if (
      link.origin === window.location.origin &&
      !link.hasAttribute('download') &&
      !link.target &&
      link.protocol.indexOf('http') === 0
    ) {
      event.preventDefault();
      window.location.replace(link.href);
    }
  });
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || (form.method || 'get').toLowerCase() !== 'get') return;
    event.preventDefault();
    var url = new URL(form.action || window.location.href);
    // A search form has text fields only, which URLSearchParams takes as they are.
    url.search = new URLSearchParams(/** @type {any} */ (new FormData(form))).toString();
    window.location.replace(url.href);
  });
  // Escape pressed twice quickly also leaves (a keyboard quick exit).
  var lastEscape = 0;
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') return;
    var now = Date.now();
    if (now - lastEscape < 600) leave();
    lastEscape = now;
  });
})();
