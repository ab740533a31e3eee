# Link to the other language, in that language.
other-language = English

# Submit button.
submit = Kirim jawaban

# Heading of the error summary.
fix-errors = Jawaban belum terkirim. Periksa kembali pertanyaan berikut:

# Unit selector label.
unit-label = Unit layanan yang Anda datangi

# Unit selector placeholder.
unit-choose = Pilih unit layanan

# Unit missing.
unit-required = Pilih unit layanan yang Anda datangi.

# Shown when the token was not valid or expired.
token-stale = Formulir ini sudah terlalu lama terbuka. Jawaban Anda masih ada di bawah; periksa lalu kirim lagi.

# Marks a required question.
required = wajib

# Marks an optional question.
optional = boleh dikosongkan

# Progress: how many questions have an answer, of all.
progress = { $count } dari { $total } pertanyaan wajib sudah dijawab


# Thanks page heading.
thanks-title = Terima kasih!

# Thanks page body.
thanks-body = Jawaban Anda sudah kami terima dan tersimpan.

# Thanks page: what happens next.
thanks-next = Jawaban Anda digabung dengan jawaban warga lain, tanpa nama, untuk menilai mutu layanan unit ini. Hasilnya terbuka untuk umum.

# Link to results.
see-results = Lihat hasil survei

# Results heading.
results-title = Hasil survei

# Label for the score.
score = Nilai

# Label for the number of responses.
responses = Jumlah responden

# Label for the band.
band = Kategori

# No score yet.
no-score = Belum ada jawaban yang dapat dinilai.

# Too few responses for a band.
sample-too-small = Sampel belum cukup untuk menentukan kategori

# Band cut-off not published.
unconfirmed = batas kategori ini belum dipublikasikan resmi

# Joins bands: "B or C".
or = {" "}atau{" "}

# The interval straddles a cut-off.
band-uncertain = Selang kepercayaan 95 % melintasi batas kategori: kategori belum dapat dipastikan.

# Label of the interval.
ci95 = Selang kepercayaan 95 %:

# Sample adequacy.
required-sample = Sampel yang diperlukan:

# Its method.
krejcie-morgan = Krejcie–Morgan, 95 %, ±5 %

# Suspect responses.
suspect-excluded = Jawaban mencurigakan yang tidak dihitung

# Period label.
period = Periode

# Trend lead.
change-from = Perubahan dari

# A change beyond noise.
change-real = Perubahan ini nyata, bukan variasi acak.

# A change within noise.
change-noise = Perubahan ini belum dapat dibedakan dari variasi acak.

# Nothing to compare.
no-comparison = belum ada data untuk dibandingkan.

# Per-unit table heading.
per-unit = Nilai per unit layanan

# Column: unit.
unit = Unit layanan

# Per-item table heading.
per-item = Rata-rata per pertanyaan (1–4)

# Column: question.
question = Pertanyaan

# Column: mean.
mean = Rata-rata

# Column: n.
answered = Dijawab

# Back to the form.
back-to-form = Kembali ke formulir

# 404 title.
not-found-title = Survei tidak ditemukan

# 404 body.
not-found-body = Alamat survei ini tidak dikenal. Periksa kembali tautan atau kode QR yang Anda pindai.

# 410 title.
closed-title = Survei sudah ditutup

# 410 body.
closed-body = Survei ini tidak lagi menerima jawaban. Terima kasih atas kesediaan Anda.

# 429 title.
too-many-title = Terlalu banyak kiriman

# 429 body.
too-many-body = Terlalu banyak kiriman dari perangkat atau jaringan ini dalam waktu singkat. Tunggu sebentar lalu coba lagi; jawaban Anda tidak hilang bila Anda kembali ke halaman sebelumnya.

# How long to wait before trying again.
retry-in = Coba lagi dalam { $seconds } detik.

# 503 title.
unavailable-title = Layanan sedang sibuk

# 503 body.
unavailable-body = Kami tidak dapat menyimpan atau menampilkan data saat ini. Jawaban Anda belum terkirim; tunggu sebentar lalu kirim lagi.

# 500 title.
internal-title = Terjadi kesalahan di sistem kami

# 500 body.
internal-body = Ini kesalahan kami, bukan Anda. Kesalahan ini sudah dicatat; silakan coba lagi nanti.

# 500 detail: the reference to quote.
internal-reference = Jika Anda melaporkannya, sebutkan kode { $reference }.

# 413 title.
too-large-title = Kiriman terlalu besar

# 413 body.
too-large-body = Jawaban Anda belum terkirim karena terlalu panjang. Kembali ke halaman sebelumnya, persingkat jawaban teks, lalu kirim lagi.

# Anonymity note in the footer.
footer = Persepsi: survei persepsi pelayanan publik. Anonim, tanpa nama atau nomor telepon.

# Service code field label.
code-label = Kode dari petugas

# Service code help.
code-help = Jika petugas memberi Anda kode pada kertas kecil, tulis di sini. Jika tidak, kosongkan.

# Label of the field hidden from people (read only by bots).
honeypot-label = Jangan isi kolom ini

# A repeat answer refused by the survey's device policy.
repeat-title = Anda sudah mengisi survei ini

# Its explanation.
repeat-body = Terima kasih! Jawaban Anda bulan ini sudah tercatat, dan survei ini menerima satu jawaban per perangkat setiap bulan. Anda dapat mengisinya lagi bulan depan.

# A visible resource the role may not change.
forbidden-title = Tidak diizinkan

# Its explanation.
forbidden-body = Akun Anda hanya dapat melihat data ini, tidak mengubahnya.

# Admin header.
admin = Persepsi · Pengelola

# Nav: home.
nav-home = Beranda

# Nav: password.
nav-password = Ganti kata sandi

# Nav: sign out.
nav-logout = Keluar

# Login heading.
login-title = Masuk pengelola

# Login intro.
login-intro = Untuk petugas instansi dan penilai. Warga tidak perlu masuk untuk mengisi survei.

# E-mail field.
email = Alamat email

# Password field.
password = Kata sandi

# Login button.
login = Masuk

# Wrong e-mail or password.
login-failed = Email atau kata sandi salah.

# Anti-forgery check failed.
csrf-title = Formulir kedaluwarsa

# Its explanation.
csrf-body = Demi keamanan, formulir ini tidak diterima. Muat ulang halaman sebelumnya lalu kirim lagi.

# Not found (admin).
admin-not-found-title = Tidak ditemukan

# Its explanation.
admin-not-found-body = Halaman ini tidak ada, atau tidak termasuk wewenang akun Anda.

# Password change heading.
password-title = Ganti kata sandi

# Current password.
password-current = Kata sandi sekarang

# New password.
password-new = Kata sandi baru

# New password help.
password-new-help = Paling sedikit 10 karakter. Sesi lain akun ini akan dikeluarkan.

# Current password wrong.
password-wrong = Kata sandi sekarang salah.

# New password too short.
password-short = Kata sandi baru paling sedikit 10 karakter.

# Saved.
save = Simpan

# Password changed.
password-changed = Kata sandi sudah diganti.

# Agencies heading.
agencies = Instansi penyelenggara layanan

# New agency.
agency-new = Tambah instansi

# Edit agency.
agency-edit = Ubah data instansi

# Name.
name = Nama

# Slug.
slug = Kode alamat

# Slug help.
slug-help = Huruf kecil, angka dan tanda hubung; dipakai di alamat web dan tidak dapat diubah. Kosongkan untuk dibuat dari nama.

# Kind.
kind = Jenis

# Region.
region = Provinsi

# Parent.
parent = Induk (jika ada)

# None choice.
none = — tidak ada —

# Units heading.
units = Unit layanan

# New unit.
unit-new = Tambah unit layanan

# Edit unit.
unit-edit = Ubah unit layanan

# Sector.
sector = Bidang layanan

# Expected users.
expected-users = Perkiraan pengguna layanan per tahun

# Expected users help.
expected-users-help = Untuk menghitung besar sampel yang diperlukan (Krejcie–Morgan). Boleh dikosongkan.

# Edit link.
edit = Ubah

# Surveys heading.
surveys = Survei

# New survey.
survey-new = Buat survei

# Edit survey.
survey-edit = Ubah survei

# Title field.
title = Judul

# Instrument field.
instrument = Kuesioner (versi)

# Instrument locked.
instrument-locked = Kuesioner dan tabel kategori tidak dapat diubah setelah survei dibuka.

# Band table field.
band-table = Tabel kategori nilai

# Opens.
opens = Dibuka mulai (tanggal)

# Closes.
closes = Ditutup pada (tanggal)

# Date help.
date-help = Pilih tanggal dari kalender, atau ketik hari, bulan dan tahun. Boleh dikosongkan.

# Embed origins.
embed-origins = Situs yang boleh menyematkan survei

# Embed origins help.
embed-origins-help = Satu alamat per baris, misalnya https://dukcapil.klungkungkab.go.id. Situs lain tidak dapat menampilkannya.

# Device policy.
device-policy = Jawaban ulang dari perangkat yang sama (per bulan)

# Allow.
policy-allow = Terima (misalnya tablet kios)

# Flag.
policy-flag = Terima tetapi tandai mencurigakan

# Reject.
policy-reject = Tolak dengan sopan

# Status.
status = Status

# Draft.
status-draft = Draf

# Open.
status-open = Dibuka

# Closed.
status-closed = Ditutup

# Publish button.
publish = Buka survei untuk warga

# Close button.
close-survey = Tutup survei

# Wrong status change.
status-change-bad = Status hanya dapat berubah dari draf ke dibuka, dari dibuka ke ditutup, dan dari ditutup ke dibuka lagi.

# Responses count.
responses-so-far = Jawaban masuk

# Public link.
public-link = Tautan untuk warga

# QR heading.
qr-codes = Kode QR dan poster

# Whole survey.
qr-after-publish = Kode QR dan tautan publik berfungsi setelah survei diterbitkan. Poster sudah bisa dicetak sekarang.
whole-survey = Seluruh survei (warga memilih unit)

# Poster link.
poster = Poster A4

# Embed heading.
embed = Sematkan di situs instansi

# Embed help.
embed-help = Salin kode ini ke halaman situs Anda. Formulir dimuat setelah halaman Anda selesai, jadi tidak memperlambatnya. Situs itu harus tercantum di daftar situs yang boleh menyematkan.

# Results link.
results-link = Lihat hasil

# Codes heading.
codes = Kode layanan sekali pakai

# Codes help.
codes-help = Cetak pada struk atau tiket antrean. Jawaban yang memakai kode tercatat sebagai terverifikasi. Kode hanya ditampilkan sekali.

# Code count.
code-count = Jumlah kode

# Code expiry.
code-expiry = Berlaku (hari; kosongkan bila tanpa batas)

# Generate.
generate = Buat kode

# Generated.
codes-made = Kode berikut tidak akan ditampilkan lagi. Cetak atau simpan sekarang.

# Print.
print = Cetak

# Back.
back = Kembali

# Poster headline.
poster-headline = Bagaimana layanan kami hari ini?

# Poster instruction.
poster-instruction = Pindai kode QR ini dengan kamera ponsel Anda dan isi survei singkat (sekitar 2 menit). Tanpa nama, tanpa mendaftar. Jawaban Anda membantu kami memperbaiki layanan.

# Poster fallback.
poster-or-open = Atau ketik alamat ini di peramban:

# Required field.
field-required = Wajib diisi.

# Invalid slug.
slug-bad = Gunakan huruf kecil, angka dan tanda hubung (paling banyak 64).

# Slug taken.
slug-taken = Kode alamat ini sudah dipakai.

# Too long.
too-long = Terlalu panjang.

# Unknown choice.
bad-choice = Pilih salah satu pilihan yang ada.

# Bad number.
bad-number = Tulis bilangan bulat yang wajar.

# Bad date.
bad-date = Tanggal tidak terbaca. Pilih tanggal dari kalender.

# Close before open.
closes-before = Tanggal tutup harus sesudah tanggal buka.

# Bad origin.
bad-origin = Tulis alamat situs saja, seperti https://contoh.go.id (tanpa jalur).

# No unit.
units-required = Pilih paling sedikit satu unit layanan.

# No units yet.
no-units = Belum ada unit layanan.

# No surveys yet.
no-surveys = Belum ada survei.

# Signed in as.
signed-in-as = Masuk sebagai

# Heading of an admin form's error summary.
fix-errors-admin = Belum tersimpan. Periksa isian berikut:

# Exports heading.
exports = Ekspor data

# Exports intro.
exports-intro = Semua jawaban dalam jangkauan akun Anda, satu baris per jawaban dan satu kolom per pertanyaan, beserta buku kode. Setiap ekspor dicatat.

# All.
all = Semua

# Period help.
period-help = Misalnya 2026, 2026-Q3 atau 2026-11; kosongkan untuk semua.

# Verified only.
verified-only = Hanya jawaban terverifikasi (kode layanan atau foto bukti yang diterima)

# With suspect.
with-suspect = Sertakan jawaban yang ditandai mencurigakan

# BOM.
excel-bom = CSV untuk Excel (dengan BOM)

# Format.
format = Format

# Codebook.
codebook = Buku kode (JSON)

# Download.
download = Unduh

# Progress note.
export-progress = Ekspor besar dikirim bertahap sejak baris pertama; kemajuannya tampil di bawah tombol (atau, tanpa JavaScript, di daftar unduhan peramban).

# Nav: exports.
nav-exports = Ekspor

# Tokens heading.
tokens = Token API

# Tokens intro.
tokens-intro = Untuk alat Anda sendiri (skrip, R, Python): token bertindak dengan peran dan jangkauan akun ini. Kirim sebagai "Authorization: Bearer …".

# Shown once.
token-once = Salin token ini sekarang; token tidak akan ditampilkan lagi.

# Token name.
token-name = Nama token (untuk apa)

# Create token.
token-create = Buat token

# Revoke.
revoke = Cabut

# Revoked.
revoked = dicabut

# Nav: tokens.
nav-tokens = Token API

# Verified share.
verified-share = Terverifikasi

# Verified (column).
verified = Terverifikasi

# Suspect count.
suspect-count = Mencurigakan (tidak dihitung)

# As a table.
as-table = Tampilkan sebagai tabel

# Trend.
trend = Nilai per triwulan, dengan selang kepercayaan 95 %

# Ranking.
ranking = Peringkat

# Level.
level = Tingkat

# Agencies level.
level-agency = Instansi

# Units level.
level-unit = Unit layanan

# Sort.
sort = Urutan

# Best first.
sort-best = Nilai tertinggi dulu

# Worst first.
sort-worst = Nilai terendah dulu

# Most responses first.
sort-n = Responden terbanyak dulu

# By name.
sort-name = Menurut nama

# Apply.
apply = Terapkan

# Count of ranked.
ranked = dalam daftar

# Export scores.
export-scores = Unduh nilai

# Pages.
pages = Halaman

# Previous.
prev = ‹ Sebelumnya

# Next.
next = Berikutnya ›

# Nav: ranking.
nav-ranking = Peringkat

# Dashboard link.
dashboard = Dasbor nilai

# All periods.
all-periods = semua periode

# After a response that tells of maladministration: heading.
complaint-title = Mengalami maladministrasi?

# Its explanation.
complaint-body = Survei ini tidak meneruskan pengaduan. Jika Anda ingin melaporkan kejadiannya secara resmi (misalnya diminta uang, dipersulit, atau dilayani tidak sesuai prosedur), gunakan SP4N-LAPOR!, layanan pengaduan pelayanan publik nasional. Anda boleh melapor tanpa menyebut nama.

# Its link.
complaint-link = Buka SP4N-LAPOR!

# Sending.
sending = Mengirim jawaban…

# Not sent yet.
not-sent-yet = Belum terkirim: tidak ada sambungan internet. Jawaban Anda tersimpan di ponsel ini dan akan dikirim otomatis begitu tersambung lagi.

# Sent.
sent = Terkirim.

# Export progress: rows so far, of all.
export-rows = { $rows } baris diterima dari { $total }

# Export finished.
export-done = Selesai; berkas disimpan.

## Kinds of provider, as ORI groups them.

kind-ministry = Kementerian
kind-agency = Lembaga
kind-province = Pemerintah provinsi
kind-regency = Pemerintah kabupaten
kind-city = Pemerintah kota
kind-police-resort = Kepolisian resor
kind-land-office = Kantor pertanahan
kind-other = Lainnya

## Sectors of service units.

sector-licensing = Perizinan
sector-civil-registration = Kependudukan
sector-health = Kesehatan
sector-education = Pendidikan
sector-police = Kepolisian
sector-land = Pertanahan
sector-social = Sosial
sector-other = Lainnya

## Public consultation (uji publik)
# Public consultation
uji-title = Uji publik
# Public consultations of service standards
uji-list = Uji publik standar pelayanan
# Ask the public about a draft service standard, component by component, then answer every point.
uji-list-lead = Minta pendapat masyarakat atas rancangan standar pelayanan, komponen demi komponen, lalu jawab setiap masukan.
# New consultation
uji-new = Buat uji publik
# No consultations yet.
uji-none = Belum ada uji publik.
# State
uji-state = Keadaan
# Not open yet
uji-state-waiting = Belum dibuka
# Open
uji-state-open = Dibuka
# Closed, answers pending
uji-state-closed = Ditutup, menunggu jawaban
# Finished and published
uji-state-answered = Selesai dan diumumkan
# Service product
uji-service = Produk layanan
# For example “Micro business licence”.
uji-service-help = Misalnya “Izin Usaha Mikro”.
# Consultation period
uji-dates = Masa uji publik
# Link for the public
uji-link = Tautan untuk masyarakat
# Write the draft of each component. A component left empty is not asked.
uji-drafts-help = Tulis rancangan setiap komponen. Komponen yang dikosongkan tidak ditanyakan.
# Write the draft of at least one component.
uji-drafts-none = Tulis rancangan paling sedikit satu komponen.
# Create, opening on its date
uji-create = Buat dan buka pada tanggalnya
# Draft
uji-draft = Rancangan
# Agree
uji-agree = Setuju
# Disagree
uji-disagree = Tidak setuju
# Comment or suggestion
uji-comment = Komentar atau usulan
# Choose Agree or Disagree.
uji-vote-required = Pilih Setuju atau Tidak setuju.
# A comment may be at most { $max } characters long.
uji-comment-too-long = Komentar paling panjang { $max } karakter.
# Draft service standard for “{ $service }”. Read each component, then choose Agree or Disagree; a comment is optional. Open until { $closes }.
uji-form-about = Rancangan standar pelayanan “{ $service }”. Baca setiap komponen, lalu pilih Setuju atau Tidak setuju; komentar boleh dikosongkan. Dibuka sampai { $closes }.
# You need not give your name. Comments are published without their author.
uji-form-privacy = Anda tidak perlu menulis nama. Komentar diumumkan tanpa nama penulisnya.
# Public consultation “{ $title }” by { $agency }.
uji-describe = Uji publik “{ $title }” oleh { $agency }.
# Your opinion is stored. Once the consultation closes, the agency answers every point and publishes the final service standard.
uji-thanks-body = Pendapat Anda tersimpan. Setelah uji publik ditutup, instansi menjawab setiap masukan dan mengumumkan standar pelayanan finalnya.
# The consultation's outcome
uji-thanks-results = Hasil uji publik
# { $agree } of { $n } agree
uji-agree-count = { $agree } dari { $n } setuju
# Agree (95 % interval)
uji-agree-share = Setuju (interval 95 %)
# Comments
uji-comments = Komentar
# No comments.
uji-no-comments = Tidak ada komentar.
# The agency's answer
uji-answer = Jawaban instansi
# Answer
uji-answer-edit = Jawab
# Not answered yet.
uji-not-answered = Belum dijawab.
# Decision
uji-decision = Keputusan
# Accepted
uji-decision-accepted = Diterima
# Partly accepted
uji-decision-partly = Diterima sebagian
# Not accepted
uji-decision-not = Tidak diterima
# Reason
uji-reason = Alasan
# Why the public's input was or was not taken on.
uji-reason-help = Mengapa masukan masyarakat diterima atau tidak.
# This component's final text
uji-final-component = Teks final komponen ini
# Leave empty when it is the draft unchanged.
uji-final-component-help = Kosongkan bila sama dengan rancangan.
# Final service standard
uji-final = Standar pelayanan final
# Write the final service standard
uji-final-edit = Tulis standar pelayanan final
# The service standard's text as set after the consultation.
uji-final-help = Teks standar pelayanan yang ditetapkan setelah uji publik.
# By component
uji-by-component = Per komponen
# Component
uji-component = Komponen
# Summary
uji-summary = Ringkasan
# Record of the public consultation
uji-record = Berita acara uji publik
# { $replies } replies counted; { $aside } set aside for signs of automated filling.
uji-record-lead = { $replies } tanggapan dihitung; { $aside } disisihkan karena tanda pengisian otomatis.
# Public consultation of the service standard for “{ $service }”, { $period }, with { $replies } replies. Comments' authors are never published.
uji-public-lead = Uji publik standar pelayanan “{ $service }”, { $period }, dengan { $replies } tanggapan. Nama penulis komentar tidak pernah diumumkan.
# The consultation's public page
uji-public-link = Halaman publik hasil uji
# Close the consultation
uji-close = Tutup uji publik
# Close the consultation “{ $title }” now? The public can no longer reply, and this cannot be undone.
uji-close-ask = Tutup uji publik “{ $title }” sekarang? Masyarakat tidak dapat lagi memberi pendapat, dan ini tidak dapat dibatalkan.
# Yes, close it now
uji-close-confirm = Ya, tutup sekarang
# Give us your opinion on our draft service standard
uji-poster-headline = Beri pendapat atas rancangan standar pelayanan kami
# Scan the QR code with your phone's camera.
uji-poster-step1 = Pindai kode QR dengan kamera ponsel.
# Read the draft of each component.
uji-poster-step2 = Baca rancangan setiap komponen.
# Choose Agree or Disagree, and write your suggestion.
uji-poster-step3 = Pilih Setuju atau Tidak setuju, dan tulis usulan Anda.
# No name needed. Every point is answered in public.
uji-poster-anon = Tanpa nama. Setiap masukan dijawab secara terbuka.
# Public consultations
uji-nav = Uji publik standar pelayanan
# Legal basis
uji-c-legal-basis = Dasar hukum
# Requirements
uji-c-requirements = Persyaratan
# System, mechanism and procedure
uji-c-procedure = Sistem, mekanisme, dan prosedur
# Completion time
uji-c-time = Jangka waktu penyelesaian
# Cost/tariff
uji-c-cost = Biaya/tarif
# Service product
uji-c-product = Produk pelayanan
# Facilities
uji-c-facilities = Sarana, prasarana, dan/atau fasilitas
# Staff competence
uji-c-competence = Kompetensi pelaksana
# Internal supervision
uji-c-supervision = Pengawasan internal
# Handling of complaints, suggestions and input
uji-c-complaints = Penanganan pengaduan, saran, dan masukan
# Number of staff
uji-c-staff = Jumlah pelaksana
# Service guarantee
uji-c-guarantee = Jaminan pelayanan
# Security and safety guarantee
uji-c-safety = Jaminan keamanan dan keselamatan pelayanan
# Staff performance evaluation
uji-c-evaluation = Evaluasi kinerja pelaksana

## Errors and notes.

wrong-value-type = Jenis nilai salah: gunakan bilangan bulat atau teks.
form-token-invalid = Token formulir tidak ada atau tidak sah. Muat ulang halaman.
unknown-service-unit = Unit layanan tidak dikenal.
code-too-long = Kode layanan terlalu panjang.
too-many-answers = Terlalu banyak jawaban.
invalid-value = Isian tidak valid.
level-invalid = Pilih agency atau unit.
write-period-as-2026 = Tulis periode sebagai 2026, 2026-Q3 atau 2026-11.
sort-invalid = Urutkan menurut score, -score, n atau name.
several-instruments = Survei yang dipilih memakai beberapa kuesioner; pilih satu (misalnya maladministration-perception@1).
no-survey-in-reach = Tidak ada survei dengan kuesioner ini dalam jangkauan Anda.
no-survey = Tidak ada survei.
code-unusable = Kode layanan tidak dikenal atau sudah dipakai. Periksa kembali, atau kosongkan isian ini.
answer-required = Pertanyaan nomor { $number } belum dijawab.
invalid-option = Pilih salah satu jawaban yang tersedia.
not-eligible = Survei ini khusus untuk pengguna layanan.
signal-honeypot = Kolom jebakan (tersembunyi dari manusia) terisi.
signal-fast = Dikirim terlalu cepat setelah formulir dibuka.
signal-other-survey = Token formulir milik survei lain.
signal-repeat-device = Perangkat yang sama sudah menjawab bulan ini.
signal-burst = Salah satu dari banyak sekali jawaban dari satu jaringan ke satu unit, lebih banyak dari yang bisa dilayani loket dalam waktu itu.
signal-repeat = Jawaban yang sama persis berulang kali dari satu jaringan, lebih sering dari yang wajar untuk survei ini.
no-answers-yet = belum ada jawaban
ci-straddles-band = selang kepercayaan melintasi batas kategori
survey-not-found = Survei tidak ditemukan.
survey-closed = Survei sudah ditutup.
service-busy = Layanan sedang sibuk; coba lagi sebentar.
answer-too-long = Jawaban terlalu panjang: paling banyak { $limit } karakter.
pub-uji-title = Uji publik standar pelayanan
pub-uji-open = sedang berlangsung: beri tanggapan
pub-uji-finished = selesai: hasil dan jawaban instansi
own-published-done = Diterbitkan: warga kini ditanya pertanyaan yang baru.
own-not-found = Pertanyaan ini sudah tidak ada di draf.
own-version = Versi { $version }
own-versions = Versi
own-results-base = Versi { $version }: { $n } jawaban yang dihitung.
own-not-in-score = Ini pertanyaan tambahan dari instansi. Jawabannya bukan bagian dari nilai ORI atau SKM, yang dihitung dari pertanyaan kuesioner saja. Rentang adalah 95 %.
own-asked = ditanyakan kepada { $asked }, dijawab { $answered }
own-mean = Rata-rata (rentang 95 %)
own-span = Dari { $low } sampai { $high }
own-option = Jawaban
own-count = Jumlah
own-share = Persentase (rentang 95 %)
own-texts-agency-only = { $n } jawaban tertulis: hanya instansi yang membacanya.
own-intro = Pertanyaan milik instansi sendiri, ditanyakan setelah pertanyaan kuesioner. Jawabannya tidak pernah mengubah nilai ORI atau SKM: nilai itu dihitung dari pertanyaan kuesioner saja. Perubahan dibuat di draf; warga melihatnya setelah diterbitkan, dan setiap jawaban tetap tercatat pada versi saat ia diberikan.
own-published = Versi { $version } sedang ditanyakan; { $n } jawaban masuk pada versi ini.
own-none-published = Belum ada yang diterbitkan: warga hanya ditanya pertanyaan kuesioner.
own-preview = Pratinjau di ponsel
own-results = Hasil per pertanyaan
own-add = Tambah pertanyaan
own-edit = Ubah pertanyaan
own-edit-link = Ubah
own-empty = Belum ada pertanyaan tambahan.
own-move-up = Naikkan
own-remove = Hapus
own-remove-warning = Pertanyaan ini keluar dari draf; versi yang sudah terbit dan jawabannya tetap seperti semula.
own-remove-yes = Ya, hapus dari draf
own-changed = Draf berisi perubahan yang belum dilihat warga.
own-publish = Terbitkan
own-publish-new = Mulai sekarang warga ditanya versi { $version }. Jawaban yang sudah masuk tetap pada versinya.
own-publish-replaces = Belum ada yang menjawab versi { $version }: versi itu diganti draf ini.
own-publish-yes = Ya, terbitkan
own-always = Selalu ditanyakan
own-after = Hanya jika pertanyaan { $number } dijawab "{ $answer }"
own-required-check = Wajib dijawab
own-kind = Jenis jawaban
own-text-id = Pertanyaan (bahasa Indonesia)
own-text-en = Pertanyaan (bahasa Inggris, boleh kosong)
own-help-id = Petunjuk (bahasa Indonesia, boleh kosong)
own-help-en = Petunjuk (bahasa Inggris, boleh kosong)
own-options = Pilihan jawaban
own-options-help = Untuk "pilih satu" dan "pilih beberapa": satu pilihan per baris. Tulis "Indonesia | English" untuk dua bahasa.
own-required = Wajib
own-show-if = Kapan ditanyakan?
own-show-if-help = Pertanyaan bisa ditanyakan hanya setelah jawaban tertentu pada pertanyaan sebelumnya yang memiliki pilihan.
own-save = Simpan ke draf
own-kind-required = Pilih jenis jawaban pertanyaan ini.
own-text-required = Tulis pertanyaannya dalam bahasa Indonesia.
own-options-count = Tulis 2 sampai { $most } pilihan, satu per baris.
own-too-many = Satu survei paling banyak memuat { $most } pertanyaan tambahan.
own-condition-invalid = Pilih jawaban dari pertanyaan sebelumnya yang memiliki pilihan.
own-leads = Ada pertanyaan lain yang hanya muncul setelah jawaban pertanyaan ini: ubah pertanyaan itu dulu.
own-kind-single = Pilih satu
own-kind-multi = Pilih beberapa
own-kind-scale5 = Skala 1–5
own-kind-scale4 = Skala 1–4
own-kind-text = Teks singkat
own-kind-number = Angka
own-kind-date = Tanggal
own-scale5-1 = Sangat buruk
own-scale5-2 = Buruk
own-scale5-3 = Cukup
own-scale5-4 = Baik
own-scale5-5 = Sangat baik
own-scale4-1 = Tidak baik
own-scale4-2 = Kurang baik
own-scale4-3 = Baik
own-scale4-4 = Sangat baik
own-title = Pertanyaan tambahan dari instansi
answer-not-number = Tulis angka di sini, misalnya 12 atau 2,5.
answer-not-date = Tulis tanggal di sini sebagai tahun-bulan-tanggal, misalnya 2026-12-31.
ask-only-if = Jawab hanya jika jawaban Anda untuk pertanyaan { $number } adalah "{ $answer }".
unknown-item = Pertanyaan "{ $key }" tidak ada dalam survei ini.
sample-too-small-note = sampel belum cukup ({ $n } dari { $min })
api-token-needed = Perlu token API yang sah (Authorization: Bearer psp_…).
unknown-filter = Filter tidak dikenal: { $detail }
unit-not-found = Unit layanan tidak ditemukan.
invalid-json = JSON tidak valid: { $detail }
code-count-range = Jumlah kode 1 sampai { $max }.
too-many-requests-retry = Terlalu banyak permintaan. Coba lagi dalam { $seconds } detik.
token-expired = Token sudah kedaluwarsa; minta token baru.
token-invalid = Token tidak sah untuk survei ini.
invalid-parameter = Parameter tidak valid: { $detail }
open-surveys = Survei yang sedang dibuka
unknown-export = Ekspor tidak dikenal; gunakan responses.csv, responses.ndjson, responses.xlsx, scores.csv, scores.ndjson, scores.xlsx atau codebook.json.
import-count = Kirim 1 sampai { $max } jawaban per permintaan.
import-key = Setiap jawaban perlu kunci (nomor formulir kertas atau catatan kios), paling panjang 64 karakter.
import-future = Waktu menjawab tidak boleh di masa depan.
import-before-open = Waktu menjawab tidak boleh sebelum survei dibuka ({ $date }).
already-sent-title = Jawaban Anda sudah terkirim
already-sent-body = Terima kasih. Jawaban Anda untuk survei ini sudah kami terima dari perangkat ini. Anda tidak perlu mengirimnya lagi.
already-sent-new-hint = Ingin mengisi lagi untuk layanan lain, atau untuk orang lain yang memakai ponsel ini?
start-new-response = Mulai jawaban baru
left-out-why = { $count } jawaban tidak dihitung karena mencurigakan: { $why }.
review-title = Jawaban yang ditandai
review-intro = Jawaban ini disimpan tetapi tidak dihitung dalam nilai, karena tanda-tanda kiriman otomatis. Periksa setiap kelompok. Jika Anda yakin jawaban itu dari warga sungguhan, kembalikan agar dihitung. Setiap pemulihan dicatat.
review-none = Tidak ada jawaban yang ditandai di survei ini.
review-network = Jaringan
review-signals = Tanda
review-when = Waktu
review-count = Jumlah
review-restore = Hitung kembali
review-confirm = Hitung kembali { $count } jawaban ini dalam nilai? Tindakan ini dicatat atas nama Anda.
review-restored = Sudah dihitung kembali
review-done = { $count } jawaban dihitung kembali.
review-no-network = (tidak diketahui)
review-link = Periksa jawaban yang ditandai
signal-short-honeypot = kolom jebakan terisi
signal-short-fast = terlalu cepat
signal-short-other-survey = token survei lain
signal-short-repeat-device = perangkat yang sama
signal-short-burst = beruntun dari satu jaringan
signal-short-repeat = jawaban sama berulang
code-days-range = Masa berlaku kode 1 sampai { $max } hari, atau kosongkan bila tanpa batas.
request-too-slow = Permintaan terlalu lama terkirim. Periksa sambungan, lalu coba lagi.
place-fixed-help = Jenis dan wilayah menentukan siapa yang menilai instansi ini, jadi hanya admin yang dapat mengubahnya.
origin-title = Permintaan ditolak
origin-body = Permintaan ini datang dari situs lain, jadi tidak diterima. Buka halamannya langsung di situs ini lalu kirim lagi.
token-password = Kata sandi Anda
token-password-wrong = Kata sandi salah. Token tidak dibuat.
password-common = Kata sandi ini terlalu mudah ditebak (sering dipakai, satu huruf berulang, atau urutan). Pilih yang lain.
password-is-email = Kata sandi tidak boleh sama dengan alamat email Anda.
failed-logins = Sejak Anda terakhir masuk, ada { $count } kali percobaan masuk ke akun Anda dengan kata sandi salah. Jika itu bukan Anda, ganti kata sandi.
describe-home = Sampaikan pendapat Anda tentang layanan publik yang baru Anda terima, dan lihat hasil survei yang sedang dibuka.
describe-form = { $survey }: survei singkat dari { $agency } tentang layanan yang baru Anda terima. Tanpa nama, hanya beberapa menit.
describe-results = Hasil survei { $survey } dari { $agency }: nilai, jumlah jawaban dan rentang kepercayaan 95 %.
screen-next = Lanjut
screen-end = Selesai
screened-title = Terima kasih
screened-note = Jawaban Anda tidak disimpan dan tidak dihitung.
form-about = { $agency } ingin tahu pendapat Anda tentang layanan di sini, agar bisa lebih baik. Sekitar { $minutes } menit.
form-about-more = Tentang survei ini
form-about-results = Hasilnya dibuka untuk umum, dalam bentuk angka saja.
form-about-ask = Ada pertanyaan tentang survei ini? Tanyakan kepada petugas di kantor ini.
form-step = Langkah { $step } dari { $steps }
error-title-prefix = Galat
switch-language-label = Ganti bahasa, jawaban tetap tersimpan
opening-busy-title = Sedang ramai
opening-busy-body = Banyak formulir dibuka dari perangkat atau jaringan Anda dalam waktu singkat. Tunggu sebentar, lalu buka lagi halaman ini.

# Managing a survey: confirmations, reopening, preview, band-table fit and embedding.
version-name = { $title }, versi { $version }
bands-fit-help = Hanya tabel yang cocok dengan kuesioner di atas yang ditawarkan. Bila daftar ini tidak ikut berganti saat Anda mengganti kuesioner, simpan dulu; tabel yang cocok lalu ditawarkan.
bands-misfit = Tabel nilai ini tidak cocok dengan kuesioner yang dipilih. Pilih salah satu tabel yang sekarang ditawarkan.
reopen-survey = Buka lagi survei
confirm-open-title = Buka survei ini untuk warga?
confirm-open-body = Setelah dibuka, warga dapat mengisi lewat tautan, kode QR dan poster. Kuesioner dan tabel nilai tidak dapat diubah lagi, supaya semua jawaban dinilai dengan cara yang sama.
confirm-open-yes = Ya, buka survei
confirm-close-title = Tutup survei ini?
confirm-close-body = Warga tidak dapat mengisi lagi. Tautan, kode QR dan poster yang sudah dicetak akan menampilkan «Survei sudah ditutup». Jawaban yang sudah masuk tetap dihitung. Anda dapat membuka survei ini lagi nanti.
confirm-close-yes = Ya, tutup survei
confirm-reopen-title = Buka lagi survei ini?
confirm-reopen-body = Tautan, kode QR dan poster yang sudah dicetak berfungsi lagi. Jawaban baru dihitung pada periode saat jawaban itu dikirim.
confirm-reopen-yes = Ya, buka lagi
confirm-past-close = Tanggal tutup survei ini sudah lewat, jadi warga tetap tidak dapat mengisi. Ubah dulu tanggal tutupnya di «Ubah survei».
cancel = Batal
status-changed = Status survei sudah diubah.
preview-link = Pratinjau formulir
preview-banner = Pratinjau: jawaban tidak disimpan.
preview-sent-title = Pratinjau: tidak ada yang disimpan
preview-sent-body = Ini hanya pratinjau, jadi jawaban tadi tidak disimpan dan tidak dihitung. Setelah survei dibuka, warga melihat ucapan terima kasih di sini.
embed-no-sites = Belum ada situs yang boleh menyematkan survei ini, jadi belum ada kode untuk disalin. Tambahkan alamat situs instansi Anda di «Ubah survei», pada kolom «Situs yang boleh menyematkan».
embed-code-for = Kode untuk: { $name }
embed-copy = Salin kode
embed-copied = Kode sudah disalin.
embed-fallback-link = Isi survei layanan publik (buka di tab baru)
embed-check = Periksa situs Anda
embed-check-label = Alamat halaman tempat kode dipasang
embed-check-button = Periksa
embed-check-ok = { $origin } boleh menampilkan survei ini.
embed-check-missing = { $origin } belum boleh menampilkan survei ini, jadi formulir tidak tampil di sana. Tambahkan { $origin } di «Ubah survei», pada kolom «Situs yang boleh menyematkan».
embed-check-bad = Ini bukan alamat situs. Tulis alamat lengkap, misalnya https://dukcapil.klungkungkab.go.id/survei.
# Assessor's filters, ranking and exports
instrument-choice = { $title }, versi { $version }
all-units = Semua unit
order-best-first = Urutan: nilai tertinggi dulu, jadi #1 yang terbaik.
order-worst-first = Urutan: nilai terendah dulu. Nomor # tetap peringkat nilai: #1 yang terbaik.
order-most-answers = Urutan: jawaban terbanyak dulu. Nomor # tetap peringkat nilai: #1 yang terbaik.
order-by-name = Urutan: menurut nama. Nomor # tetap peringkat nilai: #1 yang terbaik.
order-ties = Nomor seperti “2–4” berarti nilainya belum pasti berbeda dari yang lain di peringkat itu (rentang 95 % saling bertumpuk).
ranked-caption = Yang dapat diperingkat
nothing-ranked = Belum ada yang dapat diperingkat: jawaban setiap unit atau instansi masih terlalu sedikit.
unranked-title = Belum dapat diperingkat
unranked-why = Jawabannya masih terlalu sedikit untuk dibandingkan dengan yang lain. Nilainya ditampilkan, tetapi belum diberi peringkat.
why-not-ranked = Alasan
item-short = Unsur
csv-flavour = CSV untuk
csv-for-excel = Excel (pemisah titik koma, koma desimal)
csv-for-programs = Program (pemisah koma, titik desimal)
csv-flavour-help = Pilih Excel untuk dibuka di Excel berbahasa Indonesia. Pilih Program untuk dibaca skrip atau aplikasi.
change-filters = Ganti kuesioner, unit atau periode

# Public results, open data, the API's listings and documentation, token terms.
api-token-expired = Token API ini sudah habis masa berlakunya. Buat token baru di /admin/tokens atau minta kepada pengelola.
api-token-read-only = Token API ini hanya untuk membaca. Untuk mengubah data, buat token baca dan ubah.
token-scope = Apa yang boleh dilakukan token ini?
token-scope-read = Hanya membaca (nilai, daftar, ekspor)
token-scope-write = Membaca dan mengubah (juga membuat kode layanan dan mengimpor jawaban)
token-scope-read-short = hanya membaca
token-scope-write-short = membaca dan mengubah
token-expires = Berapa lama token ini berlaku?
token-days = { $days } hari
token-until-date = Sampai tanggal tertentu
token-until = Tanggal terakhir berlaku (jika memilih tanggal)
token-until-wrong = Isi tanggal setelah hari ini, paling lama 5 tahun lagi.
token-no-end = tanpa batas waktu
token-ended = sudah habis masa berlakunya
token-ends = berlaku sampai { $date }
api-docs-read = Cara memakai API (untuk pengembang)
revoke-title = Cabut token
revoke-ask = Cabut token “{ $name }”?
revoke-warning = Alat yang memakai token ini langsung berhenti bekerja. Ini tidak bisa dibatalkan.
revoke-yes = Ya, cabut token
revoke-no = Tidak, kembali ke daftar token
verdict = Kesimpulan
verdict-too-few = Belum cukup jawaban untuk menentukan zona: { $n } dari { $need } yang diperlukan.
verdict-between = Zona belum dapat dipastikan: nilainya terlalu dekat dengan batas antara dua zona. Lebih banyak jawaban akan memastikannya.
ci-sentence = Nilai sebenarnya hampir pasti berada antara { $lo } dan { $hi } (selang kepercayaan 95 %).
ci-details = Nilai ini dihitung dari sebagian pengguna layanan, tidak dari semuanya, jadi ada ketidakpastian. Jika survei yang sama diulang 100 kali, sekitar 95 kali rentang seperti ini memuat nilai sebenarnya. Makin banyak jawaban, makin sempit rentangnya.
n-sentence = { $n } orang menjawab dan jawabannya dihitung (n = { $n }).
n-details = n adalah jumlah jawaban yang dihitung. Jawaban yang tampak dikirim mesin atau berulang dari satu tempat tidak dihitung; jika ada, jumlahnya disebut di bawah.
required-sentence = Supaya hasilnya mewakili semua pengguna layanan, perlu { $need } jawaban.
required-details = Angka ini dihitung dengan rumus Krejcie–Morgan dari perkiraan { $population } pengguna layanan per tahun, dengan tingkat kepercayaan 95 % dan batas kesalahan ±5 %. Sebelum jumlah ini tercapai, zona tidak ditentukan.
explain-more = Apa artinya?
period-all = Semua jawaban, { $from } sampai { $to }
period-one = Periode: { $period }
updated = Terakhir diperbarui: { $at } WIB (jawaban terbaru yang dihitung)
nothing-yet = Belum ada jawaban yang dihitung.
scale-meaning = Setiap pertanyaan dijawab dengan angka { $min } sampai { $max }: { $min } = “{ $worst }” (paling buruk), { $max } = “{ $best }” (paling baik). Angka lebih tinggi berarti lebih baik.
best-share = { $pct } % menjawab “{ $label }”
best-answer = Yang menjawab paling baik
mean-of = Rata-rata (dari { $max })
by-quarter = Perkembangan per triwulan
quarter = Triwulan
unit-shown = Unit layanan: { $unit }
results-all-units = Lihat semua unit
open-data = Data terbuka
open-data-note = Berkas CSV berisi angka yang sama dengan halaman ini: per unit dan per pertanyaan, jumlah jawaban (n), nilai, selang kepercayaan dan zona. Boleh dipakai ulang dengan menyebut sumbernya.
open-data-csv = Unduh angka-angka ini (CSV)
page-range = Nomor halaman harus 1 sampai 100000.
per-page-range = Jumlah baris per halaman harus 1 sampai 100.
agency-not-found = Instansi tidak ditemukan.
docs-title = Dokumentasi API
docs-intro = Halaman ini menjelaskan API Persepsi untuk pengembang: apa yang bisa diminta, siapa yang boleh, dan contoh perintahnya. Isinya dibuat dari dokumen OpenAPI yang sama dengan /api/openapi.json.
docs-openapi = Dokumen OpenAPI (JSON, untuk program)
docs-contents = Isi
docs-schemas = Bentuk data
docs-auth = Siapa yang boleh
docs-auth-none = Siapa saja, tanpa token. Dengan token, Anda melihat lebih banyak jika disebutkan di atas.
docs-auth-token = Perlu token API: Authorization: Bearer psp_… (buat di /admin/tokens). Token yang hanya membaca ditolak pada perintah yang mengubah data.
docs-params = Parameter
docs-name = Nama
docs-in = Letak
docs-type = Jenis
docs-required = Wajib
docs-means = Arti
docs-field = Kolom
docs-yes = ya
docs-no = tidak
docs-body = Isi permintaan (JSON)
docs-responses = Jawaban
docs-try = Contoh

# Accounts, activity log, comments inbox, code slips
saved = Tersimpan.
login-fix = Belum bisa masuk. Periksa isian berikut:
nav-people = Akun
nav-audit = Catatan kegiatan
filter-all = Semua
filter-apply = Tampilkan
pager = Halaman
pager-newer = ← Lebih baru
pager-older = Lebih lama →
people-title = Akun
people-intro = Orang yang dapat masuk ke halaman pengelola. Undang orang baru, atau nonaktifkan akun yang tidak dipakai lagi.
people-invite = Undang orang
people-role = Peran
people-place = Instansi atau provinsi
people-standing = Keadaan
people-active = Aktif
people-invited = Diundang, belum memilih kata sandi
people-disabled = Nonaktif
people-disable = Nonaktifkan
people-disable-confirm = Ya, keluarkan akun ini dari semua perangkat dan hentikan token API-nya.
people-new-title = Undang orang
people-new-intro = Akun dibuat sekarang. Anda akan mendapat tautan sekali pakai untuk diberikan kepada orang ini; dengan tautan itu dia memilih kata sandinya sendiri.
role-admin = Admin (semua instansi)
role-manager = Pengelola instansi
role-assessor = Penilai (hanya membaca)
people-agency = Instansi
people-agency-help = Wajib untuk pengelola instansi.
people-province = Provinsi (untuk penilai)
people-province-help = Kosongkan bila penilai boleh membaca semua provinsi.
people-email-bad = Tulis alamat email yang benar, misalnya nama@instansi.go.id.
people-email-taken = Alamat email ini sudah punya akun.
people-agency-needed = Pilih instansi pengelola ini.
invited-title = Undangan dibuat
invited-body = Akun { $email } sudah dibuat. Berikan tautan di bawah ini kepadanya; tautan berlaku { $hours } jam dan hanya sekali.
invited-link = Tautan undangan
invited-once = Tautan ini hanya ditampilkan sekali. Salin sekarang dan kirim lewat pesan pribadi, bukan grup.
invite-title = Pilih kata sandi
invite-intro = Anda diundang sebagai { $email }. Pilih kata sandi untuk masuk.
invite-gone-title = Tautan tidak berlaku
invite-gone-body = Tautan undangan ini sudah dipakai, sudah lewat masa berlakunya, atau salah. Minta tautan baru kepada yang mengundang Anda.
password-set = Kata sandi tersimpan. Silakan masuk.
audit-title = Catatan kegiatan
audit-intro = Siapa melakukan apa dan kapan: ekspor, undangan, akun yang dinonaktifkan, jawaban yang dihitung kembali. Terbaru di atas.
audit-none = Belum ada catatan.
audit-when = Waktu (WIB)
audit-who = Oleh
audit-action = Kegiatan
audit-detail = Rincian
comments-link = Komentar dan saran warga
comments-title = Komentar dan saran
comments-intro = Yang ditulis warga di pertanyaan isian bebas, terbaru di atas. Tanpa nama dan tanpa data perangkat.
comments-month = Bulan
comments-flag = Jawaban yang ditandai
comments-flagged = Hanya yang ditandai mencurigakan
comments-counted = Hanya yang dihitung
comments-flagged-one = Ditandai mencurigakan: tidak dihitung dalam nilai.
comments-none = Belum ada komentar untuk pilihan ini.
slips-survey = Survei yang dibuka kode QR
slips-print = Cetak slip kode
slips-csv = Unduh daftar kode (CSV)
slips-title = Slip kode layanan
slips-help = Delapan slip per halaman A4. Cetak, gunting, dan berikan satu slip bersama setiap layanan.
slips-ask = Bagaimana layanan kami? Pindai kode ini (sekitar 2 menit, tanpa nama).
slips-expires = Berlaku sampai { $date }
slips-none = Tidak ada kode unit ini yang dikenali. Buat kode baru dari halaman instansi.
csv-code = kode
csv-unit = unit
csv-expires = berlaku_sampai
csv-used = sudah_dipakai
yes = ya
no = tidak
poster-step1 = Pindai kode QR ini dengan kamera ponsel Anda, atau ketik alamat di atas.
poster-step2 = Jawab beberapa pertanyaan tentang layanan tadi (sekitar 2 menit).
poster-step3 = Tekan Kirim. Selesai, terima kasih!
poster-anon = Tanpa nama, tanpa mendaftar. Petugas tidak melihat jawaban Anda.
posters-all = Poster semua unit
posters-help = Satu poster per halaman A4. Tekan Cetak dan pilih ukuran kertas A4.
comments-unit = Unit layanan
people-no-agency = Tidak ada (untuk admin atau penilai)
nav-opinion = Opini
opinion-title = Opini Ombudsman RI
opinion-year = Tahun
opinion-method = Metode penilaian
opinion-show = Tampilkan
opinion-unconfirmed = belum dikonfirmasi
opinion-entered = dimasukkan penilai
opinion-not-yet = belum ada
opinion-composite = Nilai gabungan (interval 95 %)
opinion-label = Opini
opinion-or = atau
opinion-predicate = Predikat
opinion-missing = Nilai gabungan belum dapat dihitung. Masih kurang: { $parts }.
opinion-note = Yang belum dikonfirmasi
opinion-edit = Ubah angka penilai
opinion-import = Impor angka dari CSV
opinion-components = Komponen, bobot, dan nilainya
opinion-component = Komponen
opinion-weight = Bobot
opinion-part = Bagian (porsi)
opinion-figure = Angka
opinion-component-value = Nilai komponen
opinion-disagree-title = Pengguna layanan dan pemeriksaan internal tidak sejalan
opinion-disagree-gap = Di atas kertas { $part } { $entered }, tetapi pengguna layanan menilai paling tinggi { $upper }.
opinion-disagree-high = Di atas kertas { $part } { $entered }, tetapi jawaban pengguna layanan menunjukkan potensi maladministrasi tinggi.
opinion-predicate-high = Potensi maladministrasi tinggi
opinion-predicate-low = Potensi maladministrasi rendah
opinion-predicate-undecided = Belum dapat diputuskan: perlu lebih banyak jawaban
opinion-predicate-too-small = Jawaban terlalu sedikit: { $n } dari { $min } yang diperlukan
opinion-list-caption = Opini per penyelenggara, { $year }
opinion-agency = Penyelenggara
opinion-still-missing = Masih kurang
opinion-no-data = Belum ada data
opinion-followed-up = Menindaklanjuti semua temuan Ombudsman tahun ini
opinion-followed-up-help = Jika ya, opini ditambah «Tanpa Maladministrasi».
opinion-unknown = Belum diketahui
opinion-yes = Ya
opinion-no = Tidak
opinion-value-help = Angka 0 sampai 100. Kosongkan jika belum ada.
opinion-value-invalid = Tulis angka 0 sampai 100, misalnya 81,5.
opinion-edit-intro = Angka penilai untuk tahun { $year }, metode { $method }. Angka survei dihitung sendiri dari jawaban.
opinion-csv = Isi CSV
opinion-csv-help = Baris pertama: agency_slug,year,part,value. Lalu satu baris per angka, misalnya kab-klungkung,2026,standards,97. Semua baris diperiksa dulu; jika satu saja salah, tidak ada yang diubah.
opinion-csv-line = Baris { $line }: { $problem }
opinion-csv-header = baris judul harus agency_slug,year,part,value
opinion-csv-columns = perlu 4 kolom dipisah koma
opinion-csv-agency = penyelenggara «{ $value }» tidak ditemukan
opinion-csv-year = «{ $value }» bukan tahun 2000–2100
opinion-csv-part = bagian «{ $value }» tidak diisi penilai pada metode ini; pilih salah satu: { $parts }
opinion-csv-value = «{ $value }» bukan angka 0–100
opinion-csv-empty = Tidak ada baris angka di bawah baris judul.
plan-title = Rencana tindak lanjut
plan-intro = Mulai dari unsur dengan nilai terendah. Tulis apa yang akan dikerjakan, siapa yang mengerjakan, dan kapan selesai. Laporan periode berikutnya menunjukkan apakah nilainya naik.
plan-period = Periode
plan-weakest = Unsur, dari yang terlemah
plan-weakest-caption = Nilai tiap unsur dengan rentang 95 % (angka dalam kurung)
plan-element = Unsur
plan-score = Nilai (rentang 95 %)
plan-answered = Yang menjawab
plan-add = Tambah tindakan
plan-actions = Tindakan untuk periode { $period }
plan-actions-caption = Tindakan, menurut batas waktu
plan-none = Belum ada tindakan untuk periode ini.
plan-action = Tindakan
plan-action-help = Apa yang akan dikerjakan, dalam satu atau dua kalimat.
plan-owner = Penanggung jawab
plan-owner-help = Jabatan atau nama, misalnya Kepala Seksi Pelayanan.
plan-due = Batas waktu
plan-evidence = Bukti dan catatan
plan-evidence-help = Apa yang sudah dikerjakan, dan di mana buktinya (surat, foto, tautan).
plan-overdue = Terlambat
plan-update = Ubah status
plan-unit = Unit layanan
plan-whole = Seluruh survei
plan-new = Tindakan baru
plan-edit = Status tindakan
plan-earlier = Rencana periode { $period } dan hasilnya
plan-earlier-caption = Nilai unsur sebelum dan sesudah tindakan
plan-change = Perubahan
plan-rose = Naik, lebih dari kebetulan
plan-fell = Turun, lebih dari kebetulan
plan-same = Tidak berubah berarti
plan-no-figure = Belum ada nilai
plan-link = Rencana tindak lanjut
plan-status-planned = Direncanakan
plan-status-in-progress = Sedang dikerjakan
plan-status-done = Selesai
plan-date-wrong = Tulis tanggal seperti 2026-06-30.
plan-too-long = Terlalu panjang: paling banyak { $max } huruf.
plan-element-wrong = Pilih salah satu unsur survei ini.
pub-intro = Hasil survei yang diterbitkan kantor ini: nilai tiap unit layanan, berapa orang yang menjawab, dan apa yang sedang diperbaiki. Jawaban tidak memuat nama siapa pun.
pub-none = Kantor ini belum menerbitkan hasil survei.
pub-period = Periode { $period }, { $n } jawaban.
pub-overall = Nilai keseluruhan:
pub-units-caption = Nilai tiap unit layanan, periode { $period } (rentang 95 % dalam kurung)
pub-index = Nilai
pub-verdict = Artinya
pub-respondents = Jawaban
pub-badge = Lencana
pub-trend = Dari periode ke periode
pub-no-plan = Belum ada rencana perbaikan untuk periode ini.
pub-plan-progress = { $done } dari { $all } tindakan sudah selesai.
pub-badge-title = Nilai survei { $unit }
pub-see-all = Lihat semua hasil
publish-title = Terbitkan hasil
publish-intro = Pilih periode yang sudah selesai untuk diterbitkan di halaman publik kantor Anda. Komentar warga tidak pernah diterbitkan.
publish-period = Periode
publish-state = Keadaan
publish-published = Diterbitkan
publish-not = Belum diterbitkan
publish-do = Terbitkan
publish-withdraw = Tarik kembali
publish-confirm = Ya, saya yakin
publish-page = Halaman publik kantor ini
publish-link = Terbitkan hasil
publish-caption = Periode yang sudah selesai
cert-title = Rapor pelayanan publik { $year }
cert-genuine = Sertifikat ini asli: diterbitkan oleh penilai di Persepsi pada { $date }. Angka di bawah ini sama dengan yang tercetak.
cert-caption = Persepsi pengguna layanan per unit (rentang 95 % dalam kurung)
cert-survey = Survei
cert-code = Kode verifikasi: { $code }
cert-how = Siapa pun dapat memeriksa keaslian sertifikat ini: buka /v/ diikuti kode verifikasi di situs ini.
cert-unknown-title = Kode tidak dikenal
cert-unknown-body = Tidak ada sertifikat dengan kode ini. Periksa lagi kodenya; jika sudah benar, sertifikat itu tidak diterbitkan di sini.
cert-list = Rapor dan sertifikat
cert-intro = Rapor memuat hasil persepsi tiap unit untuk satu tahun, dibekukan saat diterbitkan, dengan kode yang bisa diperiksa siapa pun.
cert-year = Tahun
cert-issue = Terbitkan rapor
cert-issued = Diterbitkan
cert-none = Belum ada rapor untuk lembaga ini.
cert-confirm = Saya sudah memeriksa angkanya; terbitkan.
predicate-too-small = Sampel terlalu kecil untuk predikat: baru { $n } dari { $min } jawaban yang diperlukan.
predicate-high = Potensi maladministrasi tinggi: lebih dari { $share } % pengguna layanan hampir pasti mengalami { $forms }.
predicate-low = Potensi maladministrasi rendah: setiap bentuk maladministrasi dialami paling banyak { $share } % pengguna layanan (dinilai dari rentang keyakinan 95 %).
predicate-undecided = Belum dapat disimpulkan: untuk { $forms }, rentang keyakinan 95 % mencakup batas { $share } %. Perlu lebih banyak jawaban.
predicate-unconfirmed = Batas ini belum dipublikasikan Ombudsman RI; ini perkiraan.
method-follows = Survei ini mengikuti { $title }, versi { $version }.
cutoffs-unpublished = Batas nilai ini belum dipublikasikan Ombudsman RI; ini perkiraan.
method-note-title = Metode penilaian dan angka yang belum pasti
prevalence-title = Bentuk maladministrasi yang dialami
prevalence-intro = Persentase pengguna layanan yang mengalami tiap bentuk maladministrasi (jawaban 1 atau 2), dengan rentang keyakinan 95 % (interval Wilson). Jawaban «tidak tahu / tidak berlaku» tidak dihitung.
prevalence-pooled = Untuk instansi, jawaban semua unitnya digabung lalu dihitung bersama.
prevalence-form = Bentuk maladministrasi
prevalence-share = Yang mengalami
prevalence-range = Rentang keyakinan 95 %
prevalence-met = Mengalami / menjawab
predicate = Predikat
method = Metode penilaian
method-help = Metode Ombudsman RI yang memakai hasil survei ini. Survei yang sudah berjalan tetap memakai versinya.
method-none = Tidak ada (mis. SKM)
method-misfit = Metode ini tidak memakai kuesioner yang dipilih.

# Proof of service by photo.
proof-photos = Bukti foto layanan
proof-photos-no = Tidak diminta
proof-photos-yes = Minta foto karcis atau dokumen (boleh dilewati)
proof-photos-help = Warga dapat melampirkan foto karcis atau dokumen dari kantor layanan. Hanya penilai Ombudsman yang melihatnya, tidak pernah kantor yang dinilai; foto dihapus setelah penilaian.
photo-label = Foto karcis atau dokumen dari kantor ini (boleh dilewati)
photo-help = Hanya untuk penilai Ombudsman, bukan kantor ini; dihapus setelah dinilai.
photo-kept = Foto sudah diterima. Anda tidak perlu memilihnya lagi.
photo-not-image = File ini bukan foto. Pilih foto JPEG, PNG atau WebP, atau lewati.
photo-too-large = Foto ini terlalu besar. Pilih foto yang lebih kecil, atau lewati.
photo-unreadable = Foto ini tidak dapat dibaca. Ambil foto lagi, atau lewati.
proofs-title = Bukti foto layanan
proofs-intro = Foto yang dikirim warga sebagai bukti telah menerima layanan. Jika diterima, jawabannya dihitung sebagai terverifikasi. Setiap kali foto dilihat, tercatat di log audit atas nama Anda.
proofs-none = Tidak ada foto yang menunggu penilaian.
proofs-link = Bukti foto
proof-survey = Survei
proof-unit = Unit layanan
proof-date = Dikirim
proof-image-alt = Foto bukti layanan yang dikirim warga
proof-accept = Terima sebagai bukti
proof-reject = Tolak
proof-reason = Alasan penolakan
proof-reason-required = Tulis alasan penolakan.
proof-confirm = Saya yakin: keputusan ini tidak dapat dibatalkan dan dicatat atas nama saya.
proof-confirm-required = Centang kotak konfirmasi terlebih dahulu.
proof-open = Lihat dan nilai
proofs-verified-note = Skor "terverifikasi" menghitung jawaban dengan kode layanan atau foto bukti yang diterima penilai.
nav-proofs = Bukti foto

# The survey report
report-title = Laporan Hasil Survei
report-for-unit = Unit layanan: { $unit }
report-for-all = Seluruh unit layanan ({ $count } unit)
report-period = Periode { $period } (bulan { $from } sampai { $to })
report-running = Periode ini belum berakhir: angka masih dapat berubah.
report-made = Dibuat { $date } dengan Persepsi
report-s-intro = 1. Pendahuluan
report-intro = Laporan ini menyajikan hasil survei "{ $survey }" di { $agency } untuk periode { $period }: cara data dikumpulkan, profil responden, nilai tiap unsur dan indeks keseluruhan dengan rentang kepercayaan 95 %, unsur terlemah dan rencana tindak lanjutnya, perbandingan dengan periode sebelumnya, dan hasil tindak lanjut periode lalu.
report-instrument = Kuesioner yang dipakai: { $instrument }. Pertanyaannya ada di Lampiran A.
report-s-collection = 2. Pengumpulan data
report-dates = Jawaban yang dihitung masuk antara { $first } dan { $last } (WIB), tanpa nama dan tanpa data pribadi.
report-no-responses = Belum ada jawaban yang dihitung pada periode ini.
report-channels = Jawaban menurut cara pengisian
report-channel-form = Formulir daring (tautan, kode QR, situs instansi)
report-channel-api = Aplikasi lain melalui API
report-channel-import = Kuesioner kertas yang dimasukkan
report-channel-demo = Data contoh (demo)
report-col-channel = Cara pengisian
report-col-responses = Jawaban
report-col-percent = Persen
report-sample-enough = Responden: { $n }. Sampel minimum untuk { $population } pengguna layanan adalah { $required } (tabel Krejcie–Morgan, tingkat kepercayaan 95 %, galat 5 %): jumlah responden mencukupi.
report-sample-short = Responden: { $n }. Sampel minimum untuk { $population } pengguna layanan adalah { $required } (tabel Krejcie–Morgan, tingkat kepercayaan 95 %, galat 5 %): kurang { $missing } responden, jadi hasil ini dibaca dengan hati-hati.
report-sample-unknown = Responden: { $n }. Jumlah pengguna layanan belum dicatat untuk setiap unit, sehingga sampel minimum (tabel Krejcie–Morgan) belum dapat dihitung.
report-suspect = { $count } jawaban yang mencurigakan (misalnya dikirim berulang kali dari satu jaringan) tidak dihitung.
report-verified = { $count } jawaban disertai kode layanan atau bukti foto yang diterima.
report-s-profile = 3. Profil responden
report-no-profile = Kuesioner ini tidak menanyakan profil responden.
report-not-answered = Tidak menjawab
report-col-answer = Jawaban
report-col-count = Jumlah
report-s-results = 4. Hasil
report-overall = Indeks keseluruhan { $score } (rentang 95 %: { $ci }) dari { $n } responden. Mutu pelayanan: { $grade }.
report-units = Indeks per unit layanan
report-col-unit = Unit layanan
report-col-respondents = Responden
report-col-index = Indeks
report-col-ci = Rentang 95 %
report-col-grade = Mutu
report-elements = Nilai per unsur
report-col-element = Unsur
report-col-answered = Menjawab
report-col-mean = Rata-rata (NRR)
report-col-score = Nilai
report-chart-elements = Nilai per unsur; garis mendatar: rentang 95 %; garis tegak: batas mutu
report-forms = Bentuk maladministrasi yang dialami responden
report-chart-forms = Persen responden yang mengalami, dengan rentang 95 %
report-col-form = Bentuk
report-col-met = Mengalami
report-s-plan = 5. Unsur terlemah dan rencana tindak lanjut
report-weakest = Unsur dengan nilai terendah: { $list }.
report-no-actions = Belum ada tindakan yang ditulis untuk periode ini. Tulis tindakan di halaman Rencana tindak lanjut.
report-actions = Rencana tindak lanjut periode { $period }
report-col-status = Status
report-s-trend = 6. Perbandingan dengan periode sebelumnya
report-trend = Indeks per periode
report-chart-trend = Indeks per periode dengan rentang 95 %
report-col-period = Periode
report-col-change = Perubahan
report-significant = lebih dari kebetulan
report-not-significant = masih dalam batas kebetulan
report-trend-sentence = Dibanding periode { $period }, indeks berubah { $change }.
report-no-trend = Belum ada periode sebelumnya untuk dibandingkan.
report-s-earlier = 7. Tindak lanjut rencana periode { $period }
report-earlier = Tindakan periode lalu dan nilai unsurnya sebelum dan sesudah
report-no-earlier = Tidak ada tindakan yang direncanakan untuk periode { $period }.
report-col-before = Sebelum
report-col-after = Sesudah
report-earlier-done = { $done } dari { $all } tindakan periode { $period } sudah selesai.
report-s-conclusions = 8. Kesimpulan
report-sign-place = ......................, { $date }
report-sign-role = Pimpinan { $unit }
report-sign-name = (nama, tanda tangan dan NIP)
report-annex-questions = Lampiran A. Kuesioner
report-optional = (boleh dilewati)
report-free-text = Jawaban bebas.
report-options = Pilihan jawaban: { $list }.
report-annex-data = Lampiran B. Data olahan
report-data = Statistik tiap unsur
report-col-sd = Simpangan baku
report-col-coverage = Yang menjawab
report-annex-method = Lampiran C. Cara menghitung
report-method-ci = Rentang 95 %: dihitung dengan linearisasi (metode delta) penduga rasio atas responden, distribusi t Student dengan derajat bebas n − 1, dipotong pada batas skala. Rentang tiap unsur: t Student atas yang menjawab unsur itu.
report-method-bands = Batas mutu: tabel { $table }.
report-method-name = Metode penilaian: { $method }.
report-method-suspect = Jawaban yang ditandai mencurigakan oleh pemeriksaan otomatis tidak dihitung, kecuali dipulihkan setelah ditinjau.
report-unconfirmed = batas belum diterbitkan resmi
report-all-units = Semua unit
report-pdf = Unduh PDF
report-help = Unduh PDF untuk ditandatangani, atau cetak halaman ini di kertas A4. Angka di laporan sama dengan angka di API untuk saringan yang sama.
report-link = Laporan hasil survei
report-page = Halaman { $n } dari { $total }
signal-pace = Diberikan di tablet kios lebih cepat setelah jawaban sebelumnya daripada waktu satu orang untuk datang dan menjawab.
signal-short-pace = kios terlalu cepat
role-enumerator = Enumerator (hanya wawancara)
channel-kiosk = Tablet di loket (kios)
channel-interview = Wawancara tatap muka
field-title = Pengumpulan: cara pengisian, kios, dan wawancara
field-intro = Bagaimana jawaban survei ini dikumpulkan, per unit. Setiap angka menghitung jawaban yang tersimpan, termasuk yang dicurigai.
field-by-channel = Jawaban per unit dan cara pengisian
field-total = Semua
field-progress = { $done } dari { $target }
field-targets = Target wawancara
field-targets-help = Berapa wawancara yang dibutuhkan tiap unit (0 atau kosong: tanpa target). Pewawancara melihat kemajuannya di ponsel mereka.
field-target = Target
field-interviewed = Wawancara
field-save-targets = Simpan target
field-targets-saved = Target tersimpan.
field-target-bad = Tulis bilangan bulat dari 0 sampai 10.000.
field-interviewers = Wawancara per pewawancara
field-no-interviews = Belum ada wawancara.
field-per-unit = Per unit
field-last = Terbaru
field-mode = Nilai dari wawancara dan isian sendiri
field-mode-help = Nilai unit dari wawancara di samping nilainya dari jawaban yang diisi sendiri (ponsel, kios, aplikasi), masing-masing dengan selang 95%. Selang yang berjauhan menandakan orang menjawab pewawancara secara berbeda.
field-mode-asked = Wawancara
field-mode-own = Isian sendiri
kiosks-link = Tablet kios di loket
kiosks-title = Tablet kios
kiosks-intro = Tablet di loket menampilkan survei ini kepada responden satu demi satu: layar penuh, mulai lagi setelah setiap jawaban dan bila seseorang pergi. Jawabannya disimpan di tablet saat jaringan putus dan dikirim saat tersambung kembali.
kiosks-none = Belum ada tablet yang didaftarkan.
kiosk-waiting = Menunggu dipasangkan (kode berlaku sampai { $until })
kiosk-paired = Dipasangkan { $at }
kiosk-revoked = Dicabut { $at }
kiosk-fresh = Pasangkan “{ $name }” sekarang
kiosk-fresh-how = Di tablet, buka alamat di bawah (atau pindai kode QR) lalu ketik kode ini:
kiosk-fresh-until = Kode ini berlaku sekali, sampai { $until }. Kode tidak ditampilkan lagi.
kiosk-revoke = Cabut
kiosk-revoke-warning = “{ $name }” langsung berhenti menerima jawaban. Ini tidak bisa dibatalkan: untuk memakai tablet lagi, daftarkan ulang.
kiosk-revoke-yes = Ya, cabut tablet ini
kiosk-revoked-done = Tablet sudah dicabut.
kiosk-register = Daftarkan tablet
kiosk-register-help = Beri nama yang dikenali petugas dan unit tempat loketnya berada.
kiosk-name = Nama tablet
kiosk-name-needed = Tulis nama paling panjang 80 karakter.
kiosk-faces = Tampilkan wajah di samping tiap jawaban 1 sampai 4 (kata-katanya tetap)
kiosk-state = Keadaan
kiosk-responses = Jawaban
pair-title = Pasangkan tablet ini
pair-intro = Ketik kode delapan angka yang tampil di halaman “Tablet kios” survei. Tablet lalu menampilkan survei kepada responden satu demi satu.
pair-code = Kode pemasangan
pair-submit = Pasangkan
pair-bad = Kode ini tidak bisa memasangkan tablet: salah, sudah dipakai, kedaluwarsa, atau dicabut. Minta kode baru kepada pengelola.
kiosk-attract = Bagaimana pelayanan kami hari ini?
kiosk-start = Mulai
kiosk-thanks = Jawaban Anda tersimpan. Orang berikutnya dapat mulai sebentar lagi.
kiosk-waiting-send = jawaban menunggu jaringan
field-state-kept = Tersimpan di ponsel
field-state-sent = Terkirim
field-state-refused = Ditolak
field-state-screened = Bukan pengguna layanan (tidak dikirim)
field-offline = Tidak ada sambungan: wawancara tetap di ponsel ini dan terkirim saat tersambung lagi.
field-sign-in-again = Masuk lagi untuk mengirim; wawancara tetap di ponsel ini.
field-sync-done = Semua wawancara di ponsel ini sudah terkirim.
field-sync-nothing = Tidak ada yang perlu dikirim.
interviews-title = Wawancara
interviews-intro = Bacakan pertanyaan dan masukkan jawabannya. Wawancara disimpan di ponsel ini, juga tanpa sambungan, dan dikirim saat tersambung. Responden tetap anonim; Anda dicatat sebagai pewawancara.
interviews-kept = Di ponsel ini
interviews-kept-none = Belum ada wawancara di ponsel ini.
interviews-when = Waktu
interviews-send = Kirim sekarang
interviews-needs-js = Wawancara disimpan di ponsel oleh peramban: nyalakan JavaScript.
interviews-where = Mulai wawancara
interviews-none-open = Tidak ada survei terbuka yang boleh Anda kumpulkan sekarang.
interviews-back = Kembali ke daftar wawancara
interview-saved = Wawancara tersimpan di ponsel. Formulir siap untuk responden berikutnya.
nav-interviews = Wawancara
counters-title = Loket dan petugas
counters-intro = Beri setiap loket (atau petugas) tautan dan kode QR sendiri, lalu lihat loket mana yang perlu perhatian. Angka sebuah loket tampil mulai { $min } jawaban, hanya di sini: tidak pernah untuk warga, tidak pernah di halaman publik.
counters-none = Belum ada loket: jawaban hanya dikaitkan dengan unitnya.
counters-too-few = Kurang dari { $min } jawaban: tidak ditampilkan
counters-link = Tautan dan kode QR
counters-add = Tambah loket
counters-label = Loket atau petugas
counters-label-help = Sebutan petugas, misalnya “Loket 2”. Warga tidak pernah melihatnya.
counters-label-needed = Tulis nama paling panjang 60 karakter.
counters-score = Nilai (selang 95%)
interview-stored = Wawancara terkirim dan tersimpan. Formulir siap untuk responden berikutnya.
survey-copy-title = Periode baru “{ $title }”
survey-copy-intro = Semua terisi dari survei yang disalin. Beri kode alamat baru dan tanggal periode baru; survei baru dimulai sebagai draf, dan survei pertama beserta jawabannya tetap seperti semula.
survey-copy-link = Salin untuk periode baru
webhooks-title = Webhook
webhooks-lead = Kirim kabar otomatis ke sistem lain milik instansi Anda (misalnya aplikasi pengaduan atau dasbor) setiap kali terjadi salah satu kejadian di bawah. Setiap kiriman ditandatangani dan, bila gagal, dicoba lagi selama sehari. Pengiriman tidak pernah memperlambat warga yang mengisi survei.
webhooks-none = Belum ada webhook.
webhooks-add = Tambah webhook
webhook-url = Alamat penerima (URL)
webhook-url-help = Alamat https:// milik sistem Anda yang menerima kiriman POST berisi JSON.
webhook-url-bad = Tulis alamat lengkap yang diawali https:// (paling banyak 500 karakter).
webhook-url-private = Alamat ini menuju jaringan internal atau ke mesin ini sendiri, atau namanya tidak dikenal; kiriman ke sana tidak diizinkan.
webhook-events = Kejadian yang dikirim
webhook-events-needed = Pilih paling sedikit satu kejadian.
webhook-event-stored = Jawaban masuk (berkelompok, paling sering sekali semenit)
webhook-event-band = Zona sebuah unit berubah
webhook-event-closed = Periode survei berakhir
webhook-event-proof = Foto bukti menunggu diperiksa
webhook-secret-once = Kunci rahasia webhook ini. Kunci ini hanya ditampilkan sekali: simpan di sistem penerima untuk memeriksa tanda tangan setiap kiriman.
webhook-signing-help = Setiap kiriman membawa kepala X-Persepsi-Timestamp (detik Unix) dan X-Persepsi-Signature berisi sha256= lalu HMAC-SHA256 dengan kunci rahasia atas waktu, titik, dan isi kiriman. Tolak kiriman yang tanda tangannya tidak cocok atau waktunya lebih dari 5 menit yang lalu. Kiriman yang sama bisa datang lebih dari sekali: pakai X-Persepsi-Delivery untuk mengenalinya.
webhook-deliveries = Kiriman terakhir
webhook-no-deliveries = Belum ada kiriman.
webhook-col-time = Waktu
webhook-col-event = Kejadian
webhook-col-state = Keadaan
webhook-col-tries = Percobaan
webhook-col-answer = Jawaban penerima
webhook-state-pending = Menunggu, akan dicoba lagi
webhook-state-delivered = Terkirim
webhook-state-failed = Gagal, tidak dicoba lagi
webhook-retry = Kirim ulang
webhook-remove = Hapus webhook ini
webhook-remove-confirm = Ya, hapus webhook ini beserta catatan kirimannya
webhook-remove-needed = Centang kotak ini untuk menghapus.
webhook-link = Webhook: kabar otomatis ke sistem lain
webhook-too-many = Instansi ini sudah punya 10 webhook, batas terbanyak. Hapus salah satu dulu.
