//! The report as an A4 page for the browser's print, with the choice of
//! period and unit and the PDF download above it (not printed).

use super::{Block, Chart, ReportView, Table, document};
use crate::domain::text::Lang;
use crate::i18n;
use crate::pages::admin::poster::PrintButton;
use leptos::prelude::*;

/// Chart geometry (SVG user units).
const WIDTH: f64 = 640.0;
const LABEL: f64 = 210.0;
const FIGURE: f64 = 70.0;
const ROW: f64 = 24.0;
const TOP: f64 = 18.0;

fn chart_view(c: Chart, index: usize) -> impl IntoView {
    let (lo, hi) = c.range;
    let span = (hi - lo).max(1e-9);
    let plot = WIDTH - LABEL - FIGURE;
    let x = move |v: f64| LABEL + (v.clamp(lo, hi) - lo) / span * plot;
    let height = TOP + ROW * c.bars.len() as f64 + 6.0;
    let marks = c
        .marks
        .iter()
        .map(|(at, label)| {
            view! {
                <line x1=x(*at) x2=x(*at) y1=TOP - 4.0 y2=height class="chart-mark" />
                <text x=x(*at) y=TOP - 6.0 class="chart-mark-label">{label.split(':').next().unwrap_or("").to_string()}</text>
            }
        })
        .collect_view();
    let bars = c
        .bars
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let y = TOP + ROW * i as f64;
            let bar = b.value.map(|v| {
                view! { <rect x=LABEL y=y + 5.0 width=(x(v) - LABEL).max(0.5) height=ROW - 10.0 class="chart-bar" /> }
            });
            let whisker = b.ci.map(|(l, h)| {
                view! { <line x1=x(l) x2=x(h) y1=y + ROW / 2.0 y2=y + ROW / 2.0 class="chart-ci" /> }
            });
            view! {
                <text x=LABEL - 6.0 y=y + ROW / 2.0 + 4.0 text-anchor="end">{b.label.clone()}</text>
                {bar}
                {whisker}
                <text x=WIDTH - FIGURE + 6.0 y=y + ROW / 2.0 + 4.0>{b.text.clone()}</text>
            }
        })
        .collect_view();
    let (id, label) = (format!("chart-{index}"), format!("chart-{index}"));
    view! {
        <figure class="report-chart">
            <svg viewBox=format!("0 0 {WIDTH} {height}") role="img" aria-labelledby=label>
                {marks}
                {bars}
            </svg>
            <figcaption id=id>{c.caption}</figcaption>
        </figure>
    }
}

fn table_view(t: Table, index: usize) -> impl IntoView {
    let class = |numeric: bool| if numeric { "num" } else { "" };
    let head = t
        .head
        .iter()
        .zip(&t.numeric)
        .map(|(h, n)| view! { <th scope="col" class=class(*n)>{h.clone()}</th> })
        .collect_view();
    let rows = t
        .rows
        .iter()
        .map(|r| {
            let cells = r
                .iter()
                .zip(&t.numeric)
                .enumerate()
                .map(|(i, (c, n))| {
                    if i == 0 {
                        view! { <th scope="row">{c.clone()}</th> }.into_any()
                    } else {
                        view! { <td class=class(*n)>{c.clone()}</td> }.into_any()
                    }
                })
                .collect_view();
            view! { <tr>{cells}</tr> }
        })
        .collect_view();
    let (id, label) = (format!("table-{index}"), format!("table-{index}"));
    view! {
        <div class="table-wrap" role="region" tabindex="0" aria-labelledby=label>
            <table>
                <caption id=id>{t.caption}</caption>
                <thead><tr>{head}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// One block of a report (or of any document made of blocks) as HTML.
pub fn block_view(b: Block, index: usize) -> AnyView {
    match b {
        Block::Cover(title, lines) => {
            let lines = lines
                .into_iter()
                .map(|l| view! { <p>{l}</p> })
                .collect_view();
            view! { <header class="report-cover"><h1>{title}</h1>{lines}</header> }.into_any()
        }
        Block::Heading(h) => view! { <h2>{h}</h2> }.into_any(),
        Block::Para(p) => view! { <p>{p}</p> }.into_any(),
        Block::Bullets(items) => {
            let items = items
                .into_iter()
                .map(|i| view! { <li>{i}</li> })
                .collect_view();
            view! { <ul>{items}</ul> }.into_any()
        }
        Block::Table(t) => table_view(t, index).into_any(),
        Block::Chart(c) => chart_view(c, index).into_any(),
        Block::Signature(lines) => {
            let lines = lines
                .into_iter()
                .map(|l| {
                    if l.is_empty() {
                        view! { <br /> }.into_any()
                    } else {
                        view! { <span>{l}<br /></span> }.into_any()
                    }
                })
                .collect_view();
            view! { <p class="report-signature">{lines}</p> }.into_any()
        }
        Block::NewPage => view! { <hr class="report-break" /> }.into_any(),
    }
}

/// The report page.
#[component]
pub fn ReportPage(view: ReportView, lang: Lang) -> impl IntoView {
    let slug = view.survey.0.clone();
    let chosen_unit = view.unit.as_ref().map(|u| u.0.clone()).unwrap_or_default();
    let periods = view
        .periods
        .iter()
        .map(|p| view! { <option value=p.clone() selected=*p == view.period>{p.clone()}</option> })
        .collect_view();
    let units = view
        .units
        .iter()
        .map(|(s, n)| view! { <option value=s.clone() selected=*s == chosen_unit>{n.clone()}</option> })
        .collect_view();
    // The PDF in the page's language, whatever the account's default.
    let mut query = format!("period={}&lang={}", view.period, lang.code());
    if !chosen_unit.is_empty() {
        query.push_str(&format!("&unit={chosen_unit}"));
    }
    let pdf = format!("/admin/s/{slug}/report.pdf?{query}");
    let blocks = document(&view, lang)
        .into_iter()
        .enumerate()
        .map(|(i, b)| block_view(b, i))
        .collect_view();
    view! {
        <div class="no-print report-tools">
            <p><a href=format!("/admin/s/{slug}")>{i18n::BACK.get(lang)}</a></p>
            <form method="get" action=format!("/admin/s/{slug}/report") class="filters">
                <label for="in-period">{i18n::PLAN_PERIOD.get(lang)}</label>
                <select id="in-period" name="period">{periods}</select>
                <label for="in-unit">{i18n::PLAN_UNIT.get(lang)}</label>
                <select id="in-unit" name="unit">
                    <option value="" selected=chosen_unit.is_empty()>{i18n::REPORT_ALL_UNITS.get(lang)}</option>
                    {units}
                </select>
                <button type="submit" class="button secondary">{i18n::FILTER_APPLY.get(lang)}</button>
            </form>
            <p><a class="button" href=pdf download="">{i18n::REPORT_PDF.get(lang)}</a></p>
            <p>{i18n::REPORT_HELP.get(lang)}</p>
            <PrintButton lang=lang />
        </div>
        <article class="report">{blocks}</article>
    }
}
