// The photo of the receipt or document, on a 360×740 phone. JavaScript
// off: one post carries the answers and the photo; it is stored and waits
// for an assessor. JavaScript on: a large photo is shrunk on the phone
// before it is sent, and the form with its file field has no axe finding.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, phone, score, axeViolations, signedIn } from './harness.mjs';

const ANSWERS = {
  used_service: 'ya',
  undue_delay: '4',
  no_service: '4',
  procedure: '3',
  abuse_of_authority: 'na',
  incompetence: '4',
  payment_request: '4',
  impropriety: '4',
  discrimination: '4',
  partiality: '3',
  conflict_of_interest: '4',
};

let server;
let dir;
const photos = {};

/** A JPEG drawn by Chromium itself: `noise` makes it large. */
async function makeJpeg(page, width, height, noise, quality) {
  const b64 = await page.evaluate(async ({ width, height, noise, quality }) => {
    const c = document.createElement('canvas');
    c.width = width; c.height = height;
    const ctx = c.getContext('2d');
    const img = ctx.createImageData(width, height);
    for (let i = 0; i < img.data.length; i += 4) {
      const x = (i / 4) % width, y = Math.floor(i / 4 / width);
      img.data[i] = noise ? Math.random() * 255 : x % 256;
      img.data[i + 1] = noise ? Math.random() * 255 : y % 256;
      img.data[i + 2] = noise ? Math.random() * 255 : (x + y) % 256;
      img.data[i + 3] = 255;
    }
    ctx.putImageData(img, 0, 0);
    const blob = await new Promise((ok) => c.toBlob(ok, 'image/jpeg', quality));
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let s = '';
    for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(s);
  }, { width, height, noise, quality });
  return Buffer.from(b64, 'base64');
}

before(async () => {
  server = await startServer();
  dir = mkdtempSync(join(tmpdir(), 'persepsi-photos-'));
  const { context, close } = await phone({ javaScriptEnabled: true });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const small = await makeJpeg(page, 800, 600, false, 0.9);
    const large = await makeJpeg(page, 2000, 1500, true, 0.95);
    assert.ok(large.length > 2_500_000, `the large photo is ${large.length} bytes`);
    photos.small = join(dir, 'karcis.jpg');
    photos.large = join(dir, 'karcis-besar.jpg');
    writeFileSync(photos.small, small);
    writeFileSync(photos.large, large);
    photos.largeBytes = large.length;
  } finally {
    await close();
  }
});
after(() => {
  server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function answerAll(page) {
  for (const [key, value] of Object.entries(ANSWERS)) {
    await page.locator(`label.option:has(input[name="${key}"][value="${value}"])`).click();
  }
}

/** Photos waiting in the assessor's queue. */
async function waiting() {
  const { context, close } = await phone({ javaScriptEnabled: false });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await signedIn(page, server.base, 'assessor', { next: '/admin/proofs' });
    return await page.locator('main table tbody tr').count();
  } finally {
    await close();
  }
}

test('JavaScript off: the answers and the photo go in one post', async () => {
  const before = (await score(server.base, 'demo')).n;
  const queued = await waiting();
  const { context, close } = await phone({ javaScriptEnabled: false });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.base}/s/demo?u=dukcapil`);
    assert.equal(await page.locator('#survey-form').getAttribute('enctype'), 'multipart/form-data');
    assert.match(await page.locator('label[for="in-proof-photo"]').innerText(), /Foto karcis atau dokumen/);
    assert.match(await page.locator('#help-photo').innerText(), /penilai Ombudsman/);
    await answerAll(page);
    await page.setInputFiles('#in-proof-photo', photos.small);
    await Promise.all([page.waitForURL('**/s/demo/thanks*'), page.click('.submit-bar button[type=submit]')]);
    assert.match(await page.locator('h1').innerText(), /Terima kasih/);
  } finally {
    await close();
  }
  assert.equal((await score(server.base, 'demo')).n, before + 1, 'one response');
  assert.equal(await waiting(), queued + 1, 'one photo waiting for review');
});

test('JavaScript on: a large photo is shrunk before it is sent; no axe finding', async (t) => {
  const before = (await score(server.base, 'demo')).n;
  const { context, close } = await phone({ javaScriptEnabled: true });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${server.base}/s/demo?u=dukcapil`);
    await page.locator('.progress[data-ready="true"]').waitFor({ state: 'visible', timeout: 20_000 });
    const found = await axeViolations(page);
    assert.deepEqual(found, [], `the form with its file field:\n${found.join('\n')}`);
    await answerAll(page);
    await page.setInputFiles('#in-proof-photo', photos.large);
    await page.waitForFunction(() => {
      const f = document.getElementById('in-proof-photo').files[0];
      return f && f.size <= 250 * 1024;
    }, null, { timeout: 20_000 });
    let sent = null;
    page.on('request', (r) => {
      if (r.method() === 'POST' && new URL(r.url()).pathname === '/s/demo') sent = r;
    });
    await Promise.all([page.waitForURL('**/s/demo/thanks*'), page.click('.submit-bar button[type=submit]')]);
    assert.ok(sent, 'the form was posted');
    const body = sent.postDataBuffer();
    const length = body ? body.length : Number(await sent.headerValue('content-length'));
    t.diagnostic(`a ${photos.largeBytes}-byte photo went as a ${length}-byte post (${body ? 'its body' : 'its Content-Length'})`);
    assert.ok(length > 0 && length <= 300 * 1024, `the post was ${length} bytes`);
    assert.match(await page.locator('h1').innerText(), /Terima kasih/);
    assert.deepEqual(errors, [], 'no script errors');
  } finally {
    await close();
  }
  assert.equal((await score(server.base, 'demo')).n, before + 1);
});
