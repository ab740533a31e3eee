//! Charts as server-rendered SVG, each with a text alternative: the mean
//! per question and the score per period.

use crate::domain::instrument::wrap_words;
use crate::domain::text::Lang;
use crate::i18n;
use crate::pages::results_view::decimal;
use leptos::prelude::*;

/// One bar of the question chart: its short name, wording, mean (1–4),
/// answers.
#[derive(Clone, Debug)]
pub struct ItemBar {
    /// The item's short name ("U1 Persyaratan"), whole on the chart.
    pub short: String,
    /// The question.
    pub label: String,
    /// Mean answer.
    pub mean: Option<f64>,
    /// Answers.
    pub n: u64,
}

/// Characters of a chart label's line: at 12 units a letter, two lines of
/// this fit the 300-unit chart.
const LABEL_WIDTH: usize = 40;

/// Mean per question as horizontal bars on the 1–4 scale, each named by
/// its short name on one or two lines (broken between words, never inside
/// one), with the same figures and the full questions as a table for
/// screen readers and copying. Text is 12 units high in a 300-unit-wide
/// drawing, so at least 12 CSS pixels on a 360-pixel phone.
#[component]
pub fn ItemChart(items: Vec<ItemBar>, lang: Lang) -> impl IntoView {
    let mut y = 4.0;
    let bars = items
        .iter()
        .map(|it| {
            let lines = wrap_words(&it.short, LABEL_WIDTH, 2);
            let top = y;
            let bar_y = top + 15.0 * lines.len() as f64 + 2.0;
            y = bar_y + 20.0;
            let w = it
                .mean
                .map(|m| ((m - 1.0) / 3.0).clamp(0.0, 1.0) * 240.0)
                .unwrap_or(0.0);
            let value = it
                .mean
                .map(|m| decimal(m, lang))
                .unwrap_or_else(|| "—".into());
            let label = lines
                .into_iter()
                .enumerate()
                .map(|(i, line)| view! { <tspan x="0" y=top + 12.0 + 15.0 * i as f64>{line}</tspan> })
                .collect_view();
            view! {
                <text class="chart-label">{label}</text>
                <rect x="0" y=bar_y width="240" height="12" class="chart-track" />
                <rect x="0" y=bar_y width=w height="12" class="chart-bar" />
                <text x="246" y=bar_y + 11.0 class="chart-value">{value}</text>
            }
        })
        .collect_view();
    let height = y + 4.0;
    let rows = items
        .iter()
        .map(|it| {
            view! {
                <tr>
                    <th scope="row">{it.short.clone()}</th>
                    <td>{it.label.clone()}</td>
                    <td class="num">{it.mean.map(|m| decimal(m, lang)).unwrap_or_else(|| "—".into())}</td>
                    <td class="num">{it.n}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <figure class="chart">
            <svg viewBox=format!("0 0 300 {height}") role="img" aria-labelledby="items-title" preserveAspectRatio="xMinYMin meet">
                <title id="items-title">{i18n::PER_ITEM.get(lang)}</title>
                {bars}
            </svg>
            <figcaption>{i18n::PER_ITEM.get(lang)}</figcaption>
            <details>
                <summary>{i18n::AS_TABLE.get(lang)}</summary>
                <table class="items">
                    <thead><tr><th scope="col">{i18n::ITEM_SHORT.get(lang)}</th><th scope="col">{i18n::QUESTION.get(lang)}</th><th scope="col" class="num">{i18n::MEAN.get(lang)}</th><th scope="col" class="num">{i18n::ANSWERED.get(lang)}</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </details>
        </figure>
    }
}

/// One period of the trend.
#[derive(Clone, Debug)]
pub struct TrendPoint {
    /// `2026-Q3`.
    pub period: String,
    /// Score.
    pub score: Option<f64>,
    /// 95 % interval.
    pub ci: Option<[f64; 2]>,
    /// Responses.
    pub n: u64,
}

/// The score per period with its interval, on the 0–100 scale, and a
/// sentence saying the same.
#[component]
pub fn TrendChart(points: Vec<TrendPoint>, lang: Lang) -> impl IntoView {
    let (w, h, left, top, bottom) = (300.0, 184.0, 30.0, 10.0, 40.0);
    let plot_h = h - top - bottom;
    let n = points.len().max(1) as f64;
    let x = |i: usize| left + (w - left - 8.0) * (i as f64 + 0.5) / n;
    let y = |v: f64| top + plot_h * (1.0 - v.clamp(0.0, 100.0) / 100.0);
    let line: Vec<String> = points
        .iter()
        .enumerate()
        .filter_map(|(i, p)| p.score.map(|s| format!("{:.1},{:.1}", x(i), y(s))))
        .collect();
    let grid = [25.0, 50.0, 75.0, 100.0]
        .into_iter()
        .map(|g| {
            view! {
                <line x1=left x2=w y1=y(g) y2=y(g) class="chart-grid" />
                <text x="0" y=y(g) + 4.0 class="chart-axis">{g.to_string()}</text>
            }
        })
        .collect_view();
    let marks = points
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let whisker = p.ci.map(
                |[lo, hi]| view! { <line x1=x(i) x2=x(i) y1=y(lo) y2=y(hi) class="chart-ci" /> },
            );
            let dot = p
                .score
                .map(|s| view! { <circle cx=x(i) cy=y(s) r="3.5" class="chart-dot" /> });
            // The quarter over its year, so eight of them fit side by side.
            let (year, quarter) = p.period.split_once("-Q").unwrap_or((&p.period, ""));
            let (year, quarter) = (year.to_string(), format!("Q{quarter}"));
            view! {
                {whisker}
                {dot}
                <text class="chart-axis" text-anchor="middle">
                    <tspan x=x(i) y=h - 22.0>{quarter}</tspan>
                    <tspan x=x(i) y=h - 6.0>{year}</tspan>
                </text>
            }
        })
        .collect_view();
    let sentence = points
        .iter()
        .map(|p| match p.score {
            Some(s) => format!("{}: {} (n {})", p.period, decimal(s, lang), p.n),
            None => format!("{}: —", p.period),
        })
        .collect::<Vec<_>>()
        .join("; ");
    view! {
        <figure class="chart">
            <svg viewBox=format!("0 0 {w} {h}") role="img" aria-labelledby="trend-title trend-desc">
                <title id="trend-title">{i18n::TREND.get(lang)}</title>
                <desc id="trend-desc">{sentence.clone()}</desc>
                {grid}
                <polyline points=line.join(" ") class="chart-line" />
                {marks}
            </svg>
            <figcaption>{i18n::TREND.get(lang)} ". " {sentence}</figcaption>
        </figure>
    }
}
