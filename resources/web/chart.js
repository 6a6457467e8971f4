// A page with one Plotly chart, changed in place with Plotly.react.
// DE.data.figure: the first figure. Python sends "chart.figure" with a new one.
(function () {
  "use strict";
  const box = document.getElementById("chart");
  const config = {
    topojsonURL: "app://assets/geo/",
    displaylogo: false,
    responsive: true,
    modeBarButtonsToRemove: ["sendDataToCloud", "lasso2d", "select2d"],
  };
  // charts follow the page's theme (dark and high-contrast themes need light text)
  function themed(fig) {
    const css = getComputedStyle(document.documentElement);
    const fg = css.getPropertyValue("--de-fg").trim();
    if (fig && fig.layout && fg) {
      fig.layout.font = Object.assign({}, fig.layout.font || {}, { color: fg });
    }
    return fig;
  }
  function draw(fig) {
    if (DE.data.separators && fig.layout) fig.layout.separators = DE.data.separators;
    themed(fig);
    return Plotly.react(box, fig.data, fig.layout, config);
  }
  if (typeof Plotly === "undefined") {
    DE.showError(DE.label("chart_engine_missing", "The chart engine (plotly.js) could not be loaded."));
    return;
  }
  DE.holdPaint();
  draw(DE.data.figure || { data: [], layout: {} })
    .then(() => {
      const fig = DE.data.figure || {};
      box.setAttribute("aria-label", (fig.layout && fig.layout.title && fig.layout.title.text) || document.title);
      box.on("plotly_click", (ev) => {
        const p = ev.points && ev.points[0];
        if (p) DE.send("chart.click", { location: p.location || null, x: p.x || null });
      });
      document.title = "plotted";
      DE.releasePaint();
    })
    .catch((err) => { DE.showError(String(err)); DE.releasePaint(); });
  DE.on("chart.figure", (fig) => {
    box.setAttribute("aria-label", (fig.layout && fig.layout.title && fig.layout.title.text) || document.title);
    draw(fig).then(() => DE.send("chart.updated", {})).catch((err) => DE.showError(String(err)));
  });
  DE.on("chart.image", () => {
    Plotly.toImage(box, { format: "png", scale: 2 }).then((url) => DE.send("chart.image", { url: url }));
  });
})();
