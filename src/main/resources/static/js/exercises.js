// The exercise editor: keyboard shortcuts, reference pickers that follow what was typed, tagging review passages.
(function () {
  var form = document.getElementById('exercise-form');
  if (!form) { return; }

  function submitWith(op) {
    var b = form.querySelector('button[name="op"][value="' + op + '"]:not(.default-submit)');
    if (b) { b.click(); }
  }
  // Ctrl+S saves, Ctrl+Enter saves and checks.
  document.addEventListener('keydown', function (e) {
    if (!(e.ctrlKey || e.metaKey)) { return; }
    if (e.key === 's' || e.key === 'S') { e.preventDefault(); submitWith('save'); }
    else if (e.key === 'Enter') { e.preventDefault(); submitWith('check'); }
  });

  // A select that refers to another field's entries (a goal, a persona, an opportunity) offers what is typed there now.
  form.addEventListener('focusin', function (e) {
    var select = e.target;
    if (select.tagName !== 'SELECT' || !select.dataset.ref) { return; }
    var pattern = new RegExp(select.dataset.ref);
    var seen = {};
    var values = [];
    form.querySelectorAll('input, textarea').forEach(function (input) {
      var v = input.value.trim();
      if (input.name && pattern.test(input.name) && v && !seen[v]) { seen[v] = true; values.push(v); }
    });
    var current = select.value;
    while (select.options.length > 1) { select.remove(1); }
    values.forEach(function (v) { select.add(new Option(v, v, false, v === current)); });
    if (current && !seen[current]) { select.add(new Option(current, current, false, true)); }
  });

  // Review highlights: select a passage in the pasted reviews and tag it; a new highlight row gets it.
  function wireHighlights() {
    var tools = form.querySelector('.highlight-tools');
    var reviews = document.getElementById('c-reviews');
    if (!tools || !reviews) { return; }
    tools.hidden = false;
    tools.querySelectorAll('button[data-tag]').forEach(function (button) {
      button.addEventListener('click', function () {
        var passage = reviews.value.substring(reviews.selectionStart, reviews.selectionEnd).trim();
        var hint = tools.querySelector('[data-hint]');
        if (!passage) { hint.textContent = hint.dataset.hint; reviews.focus(); return; }
        hint.textContent = '';
        var seedPassage = tools.querySelector('input[name="seed.passage"]');
        var seedTag = tools.querySelector('input[name="seed.tag"]');
        seedPassage.value = passage; seedPassage.disabled = false;
        seedTag.value = button.dataset.tag; seedTag.disabled = false;
        var add = document.getElementById('c-highlights-add');
        if (add) { add.click(); }
      });
    });
  }
  wireHighlights();
  document.body.addEventListener('htmx:afterSwap', wireHighlights);
})();
