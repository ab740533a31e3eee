// The Nu HTML checker (vnu.jar, from npm's vnu-jar, run by the system's
// Java) reads the public pages as the server sends them: zero errors.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { startServer } from './harness.mjs';

const vnu = createRequire(import.meta.url)('vnu-jar');

/** Pages a citizen (or a passer-by) can reach, with the status each has. */
const PAGES = [
  ['/', 200],
  ['/?lang=en', 200],
  ['/s/demo', 200],
  ['/s/demo?lang=en', 200],
  ['/s/demo-skm', 200],
  ['/s/demo-trust', 200],
  ['/s/demo-trust?lang=en', 200],
  ['/p/kab-klungkung', 200],
  ['/p/kab-klungkung?lang=en', 200],
  ['/v/ZZZZZ99999', 404],
  ['/s/demo/thanks', 200],
  ['/s/demo/thanks?lapor', 200],
  ['/s/demo/results', 200],
  ['/s/demo-skm/results?lang=en', 200],
  ['/embed/demo', 200],
  ['/embed/demo/thanks', 200],
  ['/admin/login', 200],
  ['/s/nowhere', 404],
  ['/nowhere', 404],
  ['/s/demo/results?u=dukcapil', 200],
  ['/api/docs', 200],
  ['/api/docs?lang=en', 200],
  ['/kiosk', 200],
  ['/kiosk/pair?code=12345678&lang=en', 200],
];

test('public pages are valid HTML', async () => {
  const server = await startServer();
  const dir = mkdtempSync(join(tmpdir(), 'persepsi-vnu-'));
  try {
    const files = [];
    const fetchPage = async (path, status, init) => {
      const res = await fetch(`${server.base}${path}`, { redirect: 'manual', ...init });
      assert.equal(res.status, status, path);
      const file = join(dir, `page-${files.length}.html`);
      writeFileSync(file, await res.text());
      files.push([file, path]);
    };
    for (const [path, status] of PAGES) await fetchPage(path, status);
    // The form shown again with its messages (nothing answered).
    const form = await (await fetch(`${server.base}/s/demo`)).text();
    const token = form.match(/name="token" value="([^"]+)"/)[1];
    await fetchPage('/s/demo', 422, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token }).toString(),
    });
    let out = '';
    try {
      execFileSync('java', ['-jar', vnu, '--errors-only', '--format', 'json', ...files.map(([f]) => f)], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (e) {
      out = String(e.stderr);
    }
    const names = new Map(files.map(([f, p]) => [`file:${f}`, p]));
    const messages = out ? JSON.parse(out).messages : [];
    const lines = messages.map((m) => `${names.get(m.url) ?? m.url}:${m.lastLine}: ${m.message} ${m.extract ?? ''}`);
    assert.deepEqual(lines, [], `vnu found errors:\n${lines.join('\n')}`);
  } finally {
    server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
