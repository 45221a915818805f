// Draws each early-warning signal's small chart from the JSON beside it; the table under it holds the same figures.
(function () {
  if (typeof Chart === 'undefined') { return; }
  var blue = '#1d70b8', red = '#d4351c', black = '#0b0c0c';
  Chart.defaults.font.family = 'Arial, Helvetica, sans-serif';
  Chart.defaults.color = black;
  Chart.defaults.animation = false;
  document.querySelectorAll('canvas[data-signal-chart]').forEach(function (canvas) {
    var source = document.getElementById(canvas.getAttribute('data-signal-chart'));
    if (!source) { return; }
    var data = JSON.parse(source.textContent);
    var datasets = [{ label: 'Value', data: data.values, borderColor: blue, backgroundColor: blue, borderWidth: 3, spanGaps: false }];
    if (data.reference !== null && data.reference !== undefined) {
      datasets.push({ label: data.referenceLabel, data: data.periods.map(function () { return data.reference; }),
        borderColor: red, borderDash: [6, 4], borderWidth: 2, pointRadius: 0 });
    }
    new Chart(canvas, { type: 'line', data: { labels: data.periods, datasets: datasets }, options: { maintainAspectRatio: false } });
  });
})();
