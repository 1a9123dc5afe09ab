// Keeps what a person opened for use without a network: the site's look, the offer pages and
// lists, each language's offline page. Pages come from the network first, so they stay fresh.
"use strict";

const CACHE = "wegweiser-v1";
const LANGUAGES = ["de", "en", "ar", "uk", "ru", "tr", "fa", "fr", "ku", "ps", "ti", "so", "ro", "bg", "pl", "sq"];

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(LANGUAGES.map((lang) => `/${lang}/offline`))).then(() => self.skipWaiting())
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.filter((name) => name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim())
  );
});

// Home, offers and lists are kept; searches, the provider area and the API are not.
const kept = (url) => /^\/[a-z]{2}\/(offers\/[a-z0-9-]+|list|)$/.test(url.pathname);

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (url.pathname.startsWith("/static/")) {
    event.respondWith(caches.match(request).then((hit) => hit || fetchAndKeep(request)));
  } else if (request.mode === "navigate") {
    event.respondWith(
      (kept(url) ? fetchAndKeep(request) : fetch(request)).catch(() =>
        caches.match(request).then((hit) => hit || caches.match(`/${url.pathname.slice(1, 3)}/offline`)).then(
          (page) => page || caches.match("/de/offline")
        )
      )
    );
  }
});

function fetchAndKeep(request) {
  return fetch(request).then((response) => {
    if (response.ok) {
      const copy = response.clone();
      caches.open(CACHE).then((cache) => cache.put(request, copy));
    }
    return response;
  });
}
