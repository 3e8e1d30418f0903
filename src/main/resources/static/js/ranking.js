// Ranking page: drag-and-drop manual ranking (fills the move form; the PM gives the reason and saves)
// and the value-vs-effort 2×2 chart.
(function () {
  function ready(fn) {
    if (document.readyState !== 'loading') fn(); else document.addEventListener('DOMContentLoaded', fn);
  }

  ready(function () {
    var list = document.getElementById('manual-list');
    var form = document.getElementById('move-form');
    if (list && form && window.Sortable && list.dataset.editable === 'true') {
      Sortable.create(list, {
        handle: '.handle',
        animation: 120,
        forceFallback: true,
        fallbackTolerance: 3,
        onEnd: function (evt) {
          if (evt.oldIndex === evt.newIndex) return;
          var id = evt.item.dataset.id;
          form.querySelector('[name=featureId]').value = id;
          form.querySelector('[name=position]').value = evt.newIndex + 1;
          list.querySelectorAll('.manual-item').forEach(function (li, i) {
            li.querySelector('.rank').textContent = i + 1;
            li.classList.toggle('moved', li === evt.item);
          });
          var reason = form.querySelector('[name=reason]');
          reason.focus();
        }
      });
    }

    var canvas = document.getElementById('value-effort-chart');
    if (canvas && window.Chart) {
      var points = JSON.parse(canvas.dataset.points || '[]');
      var colours = { 'quick win': '#1a7f52', 'big bet': '#3b4cca', 'fill-in': '#8a8f98', 'money pit': '#c0392b' };
      var quadrantLines = {
        id: 'quadrants',
        afterDraw: function (chart) {
          var ctx = chart.ctx, x = chart.scales.x, y = chart.scales.y;
          ctx.save();
          ctx.strokeStyle = '#c8ccd4';
          ctx.setLineDash([4, 4]);
          ctx.beginPath();
          ctx.moveTo(x.getPixelForValue(5.5), y.top); ctx.lineTo(x.getPixelForValue(5.5), y.bottom);
          ctx.moveTo(x.left, y.getPixelForValue(5.5)); ctx.lineTo(x.right, y.getPixelForValue(5.5));
          ctx.stroke();
          ctx.setLineDash([]);
          ctx.fillStyle = '#8a8f98';
          ctx.font = '12px sans-serif';
          ctx.fillText('quick wins', x.getPixelForValue(0.3), y.getPixelForValue(10.6));
          ctx.fillText('big bets', x.getPixelForValue(5.8), y.getPixelForValue(10.6));
          ctx.fillText('fill-ins', x.getPixelForValue(0.3), y.getPixelForValue(0.3));
          ctx.fillText('money pits', x.getPixelForValue(5.8), y.getPixelForValue(0.3));
          ctx.restore();
        }
      };
      new Chart(canvas, {
        type: 'scatter',
        data: {
          datasets: [{
            label: 'Features',
            data: points.map(function (p) { return { x: p.effort, y: p.value, title: p.title }; }),
            pointRadius: 6,
            pointBackgroundColor: points.map(function (p) { return colours[p.quadrant] || '#3b4cca'; })
          }]
        },
        options: {
          animation: false,
          maintainAspectRatio: false,
          plugins: {
            legend: { display: false },
            tooltip: { callbacks: { label: function (c) { return c.raw.title + ' (value ' + c.raw.y + ', effort ' + c.raw.x + ')'; } } }
          },
          scales: {
            x: { min: 0, max: 11, ticks: { stepSize: 1 }, title: { display: true, text: 'Effort (1–10)' } },
            y: { min: 0, max: 11, ticks: { stepSize: 1 }, title: { display: true, text: 'Value (1–10)' } }
          }
        },
        plugins: [quadrantLines]
      });
    }
  });
})();
