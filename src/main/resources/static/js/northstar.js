// Small progressive enhancements; every page works for reading without them.
(function () {
  // htmx requests carry the CSRF token like forms do.
  document.addEventListener('htmx:configRequest', function (e) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) { e.detail.headers[header.content] = token.content; }
  });
  // Destructive forms ask first: <form data-confirm="Delete this note?">.
  document.addEventListener('submit', function (e) {
    var msg = e.target.getAttribute && e.target.getAttribute('data-confirm');
    if (msg && !window.confirm(msg)) { e.preventDefault(); }
  }, true);
  // "/" focuses the page's search box, as in most inboxes.
  document.addEventListener('keydown', function (e) {
    if (e.key === '/' && !/INPUT|TEXTAREA|SELECT/.test(document.activeElement.tagName)) {
      var box = document.querySelector('input[type="search"]');
      if (box) { e.preventDefault(); box.focus(); }
    }
  });
})();
