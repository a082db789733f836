/* Helper mode for the community digital teams: larger text, a simpler page (static/css/site.css,
   .helper-mode). Loaded in <head>, not deferred, so a remembered helper mode applies before the
   first paint. Remembered in this browser only (localStorage); a kiosk forgets it when it resets.
   Without this script the switch is a link to /ho-tro/, which counts the session on the server. */
(function () {
  "use strict";

  var ON_KEY = "dls:ho-tro";
  var COMMUNE_KEY = "dls:ho-tro:xa";
  var root = document.documentElement;

  function load(key) {
    try { return window.localStorage.getItem(key); } catch (e) { return null; }
  }
  function save(key, value) {
    try {
      if (value === null) window.localStorage.removeItem(key);
      else window.localStorage.setItem(key, value);
    } catch (e) { /* blocked storage: helper mode lasts for this page only */ }
  }

  if (load(ON_KEY) === "1") root.classList.add("helper-mode");

  function setMode(on, switches) {
    root.classList.toggle("helper-mode", on);
    save(ON_KEY, on ? "1" : null);
    Array.prototype.forEach.call(switches, function (link) {
      link.setAttribute("aria-pressed", on ? "true" : "false");
    });
  }

  /* One assisted session counted on the server; the commune comes from the kiosk or from the
     helper's earlier choice on /ho-tro/. Resolves to false when the server does not know it. */
  function countSession(url, commune) {
    var body = new FormData();
    body.append("xa", commune);
    return window.fetch(url, {
      method: "POST",
      body: body,
      credentials: "omit",
      headers: { Accept: "application/json" }
    }).then(function (response) { return response.status !== 400; }, function () { return true; });
  }

  function initSwitches() {
    var switches = document.querySelectorAll("[data-helper-switch]");
    Array.prototype.forEach.call(switches, function (link) {
      link.setAttribute("role", "button");
      link.setAttribute("aria-pressed", root.classList.contains("helper-mode") ? "true" : "false");
      link.addEventListener("click", function (event) {
        if (root.classList.contains("helper-mode")) {
          event.preventDefault();
          setMode(false, switches);
          return;
        }
        var commune = document.body.getAttribute("data-kiosk-commune") || load(COMMUNE_KEY);
        if (!commune || typeof window.fetch !== "function") return; /* /ho-tro/ asks for the commune */
        event.preventDefault();
        countSession(link.getAttribute("data-helper-count"), commune).then(function (known) {
          if (known) {
            setMode(true, switches);
          } else {
            save(COMMUNE_KEY, null);
            window.location.href = link.href;
          }
        });
      });
    });
  }

  function initStartForm() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-helper-start]"), function (form) {
      form.addEventListener("submit", function () {
        var choice = form.querySelector("select");
        if (choice && choice.value) save(COMMUNE_KEY, choice.value);
        save(ON_KEY, "1");
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    initSwitches();
    initStartForm();
  });
})();
