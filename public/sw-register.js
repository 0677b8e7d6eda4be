// Installs the service worker (public/sw.js) where the browser has them; nothing else.
if ("serviceWorker" in navigator) {
  navigator.serviceWorker.register("/sw.js").catch(() => {});
}
