/* Đắk Lắk số — service worker, served at /sw.js by kiosks.views.service_worker (version {{ version }}).
   Static files (CSS, JS, pictures): from the cache at once, refreshed in the background.
   Pages: from the network, the copy kept for a network cut; without network, the kept copy, else
   the offline page. Kept: the app shell, the pages a kiosk features, every page visited. */
"use strict";

var VERSION = "{{ version|escapejs }}";
var SHELL_CACHE = "dls-shell-" + VERSION;
var PAGE_CACHE = "dls-pages-v1";
var STATIC_CACHE = "dls-static-v1";
var SHELL = [{% for url in shell %}"{{ url|escapejs }}"{% if not forloop.last %}, {% endif %}{% endfor %}];
var OFFLINE_URL = "{{ offline_url|escapejs }}";
var STATIC_URL = "{{ static_url|escapejs }}";
var MAX_PAGES = 60;
var NOT_KEPT = [/(^|\/)search\/$/, /(^|\/)kiosk\/[^/]+\/heartbeat\/$/]; /* searches are private on a kiosk */
var NEVER = [/^\/admin\//, /^\/django-admin\//, /^\/api\//, /\/heartbeat\/$/, /^\/documents\//, /^\/media\//, /^\/sw\.js$/];

self.addEventListener("install", function (event) {
  event.waitUntil(caches.open(SHELL_CACHE).then(function (cache) { return cache.addAll(SHELL); }).then(function () {
    return self.skipWaiting();
  }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return name.indexOf("dls-shell-") === 0 && name !== SHELL_CACHE;
    }).map(function (name) { return caches.delete(name); }));
  }).then(function () { return self.clients.claim(); }));
});

function trim(cache) {
  return cache.keys().then(function (keys) {
    if (keys.length <= MAX_PAGES) return null;
    return Promise.all(keys.slice(0, keys.length - MAX_PAGES).map(function (key) { return cache.delete(key); }));
  });
}

function keepPage(request, response) {
  if (!response || !response.ok || response.type !== "basic") return Promise.resolve();
  var path = new URL(request.url).pathname;
  if (NOT_KEPT.some(function (pattern) { return pattern.test(path); })) return Promise.resolve();
  var type = response.headers.get("Content-Type") || "";
  if (type.indexOf("text/html") === -1) return Promise.resolve();
  return caches.open(PAGE_CACHE).then(function (cache) {
    return cache.put(request, response).then(function () { return trim(cache); });
  });
}

/* Pages: network first (an updated guide replaces its stale copy), the kept copy when offline. */
function page(event) {
  var request = event.request;
  return fetch(request).then(function (response) {
    event.waitUntil(keepPage(request, response.clone()));
    return response;
  }).catch(function () {
    return caches.match(request, { ignoreVary: true }).then(function (kept) {
      return kept || caches.match(OFFLINE_URL);
    });
  });
}

/* Static files: cache first, refreshed in the background (stale while revalidate). */
function staticFile(event) {
  var request = event.request;
  return caches.match(request).then(function (kept) {
    var fresh = fetch(request).then(function (response) {
      if (response && response.ok) {
        var copy = response.clone();
        event.waitUntil(caches.open(STATIC_CACHE).then(function (cache) { return cache.put(request, copy); }));
      }
      return response;
    });
    if (kept) { event.waitUntil(fresh.catch(function () {})); return kept; }
    return fresh;
  });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET") return;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (NEVER.some(function (pattern) { return pattern.test(url.pathname); })) return;
  if (url.pathname.indexOf(STATIC_URL) === 0) { event.respondWith(staticFile(event)); return; }
  if (request.mode === "navigate" || (request.headers.get("Accept") || "").indexOf("text/html") !== -1) {
    event.respondWith(page(event));
  }
});

/* From a page: {type: "cache-pages", urls: [...]}: keep these (the page just opened, which
   loaded before this worker took over, and a kiosk's featured pages). */
self.addEventListener("message", function (event) {
  var data = event.data || {};
  if (data.type !== "cache-pages" || !Array.isArray(data.urls)) return;
  var urls = data.urls.slice(0, 30).filter(function (href) {
    try { return new URL(href, self.location.origin).origin === self.location.origin; } catch (e) { return false; }
  });
  event.waitUntil(Promise.all(urls.map(function (href) {
    var request = new Request(new URL(href, self.location.origin).href, { credentials: "same-origin" });
    return fetch(request).then(function (response) { return keepPage(request, response); }).catch(function () {});
  })));
});
