// Starts the real `persepsi` binary on a fresh SQLite database with the demo
// data, and Debian's Chromium headless with a fresh profile.

import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const bin = process.env.PERSEPSI_BIN ?? join(repoRoot, 'target/debug/persepsi');
const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** The databases the browser tests that store run on: SQLite, and
 * PostgreSQL when `TEST_DATABASE_URL` names a server (as `make test` does). */
export const DATABASES = process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

/** A fresh, empty PostgreSQL database named as the integration tests name
 * theirs (`persepsi_t_<secs>_<hex>`, so an interrupted run's is swept):
 * its URL, and how to drop it. */
function freshPostgres() {
  const admin = process.env.TEST_DATABASE_URL;
  const name = `persepsi_t_${Math.floor(Date.now() / 1000)}_${randomBytes(16).toString('hex')}`;
  execFileSync('psql', [admin, '-q', '-c', `CREATE DATABASE "${name}"`], { stdio: 'ignore' });
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const drop = () => execFileSync('psql', [admin, '-q', '-c', `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`], { stdio: 'ignore' });
  return { url: url.toString(), drop };
}

/**
 * Starts a server; resolves to { base, stop }. `responses`: made-up
 * responses per demo survey (with any, the demo's year of publication and
 * follow-up is loaded too). `db`: `sqlite` (a file of its own) or
 * `postgres` (a database of its own on TEST_DATABASE_URL's server).
 */
export async function startServer({ responses = 0, env: extra = {}, db = 'sqlite' } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'persepsi-browser-'));
  const pg = db === 'postgres' ? freshPostgres() : null;
  const env = {
    ...process.env,
    DATABASE_URL: pg ? pg.url : `sqlite://${dir}/persepsi.db`,
    PERSEPSI_PROOF_STORE: join(dir, 'proofs'),
    LEPTOS_SITE_ROOT: process.env.LEPTOS_SITE_ROOT ?? join(repoRoot, 'target/site'),
    RUST_LOG: 'warn',
    // A scripted browser answers in about a second, which the server
    // rightly flags as too fast for a person; these tests count scores.
    PERSEPSI_MIN_FILL_SECONDS: '0',
    PERSEPSI_FILL_SECONDS_PER_QUESTION: '0',
    // Every test answers from 127.0.0.1, often alike: the flood signals
    // have tests of their own.
    PERSEPSI_BURST_FLOOR: '1000000',
    PERSEPSI_REPEAT_FLOOR: '1000000',
    // A scripted kiosk serves respondents seconds apart.
    PERSEPSI_KIOSK_PACE_SECONDS: '0',
    ...extra,
  };
  execFileSync(bin, ['demo', '--responses', String(responses)], { env, cwd: repoRoot, stdio: 'ignore' });
  const proc = spawn(bin, ['serve', '--addr', '127.0.0.1:0'], { env, cwd: repoRoot });
  let log = '';
  proc.stderr.on('data', (d) => { log += d; });
  const base = await new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`server did not start:\n${log}`)), 30_000);
    proc.stdout.on('data', (d) => {
      const m = String(d).match(/on (http:\/\/127\.0\.0\.1:\d+)/);
      if (m) { clearTimeout(timer); ok(m[1]); }
    });
    proc.on('exit', (code) => fail(new Error(`server exited with ${code}:\n${log}`)));
  });
  return {
    base,
    log: () => log,
    // WITH (FORCE) ends the server's own connections to its database.
    stop: () => { proc.kill('SIGTERM'); rmSync(dir, { recursive: true, force: true }); pg?.drop(); },
  };
}

/** A fresh Chromium profile at phone size; `javaScriptEnabled` as given. */
export async function phone({ javaScriptEnabled, locale = 'id-ID', serviceWorkers = 'allow' }) {
  const profile = mkdtempSync(join(tmpdir(), 'persepsi-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
    ],
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
    javaScriptEnabled,
    locale,
    serviceWorkers,
    acceptDownloads: true,
    downloadsPath: join(profile, 'downloads'),
  });
  const close = async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); };
  return { context, close };
}

/** The score as the API reports it. */
export async function score(base, slug) {
  const res = await fetch(`${base}/api/v1/surveys/${slug}/score`);
  return res.json();
}

/** WCAG 2.1 A and AA violations axe-core finds on the page, as lines. */
export async function axeViolations(page) {
  // Evaluated rather than added as a <script>: the pages' Content-Security-
  // Policy refuses inline scripts without their nonce.
  await page.evaluate(readFileSync(join(repoRoot, 'tests/browser/node_modules/axe-core/axe.min.js'), 'utf8'));
  const found = await page.evaluate(async () => {
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
  });
  return found;
}

/** The demo account of each role (password `persepsi-demo`). */
export const ACCOUNTS = {
  admin: 'admin@demo.persepsi.id',
  manager: 'klungkung@demo.persepsi.id',
  /** Manages Balikpapan, whose SKM carries the demo's year. */
  yearManager: 'balikpapan@demo.persepsi.id',
  assessor: 'penilai@demo.persepsi.id',
  /** Collects interviews and sees nothing else. */
  enumerator: 'pencacah@demo.persepsi.id',
};

/**
 * Signs `page` in as the demo account of `role` through the sign-in form,
 * as a person would, and waits for the page it leads to (`next`, default
 * `/admin`).
 */
export async function signedIn(page, base, role, { next = '/admin' } = {}) {
  const email = ACCOUNTS[role];
  if (!email) throw new Error(`no demo account for the role ${role}`);
  await page.goto(`${base}/admin/login?next=${encodeURIComponent(next)}`);
  await page.fill('#in-email', email);
  await page.fill('#in-password', 'persepsi-demo');
  await Promise.all([
    page.waitForURL(`${base}${next}`),
    page.click('form.admin-form button[type=submit]'),
  ]);
  return page;
}
