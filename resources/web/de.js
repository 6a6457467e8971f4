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

  const dataNode = document.getElementById("de-data");
  if (dataNode) { try { DE.data = JSON.parse(dataNode.textContent); } catch (e) { DE.data = {}; } }

  if (window.qt && window.qt.webChannelTransport && window.QWebChannel) {
    new QWebChannel(qt.webChannelTransport, (ch) => { bridge = ch.objects.bridge; flush(); });
  }
  window.addEventListener("load", () => { loaded = true; maybePainted(); });
})();
