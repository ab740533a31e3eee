// The survey report in a real browser: Balikpapan's manager opens the
// report of the demo year's latest quarter on a phone, downloads the PDF,
// and the PDF opens (poppler renders its pages), has every section, and
// its figures are the score API's; the previous quarter's action shows
// done beside its element's change. With JavaScript off, and in English,
// the same. An assessor reads it too; another agency's manager gets 404.
// axe-core finds nothing.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, phone, signedIn, axeViolations } from './harness.mjs';

let server;
before(async () => { server = await startServer({ responses: 40 }); });
after(() => server?.stop());

const SECTIONS = [
  'Laporan Hasil Survei', '1. Pendahuluan', '2. Pengumpulan data', '3. Profil responden',
  '4. Hasil', '5. Unsur terlemah dan rencana tindak lanjut',
  '6. Perbandingan dengan periode sebelumnya', '7. Tindak lanjut rencana periode',
  '8. Kesimpulan', 'Lampiran A. Kuesioner', 'Lampiran B. Data olahan', 'Lampiran C. Cara menghitung',
];

const id = (x) => x.toFixed(2).replace('.', ',');
const idCi = ([lo, hi]) => `${id(lo)}–${id(hi)}`;
const oneLine = (text, parts) => text.split('\n').some((l) => parts.every((p) => l.includes(p)));

/** Downloads the report from the page's link; its text and page count. */
async function download(page) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click('a[href*="report.pdf"]')]);
  const path = await file.path();
  assert.match(file.suggestedFilename(), /^laporan-demo-skm-.*\.pdf$/);
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  // Poppler draws every page: the file is a PDF a reader opens.
  const dir = mkdtempSync(join(tmpdir(), 'persepsi-pdf-'));
  try {
    execFileSync('pdftoppm', ['-r', '30', '-png', path, join(dir, 'p')]);
    const pngs = readdirSync(dir);
    assert.ok(pngs.length >= 4, `pages drawn: ${pngs.length}`);
    for (const p of pngs) assert.ok(statSync(join(dir, p)).size > 1000, `${p} is not blank`);
    return { text, pages: pngs.length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the manager downloads the report, and its figures are the API\'s', async () => {
  const { context, close } = await phone({ javaScriptEnabled: true });
  try {
    const page = await context.newPage();
    await signedIn(page, server.base, 'yearManager');
    await page.goto(`${server.base}/admin/s/demo-skm`);
    await page.click('text=Laporan hasil survei');
    await page.waitForURL(/\/admin\/s\/demo-skm\/report/);
    const found = await axeViolations(page);
    assert.deepEqual(found, [], `report page: ${found.join('\n')}`);
    const period = await page.inputValue('#in-period');
    assert.match(period, /^\d{4}-Q[1-4]$/, 'the latest closed quarter is chosen');
    const { text } = await download(page);
    for (const s of SECTIONS) assert.ok(text.includes(s), `${s} in the PDF`);

    const api = await (await fetch(`${server.base}/api/v1/surveys/demo-skm/score?period=${period}`)).json();
    const flat = text.replace(/\s+/g, ' ');
    assert.ok(flat.includes(`Indeks keseluruhan ${id(api.score)} (rentang 95 %: ${idCi(api.ci)}) dari ${api.n} responden`));
    for (const item of api.items) {
      const parts = [String(item.n), id(item.mean), id(item.score), idCi(item.ci)];
      assert.ok(oneLine(text, parts), `element row ${parts}`);
    }
    // The change from the quarter before, and the plan carried out then.
    assert.equal(api.trend.significant, true);
    assert.ok(oneLine(text, [period, `+${id(api.trend.change)} (lebih dari kebetulan)`]));
    assert.ok(text.includes('Loket tambahan pada jam sibuk'));
    assert.ok(oneLine(text, ['U3 Waktu', 'Selesai']), 'the action is done');
    // The print page carries the same figure.
    assert.ok((await page.textContent('main')).includes(id(api.score)));
  } finally {
    await close();
  }
});

test('without JavaScript and in English the report downloads too', async () => {
  const { context, close } = await phone({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await signedIn(page, server.base, 'yearManager');
    await page.goto(`${server.base}/admin/s/demo-skm/report?lang=en`);
    assert.match(await page.textContent('h1'), /Survey Results Report/);
    const { text } = await download(page);
    assert.ok(text.includes('1. Introduction') && text.includes('Annex C.'));
    assert.match(text, /Overall index \d+\.\d\d \(95 % interval: /);
  } finally {
    await close();
  }
});

test('an assessor reads the report from the survey page', async () => {
  const { context, close } = await phone({ javaScriptEnabled: true });
  try {
    const page = await context.newPage();
    await signedIn(page, server.base, 'assessor');
    await page.goto(`${server.base}/admin/s/demo-skm`);
    await page.click('text=Laporan hasil survei');
    await page.waitForURL(/\/admin\/s\/demo-skm\/report/);
    const found = await axeViolations(page);
    assert.deepEqual(found, [], `report page (assessor): ${found.join('\n')}`);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 360, `no sideways scrolling at 360 px (${width})`);
    const { text } = await download(page);
    assert.ok(text.includes('8. Kesimpulan'));
  } finally {
    await close();
  }
});

test('another agency\'s manager finds no report', async () => {
  const { context, close } = await phone({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await signedIn(page, server.base, 'manager');
    const res = await page.goto(`${server.base}/admin/s/demo-skm/report`);
    assert.equal(res.status(), 404);
    const pdf = await page.request.get(`${server.base}/admin/s/demo-skm/report.pdf`);
    assert.equal(pdf.status(), 404);
  } finally {
    await close();
  }
});
