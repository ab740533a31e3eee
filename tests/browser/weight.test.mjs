// What the citizen's page costs a phone, as sent (gzip): the HTML and CSS
// alone (JavaScript off), and with the JS and WASM that hydrate it.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { startServer } from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(() => server?.stop());

/** Bytes on the wire for `path`, asking for gzip. */
function wireBytes(base, path) {
  return new Promise((ok, fail) => {
    http.get(`${base}${path}`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
      let n = 0;
      res.on('data', (c) => { n += c.length; });
      res.on('end', () => ok({ status: res.statusCode, bytes: n, encoding: res.headers['content-encoding'] }));
    }).on('error', fail);
  });
}

test('page weight of /s/demo', async () => {
  const html = await wireBytes(server.base, '/s/demo');
  const css = await wireBytes(server.base, '/pkg/persepsi.css');
  const js = await wireBytes(server.base, '/pkg/persepsi.js');
  const wasm = await wireBytes(server.base, '/pkg/persepsi.wasm');
  for (const r of [html, css, js, wasm]) {
    assert.equal(r.status, 200);
    assert.equal(r.encoding, 'gzip');
  }
  const off = html.bytes + css.bytes;
  const on = off + js.bytes + wasm.bytes;
  console.log(`page weight /s/demo (gzip): html ${html.bytes} B, css ${css.bytes} B, js ${js.bytes} B, wasm ${wasm.bytes} B`);
  console.log(`page weight /s/demo (gzip): JavaScript off ${(off / 1024).toFixed(1)} KB, on ${(on / 1024).toFixed(1)} KB`);
  assert.ok(off <= 20 * 1024, `JavaScript off: ${off} B over the 20 KB budget`);
  assert.ok(on <= 150 * 1024, `JavaScript on: ${on} B over the 150 KB budget`);
});
