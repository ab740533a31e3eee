//! The report's figures and sentences as every section writes them:
//! decimals in the reader's language, intervals, percents, the grade, a
//! table, and the sentences the results and the conclusions share.

use super::{Block, ReportView, Table};
use crate::domain::text::Lang;
use crate::i18n::{self, Tr};
use crate::pages::results_view::decimal;
use crate::views::score::ScoreDto;

/// A figure with two decimals in `lang`, or a dash.
pub(super) fn num(x: Option<f64>, lang: Lang) -> String {
    x.map(|x| decimal(x, lang)).unwrap_or_else(|| "–".into())
}

/// An interval "lo–hi", or a dash.
pub(super) fn interval(ci: Option<[f64; 2]>, lang: Lang) -> String {
    ci.map(|[lo, hi]| format!("{}–{}", decimal(lo, lang), decimal(hi, lang)))
        .unwrap_or_else(|| "–".into())
}

/// A whole number with its thousands marked as the reader writes them:
/// "7.000" in Indonesian, "7,000" in English.
pub(super) fn count(n: u64, lang: Lang) -> String {
    let digits = n.to_string();
    let mark = match lang {
        Lang::Id => '.',
        Lang::En => ',',
    };
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(mark);
        }
        out.push(d);
    }
    out
}

/// `part` of `whole` in percent with one decimal, or a dash.
pub(super) fn percent(part: u64, whole: u64, lang: Lang) -> String {
    if whole == 0 {
        return "–".into();
    }
    let s = format!("{:.1} %", part as f64 * 100.0 / whole as f64);
    match lang {
        Lang::Id => s.replace('.', ","),
        Lang::En => s,
    }
}

/// The grade of a score: its band, the bands its interval straddles, or
/// why there is none.
pub(super) fn grade(s: &ScoreDto) -> String {
    if let Some(b) = &s.band {
        return b.label.clone();
    }
    if !s.band_uncertain.is_empty() {
        let labels: Vec<&str> = s.band_uncertain.iter().map(|b| b.label.as_str()).collect();
        return labels.join(" / ");
    }
    s.band_note.clone().unwrap_or_else(|| "–".into())
}

/// A table of `head` (texts), `widths` and right-aligned `numeric` columns.
pub(super) fn table(
    caption: String,
    head: &[Tr],
    widths: &[f32],
    numeric: &[bool],
    rows: Vec<Vec<String>>,
    lang: Lang,
) -> Block {
    Block::Table(Table {
        caption,
        head: head.iter().map(|t| t.get(lang).to_string()).collect(),
        widths: widths.to_vec(),
        numeric: numeric.to_vec(),
        rows,
    })
}

/// What the sample is against the one needed, and why.
pub(super) fn sample_sentence(v: &ReportView, lang: Lang) -> String {
    let n = v.score.n;
    match (v.score.n_required, v.population) {
        (Some(required), Some(population)) if n >= required => i18n::REPORT_SAMPLE_ENOUGH.with(
            lang,
            &[
                ("n", count(n, lang).into()),
                ("required", count(required, lang).into()),
                ("population", count(population, lang).into()),
            ],
        ),
        (Some(required), Some(population)) => i18n::REPORT_SAMPLE_SHORT.with(
            lang,
            &[
                ("n", count(n, lang).into()),
                ("required", count(required, lang).into()),
                ("population", count(population, lang).into()),
                ("missing", count(required - n, lang).into()),
            ],
        ),
        _ => i18n::REPORT_SAMPLE_UNKNOWN.with(lang, &[("n", count(n, lang).into())]),
    }
}

/// The sentence of the overall index.
pub(super) fn overall_sentence(v: &ReportView, lang: Lang) -> String {
    let s = &v.score;
    if s.score.is_none() {
        return i18n::REPORT_NO_RESPONSES.get(lang).into();
    }
    i18n::REPORT_OVERALL.with(
        lang,
        &[
            ("score", num(s.score, lang).into()),
            ("ci", interval(s.ci, lang).into()),
            ("n", count(s.n, lang).into()),
            ("grade", grade(s).into()),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_mark_thousands_as_each_language_writes_them() {
        assert_eq!(count(7000, Lang::Id), "7.000");
        assert_eq!(count(7000, Lang::En), "7,000");
        assert_eq!(count(1_234_567, Lang::Id), "1.234.567");
        assert_eq!(count(380, Lang::Id), "380");
        assert_eq!(count(0, Lang::En), "0");
    }

    #[test]
    fn figures_and_intervals_use_the_readers_decimal_mark() {
        assert_eq!(num(Some(84.271), Lang::Id), "84,27");
        assert_eq!(num(None, Lang::Id), "–");
        assert_eq!(interval(Some([83.61, 84.93]), Lang::En), "83.61–84.93");
        assert_eq!(percent(1, 3, Lang::Id), "33,3 %");
        assert_eq!(percent(1, 0, Lang::Id), "–");
    }
}
