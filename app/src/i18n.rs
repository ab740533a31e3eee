//! Every fixed string the pages show, in Bahasa Indonesia and English, in
//! one place. Item wording comes from the instrument definitions instead.

use crate::domain::text::Lang;

/// A fixed string in both languages.
#[derive(Clone, Copy, Debug)]
pub struct Tr(pub &'static str, pub &'static str);

impl Tr {
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
