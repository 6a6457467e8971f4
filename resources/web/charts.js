// A page with several Plotly charts (a factsheet or a comparison).
// DE.data.charts = [{id, title, figure|null}]; a null figure shows a "no data" box.
// Python sends "charts.update" with a new list: charts change in place (Plotly.react).
(function () {
  "use strict";
  const grid = document.getElementById("charts");
  const config = { topojsonURL: "app://assets/geo/", displaylogo: false, responsive: true };
  const boxes = {};

  function box(chart) {
    let card = boxes[chart.id];
    if (!card) {
      card = document.createElement("section");
      card.className = "de-chart-card";
      card.dataset.chart = chart.id;
      const h = document.createElement("h3");
      card.appendChild(h);
      const plot = document.createElement("div");
      plot.className = "de-chart-plot";
      plot.setAttribute("role", "img");
      card.appendChild(plot);
      grid.appendChild(card);
      boxes[chart.id] = card;
    }
    card.querySelector("h3").textContent = chart.title || "";
    card.querySelector(".de-chart-plot").setAttribute("aria-label", chart.title || "chart");
    return card;
  }

  // charts follow the page's theme (dark and high-contrast themes need light text)
  function themed(fig) {
    const css = getComputedStyle(document.documentElement);
    const fg = css.getPropertyValue("--de-fg").trim();
    if (fig && fig.layout && fg) {
      fig.layout.font = Object.assign({}, fig.layout.font || {}, { color: fg });
    }
    return fig;
  }
  function draw(charts) {
    charts.forEach((c) => { if (c.figure && c.figure.layout && DE.data.separators) c.figure.layout.separators = DE.data.separators; });
    const seen = new Set();
    const jobs = charts.map((chart) => {
      seen.add(chart.id);
      const card = box(chart);
      const plot = card.querySelector(".de-chart-plot");
      if (!chart.figure) {
        if (plot.data) Plotly.purge(plot);
        plot.className = "de-chart-plot de-empty";
        plot.textContent = DE.label("no_data", "No data for this country.");
        return Promise.resolve();
      }
      if (plot.classList.contains("de-empty")) { plot.className = "de-chart-plot"; plot.textContent = ""; }
      themed(chart.figure);
      return Plotly.react(plot, chart.figure.data, chart.figure.layout, config).then(() => {
        if (!plot.dataset.bound) {
          plot.dataset.bound = "1";
          plot.on("plotly_click", (ev) => {
            const p = ev.points && ev.points[0];
            if (p) DE.send("chart.click", { chart: chart.id, location: p.location || null, x: p.x || null });
          });
        }
      });
    });
    Object.keys(boxes).forEach((id) => { if (!seen.has(id)) { boxes[id].remove(); delete boxes[id]; } });
    return Promise.all(jobs);
  }

  if (typeof Plotly === "undefined") {
    DE.showError(DE.label("chart_engine_missing", "The chart engine (plotly.js) could not be loaded."));
    return;
  }
  DE.holdPaint();
  draw(DE.data.charts || []).then(() => DE.releasePaint())
    .catch((err) => { DE.showError(String(err)); DE.releasePaint(); });
  DE.on("charts.update", (charts) => {
    draw(charts).then(() => DE.send("charts.updated", {})).catch((err) => DE.showError(String(err)));
  });
  DE.on("chart.image", (req) => {
    const card = boxes[req.id];
    const plot = card && card.querySelector(".de-chart-plot");
    if (!plot || !plot.data) { DE.send("chart.image", { id: req.id, url: "" }); return; }
    Plotly.toImage(plot, { format: "png", scale: 2, width: 1200, height: 700 })
      .then((url) => DE.send("chart.image", { id: req.id, url: url }));
  });
})();
