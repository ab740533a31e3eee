// What the citizen's page costs a phone, as sent (gzip): the HTML and CSS
// alone (JavaScript off), and with the JS and WASM that hydrate it.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { startServer, phone } from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(() => server?.stop());

/** Bytes on the wire for `path`, asking for gzip. */
function wireBytes(base, path) {
  return new Promise((ok, fail) => {
    http.get(`${base}${path}`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
      let n = 0;
      res.on('data', (c) => { n += c.length; });
      res.on('end', () => ok({
        status: res.statusCode, bytes: n, encoding: res.headers['content-encoding'], cache: res.headers['cache-control'] ?? '',
      }));
    }).on('error', fail);
  });
}

/** The page's HTML, uncompressed. */
async function htmlOf(base, path) {
  const res = await fetch(`${base}${path}`);
  assert.equal(res.status, 200);
  return res.text();
}

test('page weight of /s/demo, with content-hashed files cached for good', async () => {
  const page = await htmlOf(server.base, '/s/demo');
  // The page names its files by their content's hash.
  const hashed = (ext) => {
    const m = page.match(new RegExp(`/pkg/persepsi\\.[0-9a-f]{16}\\.${ext}`));
    assert.ok(m, `the page names a content-hashed .${ext}`);
    return m[0];
  };
  const [cssPath, jsPath, wasmPath] = [hashed('css'), hashed('js'), hashed('wasm')];
  const html = await wireBytes(server.base, '/s/demo');
  const css = await wireBytes(server.base, cssPath);
  const js = await wireBytes(server.base, jsPath);
  const wasm = await wireBytes(server.base, wasmPath);
  for (const r of [html, css, js, wasm]) {
    assert.equal(r.status, 200);
    assert.equal(r.encoding, 'gzip');
  }
  for (const r of [css, js, wasm]) {
    assert.match(r.cache, /max-age=31536000/);
    assert.match(r.cache, /immutable/);
  }
  assert.match(html.cache, /no-store/, 'the page itself is never cached (it holds a fresh token)');
  const off = html.bytes + css.bytes;
  const on = off + js.bytes + wasm.bytes;
  console.log(`page weight /s/demo (gzip): html ${html.bytes} B, css ${css.bytes} B, js ${js.bytes} B, wasm ${wasm.bytes} B`);
  console.log(`page weight /s/demo (gzip): JavaScript off ${(off / 1024).toFixed(1)} KB, on ${(on / 1024).toFixed(1)} KB`);
  assert.ok(off <= 20 * 1024, `JavaScript off: ${off} B over the 20 KB budget`);
  assert.ok(on <= 150 * 1024, `JavaScript on: ${on} B over the 150 KB budget`);
});

test('a second visit fetches only the page: the files come from the phone', async () => {
  // Without the service worker, to see the browser's own cache at work.
  const { context, close } = await phone({ javaScriptEnabled: true, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const fetched = [];
    const fromCache = new Set();
    cdp.on('Network.requestServedFromCache', (e) => fromCache.add(e.requestId));
    cdp.on('Network.responseReceived', (e) => {
      if (e.response.url.includes('/pkg/') && !e.response.fromDiskCache && !fromCache.has(e.requestId)) {
        fetched.push(e.response.url);
      }
    });
    await page.goto(`${server.base}/s/demo`);
    await page.waitForSelector('.progress[data-ready="true"]');
    const first = fetched.length;
    assert.ok(first >= 3, `the first visit fetches the css, js and wasm (${fetched.join(', ')})`);
    fetched.length = 0;
    await page.goto(`${server.base}/s/demo?u=dukcapil`);
    await page.waitForSelector('.progress[data-ready="true"]');
    assert.deepEqual(fetched, [], 'nothing under /pkg/ fetched again');
  } finally {
    await close();
  }
});
