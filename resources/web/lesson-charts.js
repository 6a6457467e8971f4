// Draws the chart blocks of a lesson page: DE.data.charts maps block id -> Plotly figure.
(function () {
  "use strict";
  const charts = (DE.data && DE.data.charts) || {};
  const ids = Object.keys(charts);
  if (!ids.length) return;
  if (typeof Plotly === "undefined") {
    DE.showError(DE.label("chart_engine_missing", "The chart engine (plotly.js) could not be loaded."));
    return;
  }
  const config = { topojsonURL: "app://assets/geo/", displaylogo: false, responsive: true };
  // charts follow the page's theme (dark and high-contrast themes need light text)
  function themed(fig) {
    const css = getComputedStyle(document.documentElement);
    const fg = css.getPropertyValue("--de-fg").trim();
    if (fig && fig.layout && fg) {
      fig.layout.font = Object.assign({}, fig.layout.font || {}, { color: fg });
    }
    return fig;
  }
  ids.forEach((id) => {
    const fig = charts[id];
    const holder = document.querySelector('figure.de-chart[data-block="' + CSS.escape(id) + '"] .de-chart-placeholder');
    if (!holder || !fig) return;
    if (DE.data.separators && fig.layout) fig.layout.separators = DE.data.separators;
    const box = document.createElement("div");
    box.className = "de-chart-plot";
    box.style.height = "24rem";
    box.setAttribute("role", "img");
    box.setAttribute("aria-label", (fig.layout && fig.layout.title && fig.layout.title.text) || "chart");
    holder.replaceWith(box);
    DE.holdPaint();
    themed(fig);
    Plotly.newPlot(box, fig.data, fig.layout, config)
      .then(() => DE.releasePaint())
      .catch((err) => { DE.showError(String(err)); DE.releasePaint(); });
  });
})();
