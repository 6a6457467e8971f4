// Behaviour of interactive lesson blocks. Answers are checked in Python, never here:
// this file only collects what the learner chose, sends it with DE.send and shows the
// reply. HTML in replies was sanitised by the core.
(function () {
  "use strict";
  if (!window.DE) { return; }

  const esc = (s) => (window.CSS && CSS.escape ? CSS.escape(s) : String(s).replace(/["\\]/g, "\\$&"));
  const lessonOf = (el) => { const s = el.closest("[data-lesson]"); return s ? s.dataset.lesson : ""; };
  const blockEl = (id) => document.querySelector('.de-block[data-block="' + esc(id) + '"]');

  // ------------------------------------------------------------ quiz
  function collect(form) {
    const type = form.dataset.type;
    const checked = Array.from(form.querySelectorAll("input:checked")).map((i) => i.value);
    if (type === "single") { return checked.length ? checked[0] : null; }
    if (type === "multiple") { return checked; }
    if (type === "true-false") { return checked.length ? checked[0] === "true" : null; }
    if (type === "ordering") {
      return Array.from(form.querySelectorAll(".de-order-item")).map((li) => li.dataset.option);
    }
    if (type === "matching") {
      const answer = {};
      form.querySelectorAll("select[data-left]").forEach((s) => { if (s.value) { answer[s.dataset.left] = s.value; } });
      return answer;
    }
    if (type === "fill-in") {
      const input = form.querySelector("input[type=text]");
      return input && input.value.trim() ? input.value : null;
    }
    return null;
  }

  document.addEventListener("submit", (ev) => {
    const form = ev.target;
    if (form.classList.contains("de-quiz-form")) {
      ev.preventDefault();
      const answer = collect(form);
      if (answer === null) {
        const first = form.querySelector("input, select");
        if (first) { first.focus(); }
        return;
      }
      DE.send("quiz.answer", { lesson: lessonOf(form), block: form.dataset.block, item: form.dataset.item, answer: answer });
    } else if (form.classList.contains("de-reflection-form")) {
      ev.preventDefault();
      const text = form.querySelector("textarea").value;
      DE.send("reflection.save", { lesson: lessonOf(form), block: form.dataset.block, text: text });
    }
  });

  function quizForm(block, item) {
    const el = blockEl(block);
    return el ? el.querySelector('.de-quiz-form[data-item="' + esc(item) + '"]') : null;
  }

  DE.on("quiz.feedback", (r) => {
    const form = quizForm(r.block, r.item);
    if (!form) { return; }
    form.querySelectorAll(".de-right, .de-wrong").forEach((e) => e.classList.remove("de-right", "de-wrong"));
    form.querySelectorAll(".de-option-feedback").forEach((e) => { e.innerHTML = ""; });
    Object.entries(r.marks || {}).forEach(([token, ok]) => {
      const target = form.querySelector('[data-option="' + esc(token) + '"]');
      if (target) { target.classList.add(ok ? "de-right" : "de-wrong"); }
    });
    Object.entries(r.option_feedback || {}).forEach(([token, html]) => {
      const box = form.querySelector('.de-option-feedback[data-for="' + esc(token) + '"]');
      if (box) { box.innerHTML = html; }
    });
    const fb = form.querySelector(".de-feedback");
    fb.classList.toggle("de-ok", !!r.correct);
    fb.classList.toggle("de-bad", !r.correct);
    const verdict = r.correct ? form.dataset.labelCorrect : form.dataset.labelIncorrect;
    fb.innerHTML = '<p class="de-verdict"></p>' + (r.feedback || "");
    fb.querySelector(".de-verdict").textContent = verdict;
    const details = form.querySelector(".de-explanation");
    if (r.explanation) {
      details.querySelector(".de-explanation-body").innerHTML = r.explanation;
      details.hidden = false;
    }
  });

  // Ordering: move items with buttons; focus stays on the pressed button.
  document.addEventListener("click", (ev) => {
    const move = ev.target.closest(".de-move");
    if (move) {
      const li = move.closest(".de-order-item");
      const list = li.parentElement;
      if (move.dataset.dir === "up" && li.previousElementSibling) {
        list.insertBefore(li, li.previousElementSibling);
      } else if (move.dataset.dir === "down" && li.nextElementSibling) {
        list.insertBefore(li.nextElementSibling, li);
      }
      list.querySelectorAll(".de-right, .de-wrong").forEach((e) => e.classList.remove("de-right", "de-wrong"));
      move.focus();
      return;
    }
    const choice = ev.target.closest(".de-choice");
    if (choice) {
      const node = choice.closest(".de-scenario-node");
      const block = choice.closest(".de-block");
      block.dataset.pendingChoice = choice.textContent;
      DE.send("scenario.choice", { lesson: lessonOf(block), block: block.dataset.block, node: node.dataset.node, choice: choice.dataset.choice });
      return;
    }
    const restart = ev.target.closest(".de-restart");
    if (restart) {
      const block = restart.closest(".de-block");
      DE.send("scenario.restart", { lesson: lessonOf(block), block: block.dataset.block });
    }
  });

  // ------------------------------------------------------------ scenario
  DE.on("scenario.node", (r) => {
    const block = blockEl(r.block);
    if (!block) { return; }
    const target = block.querySelector('.de-scenario-node[data-node="' + esc(r.node) + '"]');
    if (!target) { return; }
    block.querySelectorAll(".de-scenario-node").forEach((n) => { n.hidden = n !== target; });
    const log = block.querySelector(".de-scenario-log");
    const list = log.querySelector("ol");
    if ((r.path || []).length <= 1) {
      list.innerHTML = "";
      log.hidden = true;
    } else if (block.dataset.pendingChoice) {
      const li = document.createElement("li");
      li.textContent = block.dataset.pendingChoice;
      list.appendChild(li);
      log.hidden = false;
    }
    delete block.dataset.pendingChoice;
    block.querySelector(".de-scenario-feedback").innerHTML = r.feedback || "";
    target.focus();
  });

  // ------------------------------------------------------------ reflection
  DE.on("reflection.saved", (r) => {
    const block = blockEl(r.block);
    const form = block && block.querySelector(".de-reflection-form");
    if (!form) { return; }
    const status = form.querySelector(".de-status");
    status.classList.remove("de-bad");
    status.textContent = form.dataset.labelSaved;
  });

  // ------------------------------------------------------------ errors
  DE.on("error", (r) => {
    const block = r.block ? blockEl(r.block) : null;
    if (!block) { return; }
    const form = (r.item && quizForm(r.block, r.item)) || block.querySelector("form") || null;
    const box = form ? form.querySelector(".de-feedback, .de-status") : block.querySelector(".de-scenario-feedback");
    const text = (form && form.dataset.labelError) || DE.label("error", "Something went wrong.");
    if (box) {
      box.classList.add("de-bad");
      box.textContent = text;
    }
  });
})();
