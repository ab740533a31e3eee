//! The report's annexes as blocks: the questionnaire as asked, the
//! processed data per element, and how the figures are computed.

use super::format::{num, percent, table};
use super::{Block, ReportView};
use crate::domain::text::Lang;
use crate::i18n;

/// Annexes A to C, on a new page.
pub(super) fn annexes(v: &ReportView, lang: Lang, out: &mut Vec<Block>) {
    out.push(Block::NewPage);
    out.push(Block::Heading(
        i18n::REPORT_ANNEX_QUESTIONS.get(lang).into(),
    ));
    for (i, q) in v.questionnaire.iter().enumerate() {
        let mut text = format!("{}. {}", i + 1, q.text);
        if q.optional {
            text = format!("{text} {}", i18n::REPORT_OPTIONAL.get(lang));
        }
        out.push(Block::Para(text));
        out.push(Block::Para(if q.options.is_empty() {
            i18n::REPORT_FREE_TEXT.get(lang).into()
        } else {
            i18n::REPORT_OPTIONS.with(lang, &[("list", q.options.join(" / ").into())])
        }));
    }
    out.push(Block::Heading(i18n::REPORT_ANNEX_DATA.get(lang).into()));
    let rows = v
        .elements()
        .map(|(i, name)| {
            vec![
                name.clone(),
                i.n.to_string(),
                num(i.mean, lang),
                num(i.sd, lang),
                num(i.score, lang),
                percent(i.n, v.score.n, lang),
            ]
        })
        .collect();
    out.push(table(
        i18n::REPORT_DATA.get(lang).into(),
        &[
            i18n::REPORT_COL_ELEMENT,
            i18n::REPORT_COL_ANSWERED,
            i18n::REPORT_COL_MEAN,
            i18n::REPORT_COL_SD,
            i18n::REPORT_COL_SCORE,
            i18n::REPORT_COL_COVERAGE,
        ],
        &[0.36, 0.13, 0.12, 0.12, 0.12, 0.15],
        &[false, true, true, true, true, true],
        rows,
        lang,
    ));
    out.push(Block::Heading(i18n::REPORT_ANNEX_METHOD.get(lang).into()));
    let s = &v.score;
    let mut notes = vec![
        i18n::REPORT_METHOD_CI.get(lang).into(),
        i18n::REPORT_METHOD_BANDS.with(lang, &[("table", v.bands.0.clone().into())]),
    ];
    notes.extend(v.bands.1.iter().map(|b| {
        let mut line = format!("{}: ≥ {}", b.label, num(Some(b.min), lang));
        if !b.confirmed {
            line = format!("{line} ({})", i18n::REPORT_UNCONFIRMED.get(lang));
        }
        line
    }));
    if let Some(m) = &s.method {
        notes.push(i18n::REPORT_METHOD_NAME.with(lang, &[("method", m.clone().into())]));
    }
    notes.push(i18n::REPORT_METHOD_SUSPECT.get(lang).into());
    out.push(Block::Bullets(notes));
}
