/* Persepsi: keeps the survey form (and a kiosk's page, an interviewer's
   list and forms) with their files so that a reload works without a
   connection. Network first: online, nothing changes. */
const CACHE = 'persepsi-forms-v1';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (e) => e.waitUntil(self.clients.claim()));

// The page sends its own address and its files once it is up.
self.addEventListener('message', (e) => {
  if (!Array.isArray(e.data)) return;
  const urls = e.data.filter((u) => typeof u === 'string' && new URL(u, self.location).origin === self.location.origin);
  e.waitUntil(caches.open(CACHE).then((c) => Promise.all(urls.map((u) =>
    fetch(u, { credentials: 'same-origin' }).then((r) => (r.ok ? c.put(u, r) : null)).catch(() => null)))));
});

self.addEventListener('fetch', (e) => {
  const req = e.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== self.location.origin) return;
  // The citizen's form, a kiosk's page, an interviewer's list and forms.
  if (!/^\/(s\/|embed\/|pkg\/|kiosk$|admin\/interviews(\/|$)|field\.js$)/.test(url.pathname)) return;
  e.respondWith(fetch(req).catch(() => caches.open(CACHE)
    .then((c) => c.match(req.url).then((hit) => hit || c.match(req, { ignoreSearch: true })))
    .then((hit) => hit || Response.error())));
});
