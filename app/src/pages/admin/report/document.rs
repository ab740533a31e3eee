//! The report's first half as blocks: cover, introduction, data
//! collection, respondents' profile and results. The rest is in
//! [`super::sections`].

use super::format::{
    count, grade, interval, num, overall_sentence, percent, sample_sentence, table,
};
use super::sections;
use super::{Bar, Block, Chart, ReportView};
use crate::domain::text::Lang;
use crate::i18n;

/// The whole report.
pub fn document(v: &ReportView, lang: Lang) -> Vec<Block> {
    let mut out = Vec::new();
    cover(v, lang, &mut out);
    out.push(Block::Heading(i18n::REPORT_S_INTRO.get(lang).into()));
    out.push(Block::Para(i18n::REPORT_INTRO.with(
        lang,
        &[
            ("survey", v.survey.1.clone().into()),
            ("agency", v.agency.clone().into()),
            ("period", v.period.clone().into()),
        ],
    )));
    out.push(Block::Para(
        i18n::REPORT_INSTRUMENT.with(lang, &[("instrument", v.instrument.clone().into())]),
    ));
    collection(v, lang, &mut out);
    profile(v, lang, &mut out);
    results(v, lang, &mut out);
    sections::rest(v, lang, &mut out);
    out
}

fn cover(v: &ReportView, lang: Lang, out: &mut Vec<Block>) {
    let mut lines = vec![v.survey.1.clone(), v.agency.clone()];
    lines.push(match &v.unit {
        Some((_, name)) => i18n::REPORT_FOR_UNIT.with(lang, &[("unit", name.clone().into())]),
        None => i18n::REPORT_FOR_ALL.with(lang, &[("count", v.units.len().into())]),
    });
    lines.push(i18n::REPORT_PERIOD.with(
        lang,
        &[
            ("period", v.period.clone().into()),
            ("from", v.months.0.clone().into()),
            ("to", v.months.1.clone().into()),
        ],
    ));
    if v.running {
        lines.push(i18n::REPORT_RUNNING.get(lang).into());
    }
    lines.push(i18n::REPORT_MADE.with(lang, &[("date", v.made_on.clone().into())]));
    out.push(Block::Cover(i18n::REPORT_TITLE.get(lang).into(), lines));
}

fn collection(v: &ReportView, lang: Lang, out: &mut Vec<Block>) {
    out.push(Block::Heading(i18n::REPORT_S_COLLECTION.get(lang).into()));
    out.push(Block::Para(match &v.dates {
        Some((first, last)) => i18n::REPORT_DATES.with(
            lang,
            &[
                ("first", first.clone().into()),
                ("last", last.clone().into()),
            ],
        ),
        None => i18n::REPORT_NO_RESPONSES.get(lang).into(),
    }));
    let total: u64 = v.channels.iter().map(|(_, n)| n).sum();
    if total > 0 {
        let rows = v
            .channels
            .iter()
            .map(|(code, n)| {
                vec![
                    super::super::channel_label(code, lang),
                    n.to_string(),
                    percent(*n, total, lang),
                ]
            })
            .collect();
        out.push(table(
            i18n::REPORT_CHANNELS.get(lang).into(),
            &[
                i18n::REPORT_COL_CHANNEL,
                i18n::REPORT_COL_RESPONSES,
                i18n::REPORT_COL_PERCENT,
            ],
            &[0.6, 0.2, 0.2],
            &[false, true, true],
            rows,
            lang,
        ));
    }
    out.push(Block::Para(sample_sentence(v, lang)));
    if v.score.suspect_excluded > 0 {
        out.push(Block::Para(i18n::REPORT_SUSPECT.with(
            lang,
            &[("count", count(v.score.suspect_excluded, lang).into())],
        )));
    }
    if v.score.verified > 0 {
        out.push(Block::Para(
            i18n::REPORT_VERIFIED.with(lang, &[("count", count(v.score.verified, lang).into())]),
        ));
    }
}

fn profile(v: &ReportView, lang: Lang, out: &mut Vec<Block>) {
    out.push(Block::Heading(i18n::REPORT_S_PROFILE.get(lang).into()));
    if v.profile.is_empty() {
        out.push(Block::Para(i18n::REPORT_NO_PROFILE.get(lang).into()));
        return;
    }
    let n = v.score.n;
    for p in &v.profile {
        let mut rows: Vec<Vec<String>> = p
            .counts
            .iter()
            .map(|(label, c)| vec![label.clone(), c.to_string(), percent(*c, n, lang)])
            .collect();
        let answered: u64 = p.counts.iter().map(|(_, c)| c).sum();
        if answered < n {
            let none = n - answered;
            rows.push(vec![
                i18n::REPORT_NOT_ANSWERED.get(lang).into(),
                none.to_string(),
                percent(none, n, lang),
            ]);
        }
        out.push(table(
            p.question.clone(),
            &[
                i18n::REPORT_COL_ANSWER,
                i18n::REPORT_COL_COUNT,
                i18n::REPORT_COL_PERCENT,
            ],
            &[0.6, 0.2, 0.2],
            &[false, true, true],
            rows,
            lang,
        ));
    }
}

fn results(v: &ReportView, lang: Lang, out: &mut Vec<Block>) {
    out.push(Block::Heading(i18n::REPORT_S_RESULTS.get(lang).into()));
    out.push(Block::Para(overall_sentence(v, lang)));
    if !v.unit_scores.is_empty() {
        let rows = v
            .unit_scores
            .iter()
            .map(|(name, s)| {
                vec![
                    name.clone(),
                    s.n.to_string(),
                    num(s.score, lang),
                    interval(s.ci, lang),
                    grade(s),
                ]
            })
            .collect();
        out.push(table(
            i18n::REPORT_UNITS.get(lang).into(),
            &[
                i18n::REPORT_COL_UNIT,
                i18n::REPORT_COL_RESPONDENTS,
                i18n::REPORT_COL_INDEX,
                i18n::REPORT_COL_CI,
                i18n::REPORT_COL_GRADE,
            ],
            &[0.34, 0.14, 0.12, 0.18, 0.22],
            &[false, true, true, true, false],
            rows,
            lang,
        ));
    }
    out.push(sections::elements_table(v, lang));
    let bars = v
        .elements()
        .map(|(i, name)| Bar {
            label: name.clone(),
            value: i.score,
            ci: i.ci.map(|[lo, hi]| (lo, hi)),
            text: num(i.score, lang),
        })
        .collect();
    out.push(Block::Chart(Chart {
        caption: i18n::REPORT_CHART_ELEMENTS.get(lang).into(),
        range: v.scale,
        marks: v
            .bands
            .1
            .iter()
            .filter(|b| b.min > v.scale.0)
            .map(|b| (b.min, b.label.clone()))
            .collect(),
        bars,
    }));
    sections::forms(v, lang, out);
}
