//! The report's second half as blocks: the weakest elements and the
//! follow-up plan, the trend, the previous plan's outcome, conclusions,
//! the signature and the annexes.

use super::format::{interval, num, overall_sentence, sample_sentence, table};
use super::{Bar, Block, Chart, ReportView};
use crate::domain::text::Lang;
use crate::i18n;
use crate::pages::admin::plan::label_of;

/// The per-element table: answered, mean, score and interval.
pub(super) fn elements_table(v: &ReportView, lang: Lang) -> Block {
    let rows = v
        .elements()
        .map(|(i, name)| {
            vec![
                name.clone(),
                i.n.to_string(),
                num(i.mean, lang),
                num(i.score, lang),
                interval(i.ci, lang),
            ]
        })
        .collect();
    table(
        i18n::REPORT_ELEMENTS.get(lang).into(),
        &[
            i18n::REPORT_COL_ELEMENT,
            i18n::REPORT_COL_ANSWERED,
            i18n::REPORT_COL_MEAN,
            i18n::REPORT_COL_SCORE,
            i18n::REPORT_COL_CI,
        ],
        &[0.38, 0.14, 0.14, 0.14, 0.2],
        &[false, true, true, true, true],
        rows,
        lang,
    )
}

/// The maladministration forms' shares and the predicate, when the
/// survey's method reads them.
pub(super) fn forms(v: &ReportView, lang: Lang, out: &mut Vec<Block>) {
    let s = &v.score;
    if s.prevalence.is_empty() {
        return;
    }
    let rows = s
        .prevalence
        .iter()
        .map(|p| {
            vec![
                p.name.clone(),
                p.met.to_string(),
                p.n.to_string(),
                p.percent
                    .map(|x| format!("{} %", num(Some(x), lang)))
                    .unwrap_or_else(|| "–".into()),
                interval(p.ci, lang),
            ]
        })
        .collect();
    out.push(table(
        i18n::REPORT_FORMS.get(lang).into(),
        &[
            i18n::REPORT_COL_FORM,
            i18n::REPORT_COL_MET,
            i18n::REPORT_COL_ANSWERED,
            i18n::REPORT_COL_PERCENT,
            i18n::REPORT_COL_CI,
        ],
        &[0.34, 0.14, 0.14, 0.18, 0.2],
        &[false, true, true, true, true],
        rows,
        lang,
    ));
    out.push(Block::Chart(Chart {
        caption: i18n::REPORT_CHART_FORMS.get(lang).into(),
        range: (0.0, 100.0),
        marks: Vec::new(),
        bars: s
            .prevalence
            .iter()
            .map(|p| Bar {
                label: p.name.clone(),
                value: p.percent,
                ci: p.ci.map(|[lo, hi]| (lo, hi)),
                text: p
                    .percent
                    .map(|x| format!("{} %", num(Some(x), lang)))
                    .unwrap_or_else(|| "–".into()),
            })
            .collect(),
    }));
    if let Some(p) = &s.predicate {
        out.push(Block::Para(p.text.clone()));
    }
}

/// The weakest elements (three at most, lowest first) as "name (score)".
fn weakest(v: &ReportView, lang: Lang) -> Vec<String> {
    let mut scored: Vec<(f64, &String)> = v
        .elements()
        .filter_map(|(i, name)| i.score.map(|s| (s, name)))
        .collect();
    scored.sort_by(|a, b| a.0.total_cmp(&b.0));
    scored
        .into_iter()
        .take(3)
        .map(|(s, name)| format!("{name} ({})", num(Some(s), lang)))
        .collect()
}

fn plan(v: &ReportView, lang: Lang, out: &mut Vec<Block>) {
    out.push(Block::Heading(i18n::REPORT_S_PLAN.get(lang).into()));
    let weak = weakest(v, lang);
    if !weak.is_empty() {
        out.push(Block::Para(
            i18n::REPORT_WEAKEST.with(lang, &[("list", weak.join("; ").into())]),
        ));
    }
    if v.actions.is_empty() {
        out.push(Block::Para(i18n::REPORT_NO_ACTIONS.get(lang).into()));
        return;
    }
    let rows = v
        .actions
        .iter()
        .map(|a| {
            let mut status = label_of(a.status, lang).to_string();
            if a.overdue {
                status = format!("{status}, {}", i18n::PLAN_OVERDUE.get(lang));
            }
            vec![
                a.element.clone(),
                a.action.clone(),
                a.owner.clone(),
                a.due_on.clone(),
                status,
            ]
        })
        .collect();
    out.push(table(
        i18n::REPORT_ACTIONS.with(lang, &[("period", v.period.clone().into())]),
        &[
            i18n::REPORT_COL_ELEMENT,
            i18n::PLAN_ACTION,
            i18n::PLAN_OWNER,
            i18n::PLAN_DUE,
            i18n::REPORT_COL_STATUS,
        ],
        &[0.2, 0.36, 0.18, 0.12, 0.14],
        &[false, false, false, false, false],
        rows,
        lang,
    ));
}

/// A change with its verdict: "+4,20 (more than chance)".
fn change_text(change: Option<f64>, significant: Option<bool>, lang: Lang) -> String {
    let Some(c) = change else {
        return "–".into();
    };
    let figure = if c > 0.0 {
        format!("+{}", num(Some(c), lang))
    } else {
        num(Some(c), lang)
    };
    let verdict = match significant {
        Some(true) => i18n::REPORT_SIGNIFICANT,
        _ => i18n::REPORT_NOT_SIGNIFICANT,
    };
    format!("{figure} ({})", verdict.get(lang))
}

/// The sentence of the change from the period before.
fn trend_sentence(v: &ReportView, lang: Lang) -> Option<String> {
    let t = v.score.trend.as_ref()?;
    let change = change_text(t.change, t.significant, lang);
    t.change.map(|_| {
        i18n::REPORT_TREND_SENTENCE.with(
            lang,
            &[
                ("period", t.previous_period.clone().into()),
                ("change", change.into()),
            ],
        )
    })
}

fn trend(v: &ReportView, lang: Lang, out: &mut Vec<Block>) {
    out.push(Block::Heading(i18n::REPORT_S_TREND.get(lang).into()));
    let rows = v
        .trend
        .iter()
        .map(|(p, s)| {
            let t = s.trend.as_ref();
            vec![
                p.clone(),
                s.n.to_string(),
                num(s.score, lang),
                interval(s.ci, lang),
                change_text(
                    t.and_then(|t| t.change),
                    t.and_then(|t| t.significant),
                    lang,
                ),
            ]
        })
        .collect();
    out.push(table(
        i18n::REPORT_TREND.get(lang).into(),
        &[
            i18n::REPORT_COL_PERIOD,
            i18n::REPORT_COL_RESPONDENTS,
            i18n::REPORT_COL_INDEX,
            i18n::REPORT_COL_CI,
            i18n::REPORT_COL_CHANGE,
        ],
        &[0.16, 0.16, 0.14, 0.2, 0.34],
        &[false, true, true, true, false],
        rows,
        lang,
    ));
    out.push(Block::Chart(Chart {
        caption: i18n::REPORT_CHART_TREND.get(lang).into(),
        range: v.scale,
        marks: Vec::new(),
        bars: v
            .trend
            .iter()
            .map(|(p, s)| Bar {
                label: p.clone(),
                value: s.score,
                ci: s.ci.map(|[lo, hi]| (lo, hi)),
                text: num(s.score, lang),
            })
            .collect(),
    }));
    out.push(Block::Para(
        trend_sentence(v, lang).unwrap_or_else(|| i18n::REPORT_NO_TREND.get(lang).into()),
    ));
}

fn earlier(v: &ReportView, lang: Lang, out: &mut Vec<Block>) {
    let (before, outcomes) = &v.earlier;
    out.push(Block::Heading(
        i18n::REPORT_S_EARLIER.with(lang, &[("period", before.clone().into())]),
    ));
    if outcomes.is_empty() {
        out.push(Block::Para(
            i18n::REPORT_NO_EARLIER.with(lang, &[("period", before.clone().into())]),
        ));
        return;
    }
    let rows = outcomes
        .iter()
        .map(|o| {
            let a = &o.action;
            let mut what = a.action.clone();
            if !a.evidence.is_empty() {
                what = format!("{what} — {}", a.evidence);
            }
            vec![
                a.element.clone(),
                what,
                label_of(a.status, lang).to_string(),
                num(o.before, lang),
                num(o.after, lang),
                change_text(
                    o.change.map(|c| c.delta),
                    o.change.map(|c| c.significant),
                    lang,
                ),
            ]
        })
        .collect();
    out.push(table(
        i18n::REPORT_EARLIER.get(lang).into(),
        &[
            i18n::REPORT_COL_ELEMENT,
            i18n::PLAN_ACTION,
            i18n::REPORT_COL_STATUS,
            i18n::REPORT_COL_BEFORE,
            i18n::REPORT_COL_AFTER,
            i18n::REPORT_COL_CHANGE,
        ],
        &[0.17, 0.33, 0.11, 0.1, 0.1, 0.19],
        &[false, false, false, true, true, false],
        rows,
        lang,
    ));
}

fn conclusions(v: &ReportView, lang: Lang, out: &mut Vec<Block>) {
    out.push(Block::Heading(i18n::REPORT_S_CONCLUSIONS.get(lang).into()));
    let mut points = vec![overall_sentence(v, lang)];
    let weak = weakest(v, lang);
    if !weak.is_empty() {
        points.push(i18n::REPORT_WEAKEST.with(lang, &[("list", weak.join("; ").into())]));
    }
    points.extend(trend_sentence(v, lang));
    let (before, outcomes) = &v.earlier;
    if !outcomes.is_empty() {
        let done = outcomes
            .iter()
            .filter(|o| o.action.status == crate::domain::plan::Status::Done)
            .count();
        points.push(i18n::REPORT_EARLIER_DONE.with(
            lang,
            &[
                ("done", done.into()),
                ("all", outcomes.len().into()),
                ("period", before.clone().into()),
            ],
        ));
    }
    points.push(sample_sentence(v, lang));
    out.push(Block::Bullets(points));
    let who = v
        .unit
        .as_ref()
        .map(|(_, n)| n.clone())
        .unwrap_or_else(|| v.agency.clone());
    out.push(Block::Signature(vec![
        i18n::REPORT_SIGN_PLACE.with(lang, &[("date", v.made_on.clone().into())]),
        i18n::REPORT_SIGN_ROLE.with(lang, &[("unit", who.into())]),
        String::new(),
        String::new(),
        i18n::REPORT_SIGN_NAME.get(lang).into(),
    ]));
}

/// Sections 5 to 8, the signature and the annexes.
pub(super) fn rest(v: &ReportView, lang: Lang, out: &mut Vec<Block>) {
    plan(v, lang, out);
    trend(v, lang, out);
    earlier(v, lang, out);
    conclusions(v, lang, out);
    super::annexes::annexes(v, lang, out);
}
