/* Đắk Lắk số — kiosk mode. Loaded by base.html only while the browser is a kiosk (the start
   page /kiosk/<slug>/ sets a session cookie; <body data-kiosk…> carries the settings).
   1. Privacy between strangers: after data-kiosk-idle seconds without a touch, forget everything
      (search text, step ticks, quiz answers, scroll, history) and go back to the start screen.
   2. On the start screen, when idle: an attract loop cycling the featured guides and news.
   3. Nothing leaves the site: a link to another host opens a dialog with its QR code instead.
   4. The on-screen Vietnamese keyboard for the search box.
   5. A heartbeat to /kiosk/<slug>/heartbeat/ so the admin sees the kiosk is alive.
   Same-origin navigation replaces the current history entry, so the kiosk's history never
   grows and Back cannot lead into an earlier visitor's pages. No library, no inline script. */
(function () {
  "use strict";

  var body = document.body;
  if (!body || !body.hasAttribute("data-kiosk")) return;

  var HOME = body.getAttribute("data-kiosk-home") || "/";
  var IDLE_MS = Math.max(5, parseInt(body.getAttribute("data-kiosk-idle"), 10) || 90) * 1000;
  var HEARTBEAT_MS = 60 * 1000;
  var ATTRACT_STEP_MS = 5000;
  var SESSION_KEY = "dls:kiosk:phien";
  var onStart = !!document.querySelector("[data-kiosk-start]");

  function each(list, fn) { Array.prototype.forEach.call(list, fn); }

  /* --- 1. Forget everything and go back to the start screen --------------------------- */

  function forgetStorage(storage) {
    try {
      if (!storage) return;
      var keys = [];
      for (var i = 0; i < storage.length; i += 1) keys.push(storage.key(i));
      /* The site's keys start with "dls:" (step ticks "dls:buoc:<path>"); on a kiosk nothing
         else of this site's is worth keeping either. */
      keys.forEach(function (key) { storage.removeItem(key); });
    } catch (e) { /* blocked storage: nothing to forget */ }
  }

  function forgetPage() {
    each(document.querySelectorAll("input, textarea, select"), function (field) {
      if (field.type === "checkbox" || field.type === "radio") { field.checked = false; }
      else if (field.type !== "hidden" && field.type !== "submit" && field.type !== "button") { field.value = ""; }
    });
    each(document.querySelectorAll("dialog[open]"), function (dialog) { dialog.close(); });
    window.scrollTo(0, 0);
  }

  function reset() {
    forgetPage();
    forgetStorage(window.localStorage);
    forgetStorage(window.sessionStorage);
    /* replace(): the page being left is not kept in history. */
    window.location.replace(HOME + (HOME.indexOf("?") === -1 ? "?" : "&") + "moi=1");
  }

  /* A new visitor session starts on the start screen after a reset; a page restored from the
     back/forward cache that belongs to another session goes straight back to the start. */
  function sessionId() {
    try { return window.sessionStorage.getItem(SESSION_KEY); } catch (e) { return null; }
  }
  (function markSession() {
    var id = sessionId();
    if (!id) {
      id = String(Date.now()) + Math.random().toString(16).slice(2);
      try { window.sessionStorage.setItem(SESSION_KEY, id); } catch (e) { /* ignore */ }
    }
    body.setAttribute("data-kiosk-session", id);
    window.addEventListener("pageshow", function (event) {
      if (event.persisted && sessionId() !== body.getAttribute("data-kiosk-session")) reset();
    });
  })();

  /* Arriving through a reset: clean address bar, top of the page, attract loop at once. */
  var arrivedIdle = /[?&]moi=1\b/.test(window.location.search);
  if (arrivedIdle && window.history && history.replaceState) {
    history.replaceState(null, "", window.location.pathname);
  }

  var idleTimer = null;
  function mediaPlaying() {
    return Array.prototype.some.call(document.querySelectorAll("video, audio"), function (media) {
      return !media.paused && !media.ended;
    }) || !!(window.speechSynthesis && window.speechSynthesis.speaking);
  }
  function idle() {
    if (mediaPlaying()) { activity(); return; } /* someone is watching or listening */
    if (onStart) {
      /* Already at the start: forget what was typed here, then invite the next visitor. */
      forgetPage();
      forgetStorage(window.localStorage);
      startAttract();
    } else {
      reset();
    }
  }
  function activity() {
    stopAttract();
    window.clearTimeout(idleTimer);
    idleTimer = window.setTimeout(idle, IDLE_MS);
  }
  ["pointerdown", "keydown", "touchstart", "wheel", "input"].forEach(function (name) {
    document.addEventListener(name, activity, { capture: true, passive: true });
  });

  /* --- 2. The attract loop ------------------------------------------------------------ */

  var attract = document.querySelector("[data-attract]");
  var attractTimer = null;
  var attractIndex = 0;
  function showAttractItem(index) {
    var items = attract.querySelectorAll("[data-attract-item]");
    if (!items.length) return;
    attractIndex = index % items.length;
    each(items, function (item, i) { item.hidden = i !== attractIndex; });
    attract.setAttribute("data-attract-index", String(attractIndex));
  }
  function startAttract() {
    if (!attract || !attract.hidden) return;
    attract.hidden = false;
    body.classList.add("is-attracting");
    showAttractItem(0);
    attractTimer = window.setInterval(function () { showAttractItem(attractIndex + 1); }, ATTRACT_STEP_MS);
  }
  function stopAttract() {
    if (!attract || attract.hidden) return;
    window.clearInterval(attractTimer);
    attract.hidden = true;
    body.classList.remove("is-attracting");
  }

  /* --- 3. Links: outside hosts become a QR code; this site's replace the history entry ----- */

  var dialog = document.querySelector("[data-kiosk-qr-dialog]");
  var qrEndpoint = body.getAttribute("data-kiosk-qr") || "/qr.svg";

  function showQr(url) {
    if (!dialog) return;
    var holder = dialog.querySelector("[data-kiosk-qr-code]");
    var label = dialog.querySelector("[data-kiosk-qr-url]");
    holder.innerHTML = "";
    label.textContent = url;
    var image = document.createElement("img");
    image.alt = "Mã QR của " + url;
    image.width = 240;
    image.height = 240;
    image.src = qrEndpoint + "?url=" + encodeURIComponent(url);
    image.addEventListener("error", function () { image.hidden = true; });
    holder.appendChild(image);
    if (typeof dialog.showModal === "function") { dialog.showModal(); } else { dialog.setAttribute("open", ""); }
  }

  document.addEventListener("click", function (event) {
    if (event.defaultPrevented || event.button !== 0) return;
    var link = event.target.closest ? event.target.closest("a[href]") : null;
    if (!link) return;
    var url;
    try { url = new URL(link.href, window.location.href); } catch (e) { return; }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      event.preventDefault(); /* tel:, mailto:, app links: nothing to open on a kiosk */
      return;
    }
    event.preventDefault();
    if (url.origin !== window.location.origin) { showQr(url.href); return; }
    if (url.pathname === window.location.pathname && url.search === window.location.search && url.hash) {
      window.location.hash = url.hash; /* same page: jump, no new entry worth keeping */
      return;
    }
    window.location.replace(url.href);
  });

  /* Forms (search): GET forms of this site also replace the entry; outside ones are blocked. */
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (event.defaultPrevented || !form || (form.method || "get").toLowerCase() !== "get") return;
    var action;
    try { action = new URL(form.action || window.location.href, window.location.href); } catch (e) { return; }
    event.preventDefault();
    if (action.origin !== window.location.origin) return;
    action.search = new URLSearchParams(new FormData(form)).toString();
    window.location.replace(action.href);
  });

  /* Pages opened in a new window would escape the kiosk. */
  window.open = function (url) { if (url) showQr(new URL(url, window.location.href).href); return null; };

  /* --- 4. The on-screen keyboard ------------------------------------------------------- */

  var VOWELS = "aăâeêioôơuưy";
  var MODIFIED = "ăâêôơư";
  var TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

  function bare(ch) { return ch.normalize("NFD").replace(TONES, "").normalize("NFC"); }
  function isVowel(ch) { return VOWELS.indexOf(bare(ch).toLowerCase()) !== -1; }

  /* Where the tone goes in a syllable: on the modified vowel (ơ in ươ), else on the last vowel
     when a consonant follows or a single vowel, else on the first of two ("hòa", "mùa", "tài").
     "qu" and "gi" before a vowel count as consonants. */
  function toneIndex(word) {
    var lower = word.toLowerCase();
    var start = 0;
    if (/^qu/.test(lower) || (/^gi/.test(lower) && lower.length > 2 && isVowel(lower[2]))) start = 2;
    var first = -1, last = -1;
    for (var i = start; i < word.length; i += 1) {
      if (isVowel(word[i])) { if (first === -1) first = i; last = i; }
      else if (first !== -1) break;
    }
    if (first === -1) return -1;
    var chosen = -1;
    for (var j = first; j <= last; j += 1) if (MODIFIED.indexOf(bare(word[j]).toLowerCase()) !== -1) chosen = j;
    if (chosen !== -1) return chosen;
    if (first === last || last < word.length - 1) return last;
    if (last - first >= 2) return first + 1; /* "khuya", "ngoai" */
    return first;
  }

  function applyTone(text, mark) {
    var match = /(\S+)$/.exec(text);
    if (!match) return text;
    var word = match[1].normalize("NFC");
    var chars = Array.from(word);
    var index = toneIndex(chars.join("") === word ? word : chars.join(""));
    if (index === -1) return text;
    var plain = chars.map(function (ch) { return bare(ch); });
    var hadSame = chars[index] !== plain[index] && (chars[index].normalize("NFD").indexOf(mark) !== -1);
    if (!hadSame) plain[index] = (plain[index] + mark).normalize("NFC"); /* pressing it again removes it */
    return text.slice(0, text.length - match[1].length) + plain.join("");
  }

  function initKeyboard() {
    var keyboard = document.querySelector("[data-osk]");
    var input = document.getElementById("kiosk-q");
    if (!keyboard || !input) return;
    var echo = keyboard.querySelector("[data-osk-echo]");
    input.setAttribute("inputmode", "none"); /* the device's own keyboard would cover the screen */
    keyboard.hidden = false;

    function set(value, spoken) {
      input.value = value.slice(0, 200);
      input.dispatchEvent(new Event("input", { bubbles: true }));
      if (echo) echo.textContent = spoken || input.value;
    }

    keyboard.addEventListener("click", function (event) {
      var key = event.target.closest ? event.target.closest("button") : null;
      if (!key) return;
      var value = input.value;
      if (key.hasAttribute("data-key")) { set(value + key.getAttribute("data-key")); }
      else if (key.hasAttribute("data-tone")) { set(applyTone(value, key.getAttribute("data-tone"))); }
      else if (key.getAttribute("data-action") === "space") { set(value.replace(/\s*$/, "") + " ", key.textContent); }
      else if (key.getAttribute("data-action") === "delete") { set(Array.from(value).slice(0, -1).join("")); }
      else if (key.getAttribute("data-action") === "search") {
        if (typeof input.form.requestSubmit === "function") { input.form.requestSubmit(); } else { input.form.submit(); }
      }
    });
  }

  /* --- 5. Heartbeat --------------------------------------------------------------------- */

  function heartbeat() {
    var url = body.getAttribute("data-kiosk-heartbeat");
    if (!url || !window.fetch) return;
    var data = new FormData();
    data.append("token", body.getAttribute("data-kiosk-token") || "");
    data.append("version", body.getAttribute("data-kiosk-version") || "");
    window.fetch(url, { method: "POST", body: data, credentials: "omit", cache: "no-store" }).catch(function () {});
  }

  /* The service worker keeps the kiosk's featured pages for a network cut. */
  function cacheFeatured() {
    if (!onStart || !("serviceWorker" in navigator)) return;
    var urls = [window.location.pathname];
    each(document.querySelectorAll(".kiosk-tile[href]"), function (link) { urls.push(link.getAttribute("href")); });
    navigator.serviceWorker.ready.then(function (registration) {
      if (registration.active) registration.active.postMessage({ type: "cache-pages", urls: urls });
    });
  }

  function init() {
    initKeyboard();
    activity();
    if (onStart && arrivedIdle) startAttract();
    heartbeat();
    window.setInterval(heartbeat, HEARTBEAT_MS);
    cacheFeatured();
  }

  /* For the browser tests and the curious: the tone placement, exposed read-only. */
  window.dlsKiosk = { applyTone: applyTone };

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
