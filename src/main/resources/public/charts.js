// Draws the explorer's charts from the JSON the page carries; the tables beside them hold the same figures.
(function () {
  var source = document.getElementById('chart-data');
  if (!source || typeof Chart === 'undefined') { return; }
  var data = JSON.parse(source.textContent);
  var blue = '#1d70b8', grey = '#b1b4b6', black = '#0b0c0c';
  Chart.defaults.font.family = 'Arial, Helvetica, sans-serif';
  Chart.defaults.color = black;
  Chart.defaults.animation = false;

  var bars = document.getElementById('bars');
  if (bars && data.values) {
    new Chart(bars, {
      data: {
        labels: data.labels,
        datasets: [
          { type: 'bar', label: 'Value', data: data.values,
            backgroundColor: data.highlight.map(function (h) { return h ? blue : grey; }), categoryPercentage: 1.0, barPercentage: 0.9 },
          { type: 'line', label: 'Median', data: data.values.map(function () { return data.median; }),
            borderColor: black, borderDash: [6, 4], borderWidth: 2, pointRadius: 0 }
        ]
      },
      options: { maintainAspectRatio: false, plugins: { legend: { display: true } },
        scales: { x: { ticks: { display: data.labels.length <= 40 } }, y: { beginAtZero: true } } }
    });
  }

  var series = document.getElementById('series');
  if (series && data.periods) {
    new Chart(series, {
      type: 'line',
      data: {
        labels: data.periods,
        datasets: [
          { label: 'Lower quartile', data: data.seriesLower, borderColor: grey, pointRadius: 0, fill: false },
          { label: 'Upper quartile', data: data.seriesUpper, borderColor: grey, backgroundColor: 'rgba(177,180,182,0.3)', pointRadius: 0, fill: '-1' },
          { label: 'Median', data: data.seriesMedian, borderColor: black, borderDash: [6, 4], pointRadius: 0 },
          { label: 'Selected authority', data: data.seriesValues, borderColor: blue, backgroundColor: blue, borderWidth: 3, spanGaps: false }
        ]
      },
      options: { maintainAspectRatio: false }
    });
  }
})();
