// CSV import: upload progress for step 1, import progress for step 3. Without this script both forms post normally.
(function () {
  function csrf() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    return token && header ? { name: header.content, value: token.content } : null;
  }
  function show(form, percent, text) {
    var box = form.querySelector('.import-progress');
    if (!box) { return; }
    box.hidden = false;
    var bar = box.querySelector('progress');
    if (percent == null) { bar.removeAttribute('value'); } else { bar.value = percent; }
    box.querySelector('p').textContent = text || '';
  }
  function busy(form, on) {
    form.querySelectorAll('button[type="submit"]').forEach(function (b) { b.disabled = on; });
  }

  var upload = document.getElementById('upload-form');
  if (upload && window.XMLHttpRequest && window.FormData) {
    var note = upload.querySelector('.import-progress p');
    upload.addEventListener('submit', function (e) {
      if (e.defaultPrevented) { return; }
      e.preventDefault();
      busy(upload, true);
      var xhr = new XMLHttpRequest();
      xhr.open('POST', upload.action);
      var c = csrf();
      if (c) { xhr.setRequestHeader(c.name, c.value); }
      xhr.upload.addEventListener('progress', function (ev) {
        if (ev.lengthComputable) {
          var pct = Math.round(100 * ev.loaded / ev.total);
          show(upload, pct, note.dataset.uploading + ' ' + pct + ' %');
        }
      });
      xhr.upload.addEventListener('load', function () { show(upload, null, note.dataset.uploaded); });
      xhr.addEventListener('load', function () {
        var target = xhr.responseURL || '';
        if (xhr.status < 400 && target && target.split('?')[0] !== upload.action.split('?')[0]) {
          window.location.assign(target);
        } else {
          document.open();
          document.write(xhr.responseText);
          document.close();
        }
      });
      xhr.addEventListener('error', function () { busy(upload, false); upload.submit(); });
      xhr.send(new FormData(upload));
    });
  }

  var mapping = document.getElementById('mapping-form');
  if (mapping && window.fetch) {
    var d = mapping.dataset;
    var poll = function () {
      fetch(d.progress, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
        .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
        .then(function (p) {
          if (p.state === 'done') {
            show(mapping, 100, '');
            window.location.assign(d.done);
          } else if (p.state === 'failed') {
            window.location.assign(mapping.action);
          } else if (p.state === 'running') {
            var text = p.phase === 'saving' ? d.saving.replace('{0}', p.saved.toLocaleString()).replace('{1}', p.total.toLocaleString())
              : p.phase === 'finishing' ? d.finishing : d.reading;
            show(mapping, p.percent, text);
            setTimeout(poll, 400);
          } else {
            busy(mapping, false);
          }
        })
        .catch(function () { setTimeout(poll, 1500); });
    };
    mapping.addEventListener('submit', function (e) {
      if (e.defaultPrevented) { return; }
      e.preventDefault();
      busy(mapping, true);
      show(mapping, 0, d.reading);
      var headers = { 'Accept': 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' };
      var c = csrf();
      if (c) { headers[c.name] = c.value; }
      fetch(d.start, { method: 'POST', headers: headers, body: new URLSearchParams(new FormData(mapping)), credentials: 'same-origin' })
        .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
        .then(function () { poll(); })
        .catch(function () { mapping.submit(); });
    });
    if (mapping.querySelector('button[type="submit"][disabled]')) {
      show(mapping, null, d.reading);
      poll();
    }
  }
})();
