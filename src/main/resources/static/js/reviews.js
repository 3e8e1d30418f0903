// Review page: keys 1-5 score the card once its rubric is shown; "r" or space on the page shows the rubric.
(function () {
  var rubric = document.getElementById('rubric');
  var form = document.getElementById('score-form');
  if (!rubric || !form) {
    return;
  }
  var summary = rubric.querySelector('summary');
  if (summary) {
    summary.focus();
  }
  rubric.addEventListener('toggle', function () {
    if (rubric.open) {
      var good = form.querySelector('button[data-score="3"]');
      if (good) {
        good.focus();
      }
    }
  });
  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) {
      return;
    }
    var target = e.target;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) {
      return;
    }
    if (!rubric.open) {
      if (e.key === 'r' || e.key === 'R') {
        e.preventDefault();
        rubric.open = true;
      }
      return;
    }
    if (/^[1-5]$/.test(e.key)) {
      var button = form.querySelector('button[data-score="' + e.key + '"]');
      if (button && !form.dataset.sent) {
        e.preventDefault();
        form.dataset.sent = 'true';
        form.requestSubmit ? form.requestSubmit(button) : button.click();
      }
    }
  });
})();
