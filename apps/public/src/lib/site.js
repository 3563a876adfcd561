// Quick exit and history hygiene for readers at risk (see svelte.config.js). No framework, no storage, no network.
(function () {
  'use strict';
  var NEUTRAL = 'https://www.google.com.vn/';
  // A per-tab mark (sessionStorage: gone when the tab closes, never sent anywhere) that this tab left by quick exit.
  var EXITED = 'x';
  function hide() {
    document.documentElement.style.visibility = 'hidden';
    document.title = '\u200b';
  }
  // After the GOV.UK "exit this page" pattern, as far as a browser allows: a page cannot delete history entries, so
  // the current one is overwritten (neutral title, the site's bare address) and then replaced by the neutral site;
  // any earlier entry of this site in the tab (a page opened from the address bar or a bookmark) leaves again at once
  // when Back brings it up, hidden before it is shown. The help page tells readers how to clear their history.
  function leave() {
    try {
      window.sessionStorage.setItem(EXITED, '1');
    } catch (_e) {
      // Storage refused (private mode on old browsers): leave all the same.
    }
    hide();
    try {
      window.history.replaceState(null, '', '/');
    } catch (_e) {
      // Leave all the same.
    }
    window.location.replace(NEUTRAL);
  }
  function exited() {
    try {
      return window.sessionStorage.getItem(EXITED) === '1';
    } catch (_e) {
      return false;
    }
  }
  /** @param {boolean} fromHistory whether Back or Forward brought this page up */
  function arrive(fromHistory) {
    if (!exited()) return;
    if (fromHistory) {
      hide();
      window.location.replace(NEUTRAL);
    } else {
      // The reader came back on purpose (a link, the address bar): the site works as usual again.
      try {
        window.sessionStorage.removeItem(EXITED);
      } catch (_e) {
        // Nothing to undo.
      }
    }
  }
  var navigation = window.performance && performance.getEntriesByType && performance.getEntriesByType('navigation')[0];
  arrive(!!navigation && /** @type {PerformanceNavigationTiming} */ (navigation).type === 'back_forward');
  // A page kept whole in the back/forward cache runs no script again; pageshow tells it it is shown.
  window.addEventListener('pageshow', function (event) {
    if (event.persisted) arrive(true);
  });
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
  // Keyboard quick exits: Escape pressed twice quickly, or Shift pressed three times within 5 seconds (GOV.UK's).
  var lastEscape = 0;
  var shifts = 0;
  var firstShift = 0;
  document.addEventListener('keydown', function (event) {
    var now = Date.now();
    if (event.key === 'Shift') {
      if (event.repeat) return;
      if (shifts === 0 || now - firstShift > 5000) {
        shifts = 0;
        firstShift = now;
      }
      shifts += 1;
      if (shifts >= 3) {
        shifts = 0;
        leave();
      }
      return;
    }
    shifts = 0;
    if (event.key !== 'Escape') return;
    if (now - lastEscape < 600) leave();
    lastEscape = now;
  });
})();
