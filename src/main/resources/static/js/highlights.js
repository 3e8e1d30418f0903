// Highlights: selecting words in a note's text fills the "link as evidence" form with the passage and
// where it starts. Loaded by the highlights panel, possibly many times through htmx swaps, so it
// installs its listeners once and finds the panel from the selection each time.
(function () {
  if (window.northstarHighlights) { return; }
  window.northstarHighlights = true;

  function sourceOf(node) {
    var el = node && (node.nodeType === 1 ? node : node.parentElement);
    return el ? el.closest('[data-highlight-text]') : null;
  }

  // Characters from the start of the note text to (node, offset): the same count the server uses,
  // except where the browser folded a CR LF into one line break; the server then finds the quote near it.
  function offsetIn(root, node, offset) {
    var range = document.createRange();
    range.selectNodeContents(root);
    range.setEnd(node, offset);
    return range.toString().length;
  }

  function capture() {
    var selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) { return; }
    var range = selection.getRangeAt(0);
    var root = sourceOf(range.startContainer);
    if (!root || root !== sourceOf(range.endContainer)) { return; }
    var form = document.getElementById(root.getAttribute('data-form'));
    if (!form) { return; }
    var quote = range.toString();
    if (!quote.trim()) { return; }
    form.elements.quote.value = quote;
    form.elements.start.value = offsetIn(root, range.startContainer, range.startOffset);
    var note = form.querySelector('.hl-selected');
    if (note) { note.textContent = note.getAttribute('data-template').replace('{n}', quote.length); }
  }

  document.addEventListener('mouseup', capture);
  document.addEventListener('keyup', function (e) { if (e.shiftKey || e.key === 'Shift') { capture(); } });
  document.addEventListener('touchend', function () { setTimeout(capture, 0); });

  // A passage typed or pasted by hand has no known position: let the server look for it.
  document.addEventListener('input', function (e) {
    if (e.target.matches && e.target.matches('[data-highlight-quote]')) {
      e.target.form.elements.start.value = '';
    }
  });
})();
