// Treffpunkt's service worker: keeps the app shell and the young person's own registrations on
// the phone, so that "My registrations" (times and venues) opens without a connection, and a
// form that cannot be sent offline says so instead of showing the browser's error.
const CACHE = "treffpunkt-v1";
const SHELL = ["/offline", "/pkg/treffpunkt.css", "/favicon.svg", "/manifest.webmanifest"];

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.filter((name) => name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

async function offlinePage(status) {
  const page = await caches.match("/offline");
  if (!page) return Response.error();
  return new Response(page.body, { status, headers: page.headers });
}

// Pages: always the network first (fresh places and times); the last copy of "My registrations"
// and of the shell is kept for when there is none.
async function page(request) {
  const url = new URL(request.url);
  const keep = url.pathname === "/me" || SHELL.includes(url.pathname);
  try {
    const response = await fetch(request);
    if (keep && response.ok) {
      const cache = await caches.open(CACHE);
      await cache.put(url.pathname, response.clone());
    }
    return response;
  } catch {
    return (await caches.match(url.pathname)) || offlinePage(503);
  }
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (new URL(request.url).origin !== self.location.origin) return;
  if (request.method === "POST" && new URL(request.url).pathname === "/logout") {
    // Signing out takes the kept copy of "My registrations" off the phone too: it may be shared.
    event.waitUntil(caches.open(CACHE).then((cache) => cache.delete("/me")));
  }
  if (request.method !== "GET") {
    // A form post offline: the page that says it was not sent (what was typed stays in the form
    // when the person goes back).
    event.respondWith(fetch(request).catch(() => offlinePage(503)));
    return;
  }
  event.respondWith(page(request));
});
