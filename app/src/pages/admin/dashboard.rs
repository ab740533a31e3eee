//! For assessors and agencies: a provider's or a unit's score with what it
//! rests on, charts of its questions and of its trend (server-rendered SVG
//! with a text alternative), and the ranking across providers.

use crate::domain::text::Lang;
use crate::i18n;
use crate::pages::results::decimal;
use crate::views::score::ScoreDto;
use leptos::prelude::*;

/// A score and what bears on trusting it.
#[derive(Clone, Debug)]
pub struct Card {
    /// The score as the API gives it.
    pub score: ScoreDto,
}

/// The score card.
#[component]
pub fn ScoreCard(card: Card, lang: Lang) -> impl IntoView {
    let s = card.score;
    let score = s
        .score
        .map(|x| decimal(x, lang))
        .unwrap_or_else(|| "—".into());
    let ci =
        s.ci.map(|[lo, hi]| format!("{} – {}", decimal(lo, lang), decimal(hi, lang)))
            .unwrap_or_else(|| "—".into());
    let band = match (&s.band, &s.band_note) {
        (Some(b), _) => {
            view! { <span class=format!("band zone-{}", b.zone)>{b.label.clone()}</span> }
                .into_any()
        }
        (None, Some(note)) => {
            view! { <span class="band zone-none">{note.clone()}</span> }.into_any()
        }
        (None, None) => view! { <span>"—"</span> }.into_any(),
    };
    let share = if s.n > 0 {
        format!("{} %", (s.verified as f64 * 100.0 / s.n as f64).round())
    } else {
        "—".into()
    };
    let required = s
        .n_required
        .map(|r| r.to_string())
        .unwrap_or_else(|| "—".into());
    view! {
        <dl class="score-card">
            <div><dt>{i18n::SCORE.get(lang)}</dt><dd class="score">{score}</dd></div>
            <div><dt>{i18n::CI95.get(lang)}</dt><dd>{ci}</dd></div>
            <div><dt>{i18n::BAND.get(lang)}</dt><dd>{band}</dd></div>
            <div><dt>{i18n::RESPONSES.get(lang)}</dt><dd>{s.n} " / " {required}</dd></div>
            <div><dt>{i18n::VERIFIED_SHARE.get(lang)}</dt><dd>{share}</dd></div>
            <div><dt>{i18n::SUSPECT_COUNT.get(lang)}</dt><dd>{s.suspect_excluded}</dd></div>
        </dl>
    }
}

/// One bar of the question chart: wording, mean (1–4), answers.
#[derive(Clone, Debug)]
pub struct ItemBar {
    /// The question.
    pub label: String,
    /// Mean answer.
    pub mean: Option<f64>,
    /// Answers.
    pub n: u64,
}

/// Mean per question as horizontal bars on the 1–4 scale, with the same
/// figures as a table for screen readers and copying.
#[component]
pub fn ItemChart(items: Vec<ItemBar>, lang: Lang) -> impl IntoView {
    let row_h = 34.0;
    let height = 12.0 + row_h * items.len() as f64;
    let bars = items
        .iter()
        .enumerate()
        .map(|(i, it)| {
            let y = 6.0 + row_h * i as f64;
            let short: String = it.label.chars().take(48).collect();
            let short = if short.len() < it.label.len() {
                format!("{short}…")
            } else {
                short
            };
            let w = it
                .mean
                .map(|m| ((m - 1.0) / 3.0).clamp(0.0, 1.0) * 250.0)
                .unwrap_or(0.0);
            let value = it
                .mean
                .map(|m| decimal(m, lang))
                .unwrap_or_else(|| "—".into());
            view! {
                <text x="0" y=y + 11.0 class="chart-label">{short}</text>
                <rect x="0" y=y + 15.0 width="250" height="10" class="chart-track" />
                <rect x="0" y=y + 15.0 width=w height="10" class="chart-bar" />
                <text x="256" y=y + 24.0 class="chart-value">{value}</text>
            }
        })
        .collect_view();
    let rows = items
        .iter()
        .map(|it| {
            view! {
                <tr>
                    <th scope="row">{it.label.clone()}</th>
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
                    <thead><tr><th scope="col">{i18n::QUESTION.get(lang)}</th><th scope="col" class="num">{i18n::MEAN.get(lang)}</th><th scope="col" class="num">{i18n::ANSWERED.get(lang)}</th></tr></thead>
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
    let (w, h, left, top, bottom) = (300.0, 160.0, 28.0, 8.0, 24.0);
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
            let label = p.period.replace("20", "").replace("-Q", " Q");
            view! {
                {whisker}
                {dot}
                <text x=x(i) y=h - 6.0 class="chart-axis" text-anchor="middle">{label}</text>
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

/// A dashboard: provider or unit.
#[derive(Clone, Debug)]
pub struct DashboardView {
    /// Heading.
    pub title: String,
    /// Line above the heading (the provider, for a unit).
    pub above: Option<(String, String)>,
    /// Instrument and period in words.
    pub subtitle: String,
    /// The score.
    pub card: Option<Card>,
    /// Per question.
    pub items: Vec<ItemBar>,
    /// Per period.
    pub trend: Vec<TrendPoint>,
    /// The provider's units: (link, name, card).
    pub units: Vec<(String, String, Card)>,
}

/// The dashboard page.
#[component]
pub fn DashboardPage(view: DashboardView, lang: Lang) -> impl IntoView {
    let units = (!view.units.is_empty()).then(|| {
        let rows = view
            .units
            .iter()
            .map(|(href, name, c)| {
                let s = &c.score;
                view! {
                    <tr>
                        <th scope="row"><a href=href.clone()>{name.clone()}</a></th>
                        <td class="num">{s.score.map(|x| decimal(x, lang)).unwrap_or_else(|| "—".into())}</td>
                        <td>{s.band.as_ref().map(|b| b.label.clone()).or(s.band_note.clone()).unwrap_or_default()}</td>
                        <td class="num">{s.n}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <h2>{i18n::PER_UNIT.get(lang)}</h2>
            <div class="table-wrap">
                <table>
                    <thead><tr>
                        <th scope="col">{i18n::UNIT.get(lang)}</th>
                        <th scope="col" class="num">{i18n::SCORE.get(lang)}</th>
                        <th scope="col">{i18n::BAND.get(lang)}</th>
                        <th scope="col" class="num">"n"</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    });
    view! {
        {view.above.clone().map(|(href, name)| view! { <p class="agency"><a href=href>{name}</a></p> })}
        <h1>{view.title.clone()}</h1>
        <p class="lead">{view.subtitle.clone()}</p>
        {match view.card.clone() {
            Some(card) => view! { <ScoreCard card=card lang=lang /> }.into_any(),
            None => view! { <p>{i18n::NO_SCORE.get(lang)}</p> }.into_any(),
        }}
        {(!view.items.is_empty()).then(|| view! { <ItemChart items=view.items.clone() lang=lang /> })}
        {(!view.trend.is_empty()).then(|| view! { <TrendChart points=view.trend.clone() lang=lang /> })}
        {units}
    }
}

/// One line of the ranking.
#[derive(Clone, Debug)]
pub struct RankLine {
    /// Position.
    pub rank: usize,
    /// Dashboard link.
    pub href: String,
    /// Provider (and unit) name.
    pub name: String,
    /// Province.
    pub region: String,
    /// Score.
    pub score: ScoreDto,
}

/// The ranking page: filters, table, pages, export.
#[derive(Clone, Debug)]
pub struct RankingView {
    /// Current filters as (name, value), for the form and the links.
    pub filters: Vec<(String, String)>,
    /// Provinces to choose from.
    pub regions: Vec<String>,
    /// Instruments to choose from (`key@version`).
    pub instruments: Vec<String>,
    /// The lines.
    pub lines: Vec<RankLine>,
    /// All lines in all pages.
    pub total: usize,
    /// Page, and rows per page.
    pub page: (usize, usize),
    /// A problem with the filters.
    pub problem: Option<String>,
}

/// The ranking page.
#[component]
pub fn RankingPage(view: RankingView, lang: Lang) -> impl IntoView {
    let get = |k: &str| {
        view.filters
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let query_with = |k: &str, v: &str| {
        let mut pairs: Vec<(String, String)> = view
            .filters
            .iter()
            .filter(|(n, _)| n != k && n != "page")
            .cloned()
            .collect();
        if !v.is_empty() {
            pairs.push((k.to_string(), v.to_string()));
        }
        serde_urlencoded::to_string(pairs).unwrap_or_default()
    };
    let select = |name: &'static str, options: Vec<(String, String)>, all: bool| {
        let current = get(name);
        let opts = options
            .into_iter()
            .map(|(v, l)| {
                let sel = v == current;
                view! { <option value=v selected=sel>{l}</option> }
            })
            .collect_view();
        view! {
            <select id=format!("in-{name}") name=name>
                {all.then(|| view! { <option value="">{i18n::ALL.get(lang)}</option> })}
                {opts}
            </select>
        }
    };
    let kinds = super::AGENCY_KINDS
        .iter()
        .map(|(c, t)| (c.to_string(), t.get(lang).to_string()))
        .collect();
    let sectors = super::SECTORS
        .iter()
        .map(|(c, t)| (c.to_string(), t.get(lang).to_string()))
        .collect();
    let regions = view
        .regions
        .iter()
        .map(|r| (r.clone(), r.clone()))
        .collect();
    let instruments = view
        .instruments
        .iter()
        .map(|r| (r.clone(), r.clone()))
        .collect();
    let levels = vec![
        (
            "agency".to_string(),
            i18n::LEVEL_AGENCY.get(lang).to_string(),
        ),
        ("unit".to_string(), i18n::LEVEL_UNIT.get(lang).to_string()),
    ];
    let sorts = vec![
        ("score".to_string(), i18n::SORT_BEST.get(lang).to_string()),
        ("-score".to_string(), i18n::SORT_WORST.get(lang).to_string()),
        ("n".to_string(), i18n::SORT_N.get(lang).to_string()),
        ("name".to_string(), i18n::SORT_NAME.get(lang).to_string()),
    ];
    let lines = view
        .lines
        .iter()
        .map(|l| {
            let s = &l.score;
            view! {
                <tr>
                    <td class="num">{l.rank}</td>
                    <th scope="row"><a href=l.href.clone()>{l.name.clone()}</a></th>
                    <td>{l.region.clone()}</td>
                    <td class="num">{s.score.map(|x| decimal(x, lang)).unwrap_or_else(|| "—".into())}</td>
                    <td class="num">{s.ci.map(|[a, b]| format!("{}–{}", decimal(a, lang), decimal(b, lang))).unwrap_or_default()}</td>
                    <td>{s.band.as_ref().map(|b| b.label.clone()).or(s.band_note.clone()).unwrap_or_default()}</td>
                    <td class="num">{s.n}</td>
                    <td class="num">{s.verified}</td>
                </tr>
            }
        })
        .collect_view();
    let (page, per_page) = view.page;
    let pages = view.total.div_ceil(per_page).max(1);
    let prev = (page > 1).then(|| {
        format!(
            "/admin/ranking?{}&page={}",
            query_with("page", ""),
            page - 1
        )
    });
    let next = (page < pages).then(|| {
        format!(
            "/admin/ranking?{}&page={}",
            query_with("page", ""),
            page + 1
        )
    });
    let export_q = {
        let pairs: Vec<(String, String)> = view
            .filters
            .iter()
            .filter(|(n, _)| {
                [
                    "region",
                    "kind",
                    "sector",
                    "period",
                    "instrument",
                    "verified",
                    "level",
                ]
                .contains(&n.as_str())
            })
            .cloned()
            .collect();
        serde_urlencoded::to_string(pairs).unwrap_or_default()
    };
    let verified = get("verified") == "true";
    view! {
        <h1>{i18n::RANKING.get(lang)}</h1>
        <form method="get" action="/admin/ranking" class="admin-form filters">
            <div class="item"><label for="in-instrument">{i18n::INSTRUMENT.get(lang)}</label>{select("instrument", instruments, false)}</div>
            <div class="item"><label for="in-level">{i18n::LEVEL.get(lang)}</label>{select("level", levels, false)}</div>
            <div class="item"><label for="in-region">{i18n::REGION.get(lang)}</label>{select("region", regions, true)}</div>
            <div class="item"><label for="in-kind">{i18n::KIND.get(lang)}</label>{select("kind", kinds, true)}</div>
            <div class="item"><label for="in-sector">{i18n::SECTOR.get(lang)}</label>{select("sector", sectors, true)}</div>
            <div class="item">
                <label for="in-period">{i18n::PERIOD.get(lang)}</label>
                <input type="text" id="in-period" name="period" value=get("period") aria-describedby="help-period" />
                <p class="help" id="help-period">{i18n::PERIOD_HELP.get(lang)}</p>
            </div>
            <div class="item"><label for="in-sort">{i18n::SORT.get(lang)}</label>{select("sort", sorts, false)}</div>
            <div class="item">
                <label class="option" for="in-verified">
                    <input type="checkbox" id="in-verified" name="verified" value="true" checked=verified />
                    <span>{i18n::VERIFIED_ONLY.get(lang)}</span>
                </label>
            </div>
            <button type="submit" class="button">{i18n::APPLY.get(lang)}</button>
        </form>
        {view.problem.clone().map(|p| view! { <p class="field-error" role="alert">{p}</p> })}
        <p role="status" id="ranking-count">{view.total} " " {i18n::RANKED.get(lang)}</p>
        <p class="actions">
            <a class="button secondary" id="export-csv" href=format!("/admin/exports/scores.csv?{export_q}") download="">{i18n::EXPORT_SCORES.get(lang)} " (CSV)"</a>
            <a class="button secondary" href=format!("/admin/exports/scores.xlsx?{export_q}") download="">"XLSX"</a>
        </p>
        <div class="table-wrap">
            <table id="ranking">
                <thead><tr>
                    <th scope="col" class="num">"#"</th>
                    <th scope="col">{i18n::NAME.get(lang)}</th>
                    <th scope="col">{i18n::REGION.get(lang)}</th>
                    <th scope="col" class="num">{i18n::SCORE.get(lang)}</th>
                    <th scope="col" class="num">"95 %"</th>
                    <th scope="col">{i18n::BAND.get(lang)}</th>
                    <th scope="col" class="num">"n"</th>
                    <th scope="col" class="num">{i18n::VERIFIED.get(lang)}</th>
                </tr></thead>
                <tbody>{lines}</tbody>
            </table>
        </div>
        <nav class="pager" aria-label=i18n::PAGES.get(lang)>
            {prev.map(|h| view! { <a href=h rel="prev">{i18n::PREV.get(lang)}</a> })}
            <span>{page} " / " {pages}</span>
            {next.map(|h| view! { <a href=h rel="next">{i18n::NEXT.get(lang)}</a> })}
        </nav>
    }
}
