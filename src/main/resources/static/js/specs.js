// Drag-and-drop order of a feature's stories: posts the new order, the arrows stay for keyboards.
(function () {
  var list = document.getElementById('story-list');
  if (!list || !window.Sortable || !list.dataset.orderUrl) { return; }
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  Sortable.create(list, {
    handle: '.handle',
    draggable: '.story',
    animation: 120,
    // the fallback (mouse events instead of native drag and drop) behaves the same in every browser
    forceFallback: true,
    fallbackTolerance: 3,
    onEnd: function (evt) {
      if (evt.oldIndex === evt.newIndex) { return; }
      var body = new URLSearchParams();
      list.querySelectorAll('.story').forEach(function (s) { body.append('storyIds', s.dataset.id); });
      var headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
      if (token && header) { headers[header.content] = token.content; }
      fetch(list.dataset.orderUrl, { method: 'POST', headers: headers, body: body, credentials: 'same-origin' })
        .then(function (r) { if (!r.ok) { window.location.reload(); } });
    }
  });
})();
