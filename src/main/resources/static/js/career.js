// Career pages: a line chart per skill on the assessment page (the history table holds the same figures).
(function () {
  function ready(fn) {
    if (document.readyState !== 'loading') fn(); else document.addEventListener('DOMContentLoaded', fn);
  }
  ready(function () {
    if (!window.Chart) return;
    document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
      var series = JSON.parse(canvas.dataset.chart || '{}');
      new Chart(canvas, {
        type: 'line',
        data: {
          labels: series.labels,
          datasets: [{ label: series.label, data: series.values, borderColor: '#3b4cca', backgroundColor: '#3b4cca', tension: 0.2, stepped: false }]
        },
        options: {
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          plugins: { legend: { display: false } },
          scales: { y: { min: 1, max: 5, ticks: { stepSize: 1 } } }
        }
      });
    });
  });
})();
