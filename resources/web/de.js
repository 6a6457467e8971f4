// The page side of the Qt bridge. DE.send(kind, payload) -> Python; Python -> DE.receive.
// A page that draws asynchronously (charts) calls DE.holdPaint() and later DE.releasePaint();
// "page.painted" is sent once the page is drawn and two animation frames have passed.
(function () {
  "use strict";
  const listeners = {};
  const queue = [];
  let bridge = null;
  let holds = 0;
  let loaded = false;
  let paintSent = false;

  function flush() {
    while (bridge && queue.length) {
      const [k, p] = queue.shift();
      bridge.send(k, JSON.stringify(p || {}));
    }
  }
  function maybePainted() {
    if (paintSent || holds > 0 || !loaded) return;
    paintSent = true;
    requestAnimationFrame(() => requestAnimationFrame(() => DE.send("page.painted", {})));
  }
  function showError(message) {
    let box = document.getElementById("de-load-error");
    if (!box) {
      box = document.createElement("div");
      box.id = "de-load-error";
      box.className = "de-error";
      box.setAttribute("role", "alert");
      document.body.prepend(box);
    }
    const line = document.createElement("p");
    line.textContent = message;
    box.appendChild(line);
    DE.send("page.error", { message: message });
  }

  window.DE = {
    data: {},
    send(kind, payload) { queue.push([kind, payload]); flush(); },
    on(kind, fn) { (listeners[kind] = listeners[kind] || []).push(fn); },
    receive(kind, payload) { (listeners[kind] || []).forEach((fn) => fn(payload)); },
    holdPaint() { holds += 1; },
    releasePaint() { holds = Math.max(0, holds - 1); maybePainted(); },
    showError: showError,
    label(key, fallback) { return (DE.data.labels && DE.data.labels[key]) || fallback || key; },
  };

  // A missing script or stylesheet is shown in the page, not silently ignored.
  window.addEventListener("error", (ev) => {
    const t = ev.target;
    if (t && (t.tagName === "SCRIPT" || t.tagName === "LINK")) {
      const what = t.src || t.href;
      showError(DE.label("asset_missing", "A file the app needs could not be loaded:") + " " + what.replace("app://assets/", ""));
    }
  }, true);

  // In-app links (glossary:, lesson:, country:) go to the app through the bridge; links to
  // the outside are never followed (the app is offline) and the app says so.
  document.addEventListener("click", (ev) => {
    const a = ev.target && ev.target.closest ? ev.target.closest("a[href]") : null;
    if (!a) return;
    const href = a.getAttribute("href");
    const scheme = (href.split(":")[0] || "").toLowerCase();
    if (["glossary", "lesson", "country"].includes(scheme)) {
      ev.preventDefault();
      DE.send("link", { href: href });
    } else if (href.includes(":") && !href.startsWith("#") && scheme !== "app") {
      ev.preventDefault();
      DE.send("link.external", { href: href });
    }
  }, true);

  // the app's theme changed (View > Theme): restyle the page and its charts in place
  DE.on("theme", (theme) => {
    document.documentElement.dataset.theme = theme;
    const fg = getComputedStyle(document.documentElement).getPropertyValue("--de-fg").trim();
    if (window.Plotly) {
      document.querySelectorAll(".js-plotly-plot").forEach((el) => Plotly.relayout(el, { "font.color": fg }));
    }
  });

  const dataNode = document.getElementById("de-data");
  if (dataNode) { try { DE.data = JSON.parse(dataNode.textContent); } catch (e) { DE.data = {}; } }

  if (window.qt && window.qt.webChannelTransport && window.QWebChannel) {
    new QWebChannel(qt.webChannelTransport, (ch) => { bridge = ch.objects.bridge; flush(); });
  }
  window.addEventListener("load", () => { loaded = true; maybePainted(); });
})();
