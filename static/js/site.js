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

  /* 3. Print buttons (the one-page checklist): only useful with JavaScript. On a kiosk with a
     printer the checklist prints at once: the visitor came to it by pressing "In". */
  function initPrint() {
    if (typeof window.print !== "function") return;
    each(document.querySelectorAll("[data-print]"), function (button) {
      button.hidden = false;
      button.addEventListener("click", function () { window.print(); });
    });
    if (document.body.hasAttribute("data-kiosk") && document.querySelector("[data-print-on-kiosk]")) {
      window.addEventListener("load", function () { window.print(); });
    }
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

  /* 5. One sound at a time: a recording or video that starts playing pauses the others and
     stops "Đọc to" (the `play` event does not bubble, hence the capture listener). */
  var stopSpeaking = function () {};

  function pauseOtherMedia(playing) {
    each(document.querySelectorAll("audio, video"), function (media) {
      if (media !== playing && !media.paused) media.pause();
    });
  }

  function initOneSound() {
    document.addEventListener("play", function (event) {
      stopSpeaking();
      pauseOtherMedia(event.target);
    }, true);
  }

  /* 6. "Đọc to": the browser's own speech voice reads a guide step or a lesson section.
     Each button[data-read-aloud] points at the id of the text to read; it is rendered hidden
     and shown only where speechSynthesis has a voice for that text's language — the closest
     lang attribute, which on an untranslated page is <main lang="vi">, not <html lang>.
     Voices often arrive late (Chrome loads them asynchronously): "voiceschanged" shows the
     buttons then. Steps with a recording get no button (the recording is preferred).
     While speaking the visible label becomes "Dừng đọc" (data-label-stop); the accessible
     name changes with it, so no aria-pressed as well (a changing label plus a pressed state
     would be announced as "Dừng đọc, pressed"). */
  var BLOCK_TAGS = /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|BR|DD|DIV|DL|DT|FIGCAPTION|FOOTER|H[1-6]|HEADER|LI|OL|P|SECTION|TABLE|TD|TH|TR|UL)$/;
  var SILENT_TAGS = /^(AUDIO|BUTTON|FIGURE|IMG|NOSCRIPT|SCRIPT|STYLE|SVG|TEMPLATE|VIDEO)$/;

  /* The text as it is read: visible text only, a pause between blocks (heading, paragraph,
     list item, [data-speak-pause]), controls ([data-speak-skip]) and pictures left out. */
  function speechText(root) {
    var lines = [""];
    (function walk(node) {
      if (node.nodeType === 3) { lines[lines.length - 1] += node.nodeValue; return; }
      if (node.nodeType !== 1) return;
      var tag = node.tagName.toUpperCase();
      if (SILENT_TAGS.test(tag) || node.hidden || node.hasAttribute("data-speak-skip")
          || node.getAttribute("aria-hidden") === "true") return;
      var block = BLOCK_TAGS.test(tag) || node.hasAttribute("data-speak-pause"); /* "Bước 2." */
      if (block) lines.push("");
      each(node.childNodes, walk);
      if (block) lines.push("");
    })(root);
    return lines
      .map(function (line) { return line.replace(/\s+/g, " ").trim(); })
      .filter(function (line) { return line.length > 0; })
      .map(function (line) { return /[.!?…:;]$/.test(line) ? line : line + "."; })
      .join(" ");
  }

  /* Short utterances: Chrome silently stops a long one after about 15 seconds. Sentences end
     at punctuation followed by a space, so "50.000 đồng" stays whole. */
  function speechChunks(text) {
    var chunks = [];
    var current = "";
    text.replace(/([.!?…])\s+/g, "$1\n").split("\n").forEach(function (sentence) {
      if (current && (current + " " + sentence).length > 200) { chunks.push(current); current = ""; }
      current = current ? current + " " + sentence : sentence;
    });
    if (current.trim()) chunks.push(current.trim());
    return chunks;
  }

  function languageOf(element) {
    var holder = element.closest("[lang]");
    return holder ? holder.getAttribute("lang") : "";
  }

  function initReadAloud() {
    var buttons = document.querySelectorAll("button[data-read-aloud]");
    var synth = window.speechSynthesis;
    if (!buttons.length || !synth || typeof window.SpeechSynthesisUtterance !== "function") return;
    var speaking = null; /* the button whose text is being read */
    var run = 0;         /* bumped on every stop: late events of a cancelled run are ignored */

    function norm(code) { return String(code || "").toLowerCase().replace(/_/g, "-"); }

    /* The best voice for a language ("vi" matches "vi-VN"): the exact tag first, then one
       installed on the device (works offline) over a network one, then the default. */
    function voiceFor(language) {
      var wanted = norm(language);
      if (!wanted) return null;
      var base = wanted.split("-")[0];
      var best = null;
      var bestScore = -1;
      each(synth.getVoices() || [], function (voice) {
        var have = norm(voice.lang);
        if (have.split("-")[0] !== base) return;
        var score = (have === wanted ? 4 : 0) + (voice.localService ? 2 : 0) + (voice["default"] ? 1 : 0);
        if (score > bestScore) { best = voice; bestScore = score; }
      });
      return best;
    }

    function targetOf(button) { return document.getElementById(button.getAttribute("data-read-aloud")); }

    function show(button, speakingNow) {
      var label = button.querySelector(".read-aloud__label") || button;
      if (!button.hasAttribute("data-label-start")) button.setAttribute("data-label-start", label.textContent);
      label.textContent = button.getAttribute(speakingNow ? "data-label-stop" : "data-label-start");
      button.classList.toggle("is-speaking", speakingNow);
    }

    function stop() {
      run += 1;
      if (speaking) { show(speaking, false); speaking = null; }
      if (synth.speaking || synth.pending) synth.cancel();
    }
    stopSpeaking = stop;

    function speak(button) {
      stop();
      var target = targetOf(button);
      var voice = target ? voiceFor(languageOf(target)) : null;
      var chunks = target ? speechChunks(speechText(target)) : [];
      if (!voice || !chunks.length) return;
      var mine = run;
      function finished() { if (mine === run) stop(); }
      pauseOtherMedia(null);
      speaking = button;
      show(button, true);
      chunks.forEach(function (chunk, index) {
        var utterance = new window.SpeechSynthesisUtterance(chunk);
        utterance.voice = voice;
        utterance.lang = voice.lang;
        utterance.rate = 0.9; /* a little slower than the default: easier to follow */
        utterance.onerror = finished;
        if (index === chunks.length - 1) utterance.onend = finished;
        synth.speak(utterance);
      });
    }

    /* Show a button only where it can speak; called again whenever the voices change. */
    function refresh() {
      each(buttons, function (button) {
        var target = targetOf(button);
        var usable = !!(target && voiceFor(languageOf(target)));
        if (!usable && speaking === button) stop();
        button.hidden = !usable;
        var wrapper = button.closest(".read-aloud");
        if (wrapper) wrapper.hidden = !usable;
      });
    }

    each(buttons, function (button) {
      button.addEventListener("click", function () {
        if (speaking === button) { stop(); } else { speak(button); }
      });
    });
    if (typeof synth.addEventListener === "function") {
      synth.addEventListener("voiceschanged", refresh);
    } else {
      synth.onvoiceschanged = refresh;
    }
    /* Leaving the page: browsers keep speaking otherwise. */
    window.addEventListener("pagehide", stop);
    refresh();
  }

  /* 7. Offline reading: the service worker (/sw.js, kiosks app) keeps the pages opened here.
     The page being read loaded before the worker took over, so it is handed over to keep. */
  function initOffline() {
    var url = document.documentElement.getAttribute("data-sw");
    if (!url || !("serviceWorker" in navigator)) return;
    navigator.serviceWorker.register(url, { scope: "/" }).catch(function () {});
    navigator.serviceWorker.ready.then(function (registration) {
      if (registration.active) {
        registration.active.postMessage({ type: "cache-pages", urls: [window.location.pathname + window.location.search] });
      }
    });
  }

  function init() {
    initOffline();
    initSteps();
    initQuiz();
    initPrint();
    initChapters();
    initOneSound();
    initReadAloud();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
