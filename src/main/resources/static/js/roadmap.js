// The Now / Next / Later board: dragging a card to another column changes the feature's status.
// Every card also has a Move form, so the board works from the keyboard and without this script.
(function () {
  var board = document.getElementById('board');
  if (!board || board.getAttribute('data-editable') !== 'true' || typeof Sortable === 'undefined') { return; }
  var url = board.getAttribute('data-move');
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');

  function recount() {
    board.querySelectorAll('.board-col').forEach(function (col) {
      var count = col.querySelector('h2 .count');
      if (count) { count.textContent = col.querySelectorAll('.board-card').length; }
    });
  }

  board.querySelectorAll('.board-cards').forEach(function (list) {
    Sortable.create(list, {
      group: 'roadmap-board',
      animation: 120,
      // fallback mode drags with pointer events, which work the same in every browser and in tests
      forceFallback: true,
      filter: 'select, button, option',
      preventOnFilter: false,
      onEnd: function (e) {
        if (e.from === e.to) { return; }
        var card = e.item;
        var column = e.to.getAttribute('data-column');
        var body = new URLSearchParams();
        body.set('featureId', card.getAttribute('data-feature'));
        body.set('column', column);
        var headers = { 'X-Requested-With': 'fetch', 'Content-Type': 'application/x-www-form-urlencoded' };
        if (token && header) { headers[header.content] = token.content; }
        fetch(url, { method: 'POST', headers: headers, body: body.toString(), credentials: 'same-origin' })
          .then(function (r) {
            if (!r.ok) { throw new Error('status ' + r.status); }
            var select = card.querySelector('select[name="column"]');
            if (select) { select.value = column; }
            card.setAttribute('data-saved', column);
            recount();
          })
          .catch(function () {
            e.from.insertBefore(card, e.from.children[e.oldIndex] || null);
            recount();
            var err = document.getElementById('move-error');
            if (err) { err.hidden = false; }
          });
      }
    });
  });
})();
