/* Đắk Lắk số — progressive enhancement only. Every page works without this file.
   No library, no inline script: loaded with <script src defer>. */
(function () {
  "use strict";

  /* localStorage may be missing, full or blocked (private mode, strict settings). */
  var store = (function () {
    try {
      var key = "__dls_test__";
      window.localStorage.setItem(key, key);
      window.localStorage.removeItem(key);
      return window.localStorage;
    } catch (e) {
      return null;
    }
  })();

  function load(key) {
    if (!store) return null;
    try { return JSON.parse(store.getItem(key)); } catch (e) { return null; }
  }

  function save(key, value) {
    if (!store) return;
    try { store.setItem(key, JSON.stringify(value)); } catch (e) { /* quota: ignore */ }
  }

  function each(list, fn) { Array.prototype.forEach.call(list, fn); }

  /* 1. Guide: tick the steps done, remembered per page on this device. */
  function initSteps() {
    var boxes = document.querySelectorAll("input.step-done");
    if (!boxes.length) return;
    var progress = document.querySelector(".guide-progress");
    var key = "dls:buoc:" + window.location.pathname;
    var saved = load(key);
    var done = {};
    var numbers = {};
    if (Array.isArray(saved)) each(saved, function (n) { done[String(n)] = true; });

    each(boxes, function (box) { numbers[box.getAttribute("data-step")] = true; });
    var total = Object.keys(numbers).length;

    function render() {
      var count = 0;
      each(boxes, function (box) {
        var n = box.getAttribute("data-step");
        box.checked = !!done[n];
        var item = box.closest(".steps__item");
        if (item) item.classList.toggle("is-done", !!done[n]);
      });
      Object.keys(numbers).forEach(function (n) { if (done[n]) count += 1; });
      if (progress) {
        progress.textContent = count === total
          ? "Bạn đã làm xong cả " + total + " bước. Chúc mừng bạn!"
          : "Bạn đã làm xong " + count + "/" + total + " bước";
      }
    }

    each(boxes, function (box) {
      box.hidden = false;
      var label = box.closest(".step-check");
      if (label) label.hidden = false;
      box.addEventListener("change", function () {
        var n = box.getAttribute("data-step");
        if (box.checked) { done[n] = true; } else { delete done[n]; }
        save(key, Object.keys(done));
        render();
      });
    });
    if (progress) progress.hidden = false;
    render();
  }

  /* 2. Lesson quiz: mark it in the browser, without reloading. */
  function initQuiz() {
    var forms = document.querySelectorAll("form.quiz");
    each(forms, function (form) {
      form.addEventListener("submit", function (event) {
        var questions = form.querySelectorAll("fieldset.quiz__q");
        if (!questions.length) return;
        event.preventDefault();
        var correct = 0;
        each(questions, function (q) {
          var chosen = q.querySelector("input[type=radio]:checked");
          var chosenWrap = chosen ? chosen.closest(".quiz__choice") : null;
          var right = !!(chosenWrap && chosenWrap.getAttribute("data-correct") === "true");
          if (right) correct += 1;
          q.classList.remove("is-correct", "is-wrong");
          q.classList.add(right ? "is-correct" : "is-wrong");
          each(q.querySelectorAll(".quiz__tag"), function (tag) { tag.parentNode.removeChild(tag); });
          each(q.querySelectorAll(".quiz__choice"), function (choice) {
            choice.classList.toggle("is-chosen", choice === chosenWrap);
            var text = choice.getAttribute("data-correct") === "true" ? "Đáp án đúng"
              : (choice === chosenWrap ? "Bạn đã chọn" : "");
            if (text) {
              var tag = document.createElement("span");
              tag.className = "quiz__tag";
              tag.textContent = text;
              choice.appendChild(tag);
            }
          });
          var verdict = q.querySelector(".quiz__verdict");
          if (verdict) {
            verdict.innerHTML = "";
            var strong = document.createElement("strong");
            strong.textContent = right ? "✓ Đúng." : (chosen ? "✗ Chưa đúng." : "– Bạn chưa trả lời câu này.");
            verdict.appendChild(strong);
            verdict.hidden = false;
          }
          var explain = q.querySelector(".quiz__explain");
          if (explain) explain.hidden = false;
        });
        var result = form.querySelector(".quiz__result");
        if (result) {
          result.innerHTML = "";
          var score = document.createElement("p");
          score.className = "quiz__score";
          score.textContent = "Bạn trả lời đúng " + correct + "/" + questions.length + " câu.";
          result.appendChild(score);
          result.focus();
        }
      });
    });
  }

  /* 3. Print buttons ("In danh sách giấy tờ"): only useful with JavaScript. */
  function initPrint() {
    if (typeof window.print !== "function") return;
    each(document.querySelectorAll("[data-print]"), function (button) {
      button.hidden = false;
      button.addEventListener("click", function () { window.print(); });
    });
  }

  /* 4. Video chapters: a ?t= link to this same page seeks the player instead of reloading. */
  function initChapters() {
    var video = document.querySelector("video");
    if (!video) return;
    each(document.querySelectorAll("a[href*='?t=']"), function (link) {
      link.addEventListener("click", function (event) {
        var url;
        try { url = new URL(link.href, window.location.href); } catch (e) { return; }
        if (url.origin !== window.location.origin || url.pathname !== window.location.pathname) return;
        var seconds = parseInt(url.searchParams.get("t"), 10);
        if (isNaN(seconds) || seconds < 0) return;
        event.preventDefault();
        try { video.currentTime = seconds; } catch (e) { /* not seekable yet */ }
        var playing = video.play();
        if (playing && typeof playing.catch === "function") playing.catch(function () {});
        if (window.history && history.replaceState) history.replaceState(null, "", url.pathname + url.search);
        video.scrollIntoView({ block: "center" });
        video.focus();
      });
    });
  }

  function init() {
    initSteps();
    initQuiz();
    initPrint();
    initChapters();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
