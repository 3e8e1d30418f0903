// Progress page: three Chart.js charts from the numbers the tables below also show.
(function () {
  var holder = document.getElementById('progress-data');
  if (!holder || !window.Chart) {
    return;
  }
  var data = JSON.parse(holder.dataset.chart || '{}');
  var palette = ['#3b4cca', '#1a7f52', '#c0392b', '#b7791f', '#6b46c1', '#0e7490', '#be185d', '#4d7c0f', '#334155', '#9a3412'];
  var labels = (data.weeks || []).map(function (w) { return w.slice(5); });
  function colour(i) { return palette[i % palette.length]; }
  var common = { animation: false, maintainAspectRatio: false, plugins: { legend: { position: 'bottom' } } };

  new Chart(document.getElementById('chart-reviews'), {
    type: 'bar',
    data: {
      labels: labels,
      datasets: (data.series || []).map(function (s, i) {
        return { label: s.label, data: s.reviews, backgroundColor: colour(i) };
      })
    },
    options: Object.assign({}, common, { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } })
  });

  new Chart(document.getElementById('chart-recall'), {
    type: 'line',
    data: {
      labels: labels,
      datasets: (data.series || []).map(function (s, i) {
        return { label: s.label, data: s.recall, borderColor: colour(i), backgroundColor: colour(i), spanGaps: true };
      })
    },
    options: Object.assign({}, common, { scales: { y: { min: 0, max: 100 } } })
  });

  new Chart(document.getElementById('chart-cards'), {
    type: 'line',
    data: {
      labels: labels,
      datasets: [
        { label: 'Learned', data: data.learned, borderColor: '#3b4cca', backgroundColor: '#3b4cca' },
        { label: 'Mature', data: data.mature, borderColor: '#1a7f52', backgroundColor: '#1a7f52' }
      ]
    },
    options: Object.assign({}, common, { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } })
  });
})();
