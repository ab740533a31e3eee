//! Every fixed string the pages show, in Bahasa Indonesia and English, in
//! one place. Item wording comes from the instrument definitions instead.

use crate::domain::text::Lang;

/// A fixed string in both languages.
#[derive(Clone, Copy, Debug)]
pub struct Tr(pub &'static str, pub &'static str);

impl Tr {
    /// Both languages as a message (for field errors).
    pub fn text(self) -> crate::domain::text::Text {
        crate::domain::text::Text::new(self.0, self.1)
    }

    /// The string in `lang`.
    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Id => self.0,
            Lang::En => self.1,
        }
    }
}

/// Name of the product.
pub const PRODUCT: &str = "Persepsi";
/// Link to the other language, in that language.
pub const OTHER_LANGUAGE: Tr = Tr("English", "Bahasa Indonesia");
/// Submit button.
pub const SUBMIT: Tr = Tr("Kirim jawaban", "Send my answers");
/// Heading of the error summary.
pub const FIX_ERRORS: Tr = Tr(
    "Jawaban belum terkirim. Periksa kembali pertanyaan berikut:",
    "Your answers were not sent yet. Please check these questions:",
);
/// Unit selector label.
pub const UNIT_LABEL: Tr = Tr(
    "Unit layanan yang Anda datangi",
    "The service unit you visited",
);
/// Unit selector placeholder.
pub const UNIT_CHOOSE: Tr = Tr("Pilih unit layanan", "Choose a service unit");
/// Unit missing.
pub const UNIT_REQUIRED: Tr = Tr(
    "Pilih unit layanan yang Anda datangi.",
    "Choose the service unit you visited.",
);
/// Shown when the token was not valid or expired.
pub const TOKEN_STALE: Tr = Tr(
    "Formulir ini sudah terlalu lama terbuka. Jawaban Anda masih ada di bawah; periksa lalu kirim lagi.",
    "This form was open for too long. Your answers are still below; check them and send again.",
);
/// Marks a required question.
pub const REQUIRED: Tr = Tr("wajib", "required");
/// Marks an optional question.
pub const OPTIONAL: Tr = Tr("boleh dikosongkan", "optional");
/// Progress text: "{n} of {total} answered".
pub const PROGRESS: Tr = Tr("dari", "of");
/// Progress text tail.
pub const PROGRESS_TAIL: Tr = Tr("pertanyaan terjawab", "questions answered");
/// Thanks page heading.
pub const THANKS_TITLE: Tr = Tr("Terima kasih!", "Thank you!");
/// Thanks page body.
pub const THANKS_BODY: Tr = Tr(
    "Jawaban Anda sudah kami terima dan tersimpan.",
    "We have received and stored your answers.",
);
/// Thanks page: what happens next.
pub const THANKS_NEXT: Tr = Tr(
    "Jawaban Anda digabung dengan jawaban warga lain, tanpa nama, untuk menilai mutu layanan unit ini. Hasilnya terbuka untuk umum.",
    "Your answers are combined, without names, with other citizens' answers to assess this unit's service. The results are public.",
);
/// Link to results.
pub const SEE_RESULTS: Tr = Tr("Lihat hasil survei", "See the survey results");
/// Results heading.
pub const RESULTS_TITLE: Tr = Tr("Hasil survei", "Survey results");
/// Label for the score.
pub const SCORE: Tr = Tr("Nilai", "Score");
/// Label for the number of responses.
pub const RESPONSES: Tr = Tr("Jumlah responden", "Responses");
/// Label for the band.
pub const BAND: Tr = Tr("Kategori", "Band");
/// No score yet.
pub const NO_SCORE: Tr = Tr(
    "Belum ada jawaban yang dapat dinilai.",
    "No answers to score yet.",
);
/// Too few responses for a band.
pub const SAMPLE_TOO_SMALL: Tr = Tr(
    "Sampel belum cukup untuk menentukan kategori",
    "Sample too small for a band",
);
/// Band cut-off not published.
pub const UNCONFIRMED: Tr = Tr(
    "batas kategori ini belum dipublikasikan resmi",
    "this band's cut-off is not officially published",
);
/// Joins bands: "B or C".
pub const OR: Tr = Tr(" atau ", " or ");
/// The interval straddles a cut-off.
pub const BAND_UNCERTAIN: Tr = Tr(
    "Selang kepercayaan 95 % melintasi batas kategori: kategori belum dapat dipastikan.",
    "The 95 % confidence interval straddles a band cut-off: the band is not yet certain.",
);
/// Label of the interval.
pub const CI95: Tr = Tr("Selang kepercayaan 95 %:", "95 % confidence interval:");
/// Sample adequacy.
pub const REQUIRED_SAMPLE: Tr = Tr("Sampel yang diperlukan:", "Sample needed:");
/// Its method.
pub const KREJCIE_MORGAN: Tr = Tr("Krejcie–Morgan, 95 %, ±5 %", "Krejcie–Morgan, 95 %, ±5 %");
/// Suspect responses.
pub const SUSPECT_EXCLUDED: Tr = Tr(
    "Jawaban mencurigakan yang tidak dihitung",
    "Suspect responses left out",
);
/// Period label.
pub const PERIOD: Tr = Tr("Periode", "Period");
/// Trend lead.
pub const CHANGE_FROM: Tr = Tr("Perubahan dari", "Change from");
/// A change beyond noise.
pub const CHANGE_REAL: Tr = Tr(
    "Perubahan ini nyata, bukan variasi acak.",
    "This change is real, not noise.",
);
/// A change within noise.
pub const CHANGE_NOISE: Tr = Tr(
    "Perubahan ini belum dapat dibedakan dari variasi acak.",
    "This change cannot yet be told from noise.",
);
/// Nothing to compare.
pub const NO_COMPARISON: Tr = Tr(
    "belum ada data untuk dibandingkan.",
    "no data to compare with yet.",
);
/// Per-unit table heading.
pub const PER_UNIT: Tr = Tr("Nilai per unit layanan", "Score per service unit");
/// Column: unit.
pub const UNIT: Tr = Tr("Unit layanan", "Service unit");
/// Per-item table heading.
pub const PER_ITEM: Tr = Tr("Rata-rata per pertanyaan (1–4)", "Mean per question (1–4)");
/// Column: question.
pub const QUESTION: Tr = Tr("Pertanyaan", "Question");
/// Column: mean.
pub const MEAN: Tr = Tr("Rata-rata", "Mean");
/// Column: n.
pub const ANSWERED: Tr = Tr("Dijawab", "Answered");
/// Back to the form.
pub const BACK_TO_FORM: Tr = Tr("Kembali ke formulir", "Back to the form");
/// 404 title.
pub const NOT_FOUND_TITLE: Tr = Tr("Survei tidak ditemukan", "Survey not found");
/// 404 body.
pub const NOT_FOUND_BODY: Tr = Tr(
    "Alamat survei ini tidak dikenal. Periksa kembali tautan atau kode QR yang Anda pindai.",
    "We do not know this survey address. Check the link or the QR code you scanned.",
);
/// 410 title.
pub const CLOSED_TITLE: Tr = Tr("Survei sudah ditutup", "This survey is closed");
/// 410 body.
pub const CLOSED_BODY: Tr = Tr(
    "Survei ini tidak lagi menerima jawaban. Terima kasih atas kesediaan Anda.",
    "This survey no longer takes answers. Thank you for your willingness to help.",
);
/// 429 title.
pub const TOO_MANY_TITLE: Tr = Tr("Terlalu banyak kiriman", "Too many submissions");
/// 429 body.
pub const TOO_MANY_BODY: Tr = Tr(
    "Terlalu banyak kiriman dari perangkat atau jaringan ini dalam waktu singkat. Tunggu sebentar lalu coba lagi; jawaban Anda tidak hilang bila Anda kembali ke halaman sebelumnya.",
    "Too many submissions from this device or network in a short time. Wait a moment and try again; your answers are kept if you go back to the previous page.",
);
/// Seconds to wait.
pub const RETRY_IN: Tr = Tr("Coba lagi dalam", "Try again in");
/// Seconds unit.
pub const SECONDS: Tr = Tr("detik", "seconds");
/// 503 title.
pub const UNAVAILABLE_TITLE: Tr = Tr("Layanan sedang sibuk", "The service is busy");
/// 503 body.
pub const UNAVAILABLE_BODY: Tr = Tr(
    "Kami tidak dapat menyimpan atau menampilkan data saat ini. Jawaban Anda belum terkirim; tunggu sebentar lalu kirim lagi.",
    "We cannot store or show data right now. Your answers have not been sent; wait a moment and send them again.",
);
/// 413 title.
pub const TOO_LARGE_TITLE: Tr = Tr("Kiriman terlalu besar", "This submission is too large");
/// 413 body.
pub const TOO_LARGE_BODY: Tr = Tr(
    "Jawaban Anda belum terkirim karena terlalu panjang. Kembali ke halaman sebelumnya, persingkat jawaban teks, lalu kirim lagi.",
    "Your answers were not sent because they are too long. Go back, shorten the text answers and send again.",
);
/// Anonymity note in the footer.
pub const FOOTER: Tr = Tr(
    "Persepsi: survei persepsi pelayanan publik. Anonim, tanpa nama atau nomor telepon.",
    "Persepsi: public-service perception surveys. Anonymous: no names or phone numbers.",
);
/// Service code field label.
pub const CODE_LABEL: Tr = Tr("Kode layanan", "Service code");
/// Service code help.
pub const CODE_HELP: Tr = Tr(
    "Jika petugas memberi Anda kode (di struk atau tiket antrean), tuliskan di sini. Jika tidak ada, kosongkan.",
    "If staff gave you a code (on your receipt or queue ticket), type it here. If not, leave it empty.",
);
/// Label of the field hidden from people (read only by bots).
pub const HONEYPOT_LABEL: Tr = Tr("Jangan isi kolom ini", "Leave this field empty");
/// A repeat answer refused by the survey's device policy.
pub const REPEAT_TITLE: Tr = Tr(
    "Anda sudah mengisi survei ini",
    "You have answered this survey already",
);
/// Its explanation.
pub const REPEAT_BODY: Tr = Tr(
    "Terima kasih! Jawaban Anda bulan ini sudah tercatat, dan survei ini menerima satu jawaban per perangkat setiap bulan. Anda dapat mengisinya lagi bulan depan.",
    "Thank you! Your answer for this month is recorded already, and this survey takes one answer per device each month. You can answer again next month.",
);
/// A visible resource the role may not change.
pub const FORBIDDEN_TITLE: Tr = Tr("Tidak diizinkan", "Not allowed");
/// Its explanation.
pub const FORBIDDEN_BODY: Tr = Tr(
    "Akun Anda hanya dapat melihat data ini, tidak mengubahnya.",
    "Your account can look at this, not change it.",
);

// ---- Admin pages -----------------------------------------------------------

/// Admin header.
pub const ADMIN: Tr = Tr("Persepsi · Pengelola", "Persepsi · Admin");
/// Nav: home.
pub const NAV_HOME: Tr = Tr("Beranda", "Home");
/// Nav: password.
pub const NAV_PASSWORD: Tr = Tr("Ganti kata sandi", "Change password");
/// Nav: sign out.
pub const NAV_LOGOUT: Tr = Tr("Keluar", "Sign out");
/// Login heading.
pub const LOGIN_TITLE: Tr = Tr("Masuk pengelola", "Sign in");
/// Login intro.
pub const LOGIN_INTRO: Tr = Tr(
    "Untuk petugas instansi dan penilai. Warga tidak perlu masuk untuk mengisi survei.",
    "For agency staff and assessors. Citizens do not sign in to answer a survey.",
);
/// E-mail field.
pub const EMAIL: Tr = Tr("Alamat email", "E-mail address");
/// Password field.
pub const PASSWORD: Tr = Tr("Kata sandi", "Password");
/// Login button.
pub const LOGIN: Tr = Tr("Masuk", "Sign in");
/// Wrong e-mail or password.
pub const LOGIN_FAILED: Tr = Tr(
    "Email atau kata sandi salah.",
    "Wrong e-mail address or password.",
);
/// Anti-forgery check failed.
pub const CSRF_TITLE: Tr = Tr("Formulir kedaluwarsa", "This form has expired");
/// Its explanation.
pub const CSRF_BODY: Tr = Tr(
    "Demi keamanan, formulir ini tidak diterima. Muat ulang halaman sebelumnya lalu kirim lagi.",
    "For your safety this form was not accepted. Reload the previous page and send it again.",
);
/// Not found (admin).
pub const ADMIN_NOT_FOUND_TITLE: Tr = Tr("Tidak ditemukan", "Not found");
/// Its explanation.
pub const ADMIN_NOT_FOUND_BODY: Tr = Tr(
    "Halaman ini tidak ada, atau tidak termasuk wewenang akun Anda.",
    "This page does not exist, or is outside your account's reach.",
);
/// Password change heading.
pub const PASSWORD_TITLE: Tr = Tr("Ganti kata sandi", "Change your password");
/// Current password.
pub const PASSWORD_CURRENT: Tr = Tr("Kata sandi sekarang", "Current password");
/// New password.
pub const PASSWORD_NEW: Tr = Tr("Kata sandi baru", "New password");
/// New password help.
pub const PASSWORD_NEW_HELP: Tr = Tr(
    "Paling sedikit 10 karakter. Sesi lain akun ini akan dikeluarkan.",
    "At least 10 characters. Your other sessions will be signed out.",
);
/// Current password wrong.
pub const PASSWORD_WRONG: Tr = Tr(
    "Kata sandi sekarang salah.",
    "The current password is wrong.",
);
/// New password too short.
pub const PASSWORD_SHORT: Tr = Tr(
    "Kata sandi baru paling sedikit 10 karakter.",
    "The new password needs at least 10 characters.",
);
/// Saved.
pub const SAVE: Tr = Tr("Simpan", "Save");
/// Password changed.
pub const PASSWORD_CHANGED: Tr = Tr("Kata sandi sudah diganti.", "Your password was changed.");
/// Agencies heading.
pub const AGENCIES: Tr = Tr("Instansi penyelenggara layanan", "Service providers");
/// New agency.
pub const AGENCY_NEW: Tr = Tr("Tambah instansi", "Add a provider");
/// Edit agency.
pub const AGENCY_EDIT: Tr = Tr("Ubah data instansi", "Edit the provider");
/// Name.
pub const NAME: Tr = Tr("Nama", "Name");
/// Slug.
pub const SLUG: Tr = Tr("Kode alamat", "Address code");
/// Slug help.
pub const SLUG_HELP: Tr = Tr(
    "Huruf kecil, angka dan tanda hubung; dipakai di alamat web dan tidak dapat diubah.",
    "Lower-case letters, digits and dashes; used in web addresses and cannot be changed.",
);
/// Kind.
pub const KIND: Tr = Tr("Jenis", "Kind");
/// Region.
pub const REGION: Tr = Tr("Provinsi", "Province");
/// Parent.
pub const PARENT: Tr = Tr("Induk (jika ada)", "Parent (if any)");
/// None choice.
pub const NONE: Tr = Tr("— tidak ada —", "— none —");
/// Units heading.
pub const UNITS: Tr = Tr("Unit layanan", "Service units");
/// New unit.
pub const UNIT_NEW: Tr = Tr("Tambah unit layanan", "Add a service unit");
/// Edit unit.
pub const UNIT_EDIT: Tr = Tr("Ubah unit layanan", "Edit the service unit");
/// Sector.
pub const SECTOR: Tr = Tr("Bidang layanan", "Sector");
/// Expected users.
pub const EXPECTED_USERS: Tr = Tr(
    "Perkiraan pengguna layanan per tahun",
    "Expected service users per year",
);
/// Expected users help.
pub const EXPECTED_USERS_HELP: Tr = Tr(
    "Untuk menghitung besar sampel yang diperlukan (Krejcie–Morgan). Boleh dikosongkan.",
    "Used to compute the sample needed (Krejcie–Morgan). Optional.",
);
/// Edit link.
pub const EDIT: Tr = Tr("Ubah", "Edit");
/// Surveys heading.
pub const SURVEYS: Tr = Tr("Survei", "Surveys");
/// New survey.
pub const SURVEY_NEW: Tr = Tr("Buat survei", "Create a survey");
/// Edit survey.
pub const SURVEY_EDIT: Tr = Tr("Ubah survei", "Edit the survey");
/// Title field.
pub const TITLE: Tr = Tr("Judul", "Title");
/// Instrument field.
pub const INSTRUMENT: Tr = Tr("Kuesioner (versi)", "Questionnaire (version)");
/// Instrument locked.
pub const INSTRUMENT_LOCKED: Tr = Tr(
    "Kuesioner dan tabel kategori tidak dapat diubah setelah survei dibuka.",
    "The questionnaire and band table cannot change once the survey is open.",
);
/// Band table field.
pub const BAND_TABLE: Tr = Tr("Tabel kategori nilai", "Band table");
/// Opens.
pub const OPENS: Tr = Tr("Dibuka mulai (tanggal)", "Opens on (date)");
/// Closes.
pub const CLOSES: Tr = Tr("Ditutup pada (tanggal)", "Closes on (date)");
/// Date help.
pub const DATE_HELP: Tr = Tr(
    "Format TTTT-BB-HH; boleh dikosongkan.",
    "As YYYY-MM-DD; optional.",
);
/// Embed origins.
pub const EMBED_ORIGINS: Tr = Tr(
    "Situs yang boleh menyematkan survei",
    "Sites allowed to embed the survey",
);
/// Embed origins help.
pub const EMBED_ORIGINS_HELP: Tr = Tr(
    "Satu alamat per baris, misalnya https://dukcapil.klungkungkab.go.id. Situs lain tidak dapat menampilkannya.",
    "One per line, e.g. https://dukcapil.klungkungkab.go.id. Other sites cannot show it.",
);
/// Device policy.
pub const DEVICE_POLICY: Tr = Tr(
    "Jawaban ulang dari perangkat yang sama (per bulan)",
    "Repeat answers from one device (per month)",
);
/// Allow.
pub const POLICY_ALLOW: Tr = Tr(
    "Terima (misalnya tablet kios)",
    "Accept (e.g. a kiosk tablet)",
);
/// Flag.
pub const POLICY_FLAG: Tr = Tr(
    "Terima tetapi tandai mencurigakan",
    "Accept but flag as suspect",
);
/// Reject.
pub const POLICY_REJECT: Tr = Tr("Tolak dengan sopan", "Refuse politely");
/// Status.
pub const STATUS: Tr = Tr("Status", "Status");
/// Draft.
pub const STATUS_DRAFT: Tr = Tr("Draf", "Draft");
/// Open.
pub const STATUS_OPEN: Tr = Tr("Dibuka", "Open");
/// Closed.
pub const STATUS_CLOSED: Tr = Tr("Ditutup", "Closed");
/// Publish button.
pub const PUBLISH: Tr = Tr("Buka survei untuk warga", "Open the survey to citizens");
/// Close button.
pub const CLOSE_SURVEY: Tr = Tr("Tutup survei", "Close the survey");
/// Wrong status change.
pub const STATUS_CHANGE_BAD: Tr = Tr(
    "Status hanya dapat berubah dari draf ke dibuka, lalu ke ditutup.",
    "A survey goes from draft to open, then to closed.",
);
/// Responses count.
pub const RESPONSES_SO_FAR: Tr = Tr("Jawaban masuk", "Responses so far");
/// Public link.
pub const PUBLIC_LINK: Tr = Tr("Tautan untuk warga", "Link for citizens");
/// QR heading.
pub const QR_CODES: Tr = Tr("Kode QR dan poster", "QR codes and posters");
/// Whole survey.
pub const WHOLE_SURVEY: Tr = Tr(
    "Seluruh survei (warga memilih unit)",
    "Whole survey (citizens pick the unit)",
);
/// Poster link.
pub const POSTER: Tr = Tr("Poster A4", "A4 poster");
/// Embed heading.
pub const EMBED: Tr = Tr(
    "Sematkan di situs instansi",
    "Embed in the agency's website",
);
/// Embed help.
pub const EMBED_HELP: Tr = Tr(
    "Salin kode ini ke halaman situs Anda. Formulir dimuat setelah halaman Anda selesai, jadi tidak memperlambatnya. Situs itu harus tercantum di daftar situs yang boleh menyematkan.",
    "Paste this into a page of your website. The form loads after your page, so it does not slow it down. The site must be in the list of sites allowed to embed.",
);
/// Results link.
pub const RESULTS_LINK: Tr = Tr("Lihat hasil", "See the results");
/// Codes heading.
pub const CODES: Tr = Tr("Kode layanan sekali pakai", "One-time service codes");
/// Codes help.
pub const CODES_HELP: Tr = Tr(
    "Cetak pada struk atau tiket antrean. Jawaban yang memakai kode tercatat sebagai terverifikasi. Kode hanya ditampilkan sekali.",
    "Print them on receipts or queue tickets. Answers carrying a code count as verified. Codes are shown only once.",
);
/// Code count.
pub const CODE_COUNT: Tr = Tr("Jumlah kode", "How many codes");
/// Code expiry.
pub const CODE_EXPIRY: Tr = Tr(
    "Berlaku (hari; kosongkan bila tanpa batas)",
    "Valid for (days; empty for no limit)",
);
/// Generate.
pub const GENERATE: Tr = Tr("Buat kode", "Generate codes");
/// Generated.
pub const CODES_MADE: Tr = Tr(
    "Kode berikut tidak akan ditampilkan lagi. Cetak atau simpan sekarang.",
    "These codes will not be shown again. Print or save them now.",
);
/// Print.
pub const PRINT: Tr = Tr("Cetak", "Print");
/// Back.
pub const BACK: Tr = Tr("Kembali", "Back");
/// Poster headline.
pub const POSTER_HEADLINE: Tr = Tr(
    "Bagaimana layanan kami hari ini?",
    "How was our service today?",
);
/// Poster instruction.
pub const POSTER_INSTRUCTION: Tr = Tr(
    "Pindai kode QR ini dengan kamera ponsel Anda dan isi survei singkat (sekitar 2 menit). Tanpa nama, tanpa mendaftar. Jawaban Anda membantu kami memperbaiki layanan.",
    "Scan this QR code with your phone's camera and answer a short survey (about 2 minutes). No name, no sign-up. Your answers help us improve.",
);
/// Poster fallback.
pub const POSTER_OR_OPEN: Tr = Tr("Atau buka:", "Or open:");
/// Required field.
pub const FIELD_REQUIRED: Tr = Tr("Wajib diisi.", "Required.");
/// Invalid slug.
pub const SLUG_BAD: Tr = Tr(
    "Gunakan huruf kecil, angka dan tanda hubung (paling banyak 64).",
    "Use lower-case letters, digits and dashes (64 at most).",
);
/// Slug taken.
pub const SLUG_TAKEN: Tr = Tr(
    "Kode alamat ini sudah dipakai.",
    "This address code is taken.",
);
/// Too long.
pub const TOO_LONG: Tr = Tr("Terlalu panjang.", "Too long.");
/// Unknown choice.
pub const BAD_CHOICE: Tr = Tr(
    "Pilih salah satu pilihan yang ada.",
    "Pick one of the choices.",
);
/// Bad number.
pub const BAD_NUMBER: Tr = Tr(
    "Tulis bilangan bulat yang wajar.",
    "Write a sensible whole number.",
);
/// Bad date.
pub const BAD_DATE: Tr = Tr(
    "Tulis tanggal sebagai TTTT-BB-HH.",
    "Write the date as YYYY-MM-DD.",
);
/// Close before open.
pub const CLOSES_BEFORE: Tr = Tr(
    "Tanggal tutup harus sesudah tanggal buka.",
    "The closing date must come after the opening date.",
);
/// Bad origin.
pub const BAD_ORIGIN: Tr = Tr(
    "Tulis alamat situs saja, seperti https://contoh.go.id (tanpa jalur).",
    "Write just the site, like https://example.go.id (no path).",
);
/// No unit.
pub const UNITS_REQUIRED: Tr = Tr(
    "Pilih paling sedikit satu unit layanan.",
    "Pick at least one service unit.",
);
/// No units yet.
pub const NO_UNITS: Tr = Tr("Belum ada unit layanan.", "No service units yet.");
/// No surveys yet.
pub const NO_SURVEYS: Tr = Tr("Belum ada survei.", "No surveys yet.");
/// Signed in as.
pub const SIGNED_IN_AS: Tr = Tr("Masuk sebagai", "Signed in as");
/// Heading of an admin form's error summary.
pub const FIX_ERRORS_ADMIN: Tr = Tr(
    "Belum tersimpan. Periksa isian berikut:",
    "Not saved yet. Please check these fields:",
);
/// Exports heading.
pub const EXPORTS: Tr = Tr("Ekspor data", "Export data");
/// Exports intro.
pub const EXPORTS_INTRO: Tr = Tr(
    "Semua jawaban dalam jangkauan akun Anda, satu baris per jawaban dan satu kolom per pertanyaan, beserta buku kode. Setiap ekspor dicatat.",
    "Every response within your account's reach, one row each and one column per question, with a codebook. Every export is logged.",
);
/// All.
pub const ALL: Tr = Tr("Semua", "All");
/// Period help.
pub const PERIOD_HELP: Tr = Tr(
    "Misalnya 2026, 2026-Q3 atau 2026-11; kosongkan untuk semua.",
    "E.g. 2026, 2026-Q3 or 2026-11; empty for all.",
);
/// Verified only.
pub const VERIFIED_ONLY: Tr = Tr(
    "Hanya jawaban terverifikasi (kode layanan)",
    "Verified responses only (service codes)",
);
/// With suspect.
pub const WITH_SUSPECT: Tr = Tr(
    "Sertakan jawaban yang ditandai mencurigakan",
    "Include responses flagged suspect",
);
/// BOM.
pub const EXCEL_BOM: Tr = Tr("CSV untuk Excel (dengan BOM)", "CSV for Excel (with a BOM)");
/// Format.
pub const FORMAT: Tr = Tr("Format", "Format");
/// Codebook.
pub const CODEBOOK: Tr = Tr("Buku kode (JSON)", "Codebook (JSON)");
/// Download.
pub const DOWNLOAD: Tr = Tr("Unduh", "Download");
/// Progress note.
pub const EXPORT_PROGRESS: Tr = Tr(
    "Ekspor besar dikirim bertahap sejak baris pertama; kemajuannya tampil di bawah tombol (atau, tanpa JavaScript, di daftar unduhan peramban).",
    "Large exports are sent piece by piece from the first row; the progress shows below the button (or, without JavaScript, in your browser's downloads).",
);
/// Nav: exports.
pub const NAV_EXPORTS: Tr = Tr("Ekspor", "Export");
/// Tokens heading.
pub const TOKENS: Tr = Tr("Token API", "API tokens");
/// Tokens intro.
pub const TOKENS_INTRO: Tr = Tr(
    "Untuk alat Anda sendiri (skrip, R, Python): token bertindak dengan peran dan jangkauan akun ini. Kirim sebagai \"Authorization: Bearer …\".",
    "For your own tools (scripts, R, Python): a token acts with this account's role and reach. Send it as \"Authorization: Bearer …\".",
);
/// Shown once.
pub const TOKEN_ONCE: Tr = Tr(
    "Salin token ini sekarang; token tidak akan ditampilkan lagi.",
    "Copy this token now; it will not be shown again.",
);
/// Token name.
pub const TOKEN_NAME: Tr = Tr("Nama token (untuk apa)", "Token name (what it is for)");
/// Create token.
pub const TOKEN_CREATE: Tr = Tr("Buat token", "Create a token");
/// Revoke.
pub const REVOKE: Tr = Tr("Cabut", "Revoke");
/// Revoked.
pub const REVOKED: Tr = Tr("dicabut", "revoked");
/// Nav: tokens.
pub const NAV_TOKENS: Tr = Tr("Token API", "API tokens");
/// Verified share.
pub const VERIFIED_SHARE: Tr = Tr("Terverifikasi", "Verified");
/// Verified (column).
pub const VERIFIED: Tr = Tr("Terverifikasi", "Verified");
/// Suspect count.
pub const SUSPECT_COUNT: Tr = Tr("Mencurigakan (tidak dihitung)", "Suspect (left out)");
/// As a table.
pub const AS_TABLE: Tr = Tr("Tampilkan sebagai tabel", "Show as a table");
/// Trend.
pub const TREND: Tr = Tr(
    "Nilai per triwulan, dengan selang kepercayaan 95 %",
    "Score per quarter, with its 95 % interval",
);
/// Ranking.
pub const RANKING: Tr = Tr("Peringkat", "Ranking");
/// Level.
pub const LEVEL: Tr = Tr("Tingkat", "Level");
/// Agencies level.
pub const LEVEL_AGENCY: Tr = Tr("Instansi", "Providers");
/// Units level.
pub const LEVEL_UNIT: Tr = Tr("Unit layanan", "Service units");
/// Sort.
pub const SORT: Tr = Tr("Urutan", "Order");
/// Best first.
pub const SORT_BEST: Tr = Tr("Nilai tertinggi dulu", "Best score first");
/// Worst first.
pub const SORT_WORST: Tr = Tr("Nilai terendah dulu", "Lowest score first");
/// Most responses first.
pub const SORT_N: Tr = Tr("Responden terbanyak dulu", "Most responses first");
/// By name.
pub const SORT_NAME: Tr = Tr("Menurut nama", "By name");
/// Apply.
pub const APPLY: Tr = Tr("Terapkan", "Apply");
/// Count of ranked.
pub const RANKED: Tr = Tr("dalam peringkat", "ranked");
/// Export scores.
pub const EXPORT_SCORES: Tr = Tr("Unduh nilai", "Download scores");
/// Pages.
pub const PAGES: Tr = Tr("Halaman", "Pages");
/// Previous.
pub const PREV: Tr = Tr("‹ Sebelumnya", "‹ Previous");
/// Next.
pub const NEXT: Tr = Tr("Berikutnya ›", "Next ›");
/// Nav: ranking.
pub const NAV_RANKING: Tr = Tr("Peringkat", "Ranking");
/// Dashboard link.
pub const DASHBOARD: Tr = Tr("Dasbor nilai", "Score dashboard");
/// All periods.
pub const ALL_PERIODS: Tr = Tr("semua periode", "all periods");
/// After a response that tells of maladministration: heading.
pub const COMPLAINT_TITLE: Tr = Tr(
    "Mengalami maladministrasi?",
    "Did you meet maladministration?",
);
/// Its explanation.
pub const COMPLAINT_BODY: Tr = Tr(
    "Survei ini tidak meneruskan pengaduan. Jika Anda ingin melaporkan kejadiannya secara resmi (misalnya diminta uang, dipersulit, atau dilayani tidak sesuai prosedur), gunakan SP4N-LAPOR!, layanan pengaduan pelayanan publik nasional. Anda boleh melapor tanpa menyebut nama.",
    "This survey does not pass on complaints. If you want to report what happened officially (for example being asked for money, made to wait without reason, or served against the rules), use SP4N-LAPOR!, the national public-service complaint channel. You may report without giving your name.",
);
/// Its link.
pub const COMPLAINT_LINK: Tr = Tr("Buka SP4N-LAPOR!", "Open SP4N-LAPOR!");
/// Sending.
pub const SENDING: Tr = Tr("Mengirim jawaban…", "Sending your answers…");
/// Not sent yet.
pub const NOT_SENT_YET: Tr = Tr(
    "Belum terkirim: tidak ada sambungan internet. Jawaban Anda tersimpan di ponsel ini dan akan dikirim otomatis begitu tersambung lagi.",
    "Not sent yet: there is no internet connection. Your answers are kept on this phone and will be sent as soon as it is back.",
);
/// Sent.
pub const SENT: Tr = Tr("Terkirim.", "Sent.");
/// Export progress: rows so far, of all.
pub const EXPORT_ROWS: Tr = Tr("baris diterima dari", "rows received of");
/// Export finished.
pub const EXPORT_DONE: Tr = Tr("Selesai; berkas disimpan.", "Done; the file is saved.");
