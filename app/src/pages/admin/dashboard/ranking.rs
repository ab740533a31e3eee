//! The ranking across providers (or units): filters, the table, pages and
//! links to export the same selection.

use crate::domain::text::Lang;
use crate::i18n::{self, Tr};
use crate::pages::admin::{AGENCY_KINDS, SECTORS};
use crate::pages::results::decimal;
use crate::views::score::ScoreDto;
use leptos::prelude::*;

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

/// The filters the exports understand.
const EXPORT_FILTERS: [&str; 7] = [
    "region",
    "kind",
    "sector",
    "period",
    "instrument",
    "verified",
    "level",
];

/// The ranking page.
#[component]
pub fn RankingPage(view: RankingView, lang: Lang) -> impl IntoView {
    let (page, per_page) = view.page;
    let pages = view.total.div_ceil(per_page).max(1);
    let export_q = export_query(&view.filters);
    view! {
        <h1>{i18n::RANKING.get(lang)}</h1>
        {filter_form(&view, lang)}
        {view.problem.clone().map(|p| view! { <p class="field-error" role="alert">{p}</p> })}
        <p role="status" id="ranking-count">{view.total} " " {i18n::RANKED.get(lang)}</p>
        <p class="actions">
            <a class="button secondary" id="export-csv" href=format!("/admin/exports/scores.csv?{export_q}") download="">{i18n::EXPORT_SCORES.get(lang)} " (CSV)"</a>
            <a class="button secondary" href=format!("/admin/exports/scores.xlsx?{export_q}") download="">"XLSX"</a>
        </p>
        {ranking_table(&view.lines, lang)}
        {pager(&view.filters, page, pages, lang)}
    }
}

/// The value of filter `k`, or "".
fn filter_value(filters: &[(String, String)], k: &str) -> String {
    filters
        .iter()
        .find(|(n, _)| n == k)
        .map(|(_, v)| v.clone())
        .unwrap_or_default()
}

/// The query string of the filters with `k` set to `v` (left out when
/// empty) and without the page.
fn query_with(filters: &[(String, String)], k: &str, v: &str) -> String {
    let mut pairs: Vec<(String, String)> = filters
        .iter()
        .filter(|(n, _)| n != k && n != "page")
        .cloned()
        .collect();
    if !v.is_empty() {
        pairs.push((k.to_string(), v.to_string()));
    }
    serde_urlencoded::to_string(pairs).unwrap_or_default()
}

/// The query string of the filters an export takes.
fn export_query(filters: &[(String, String)]) -> String {
    let pairs: Vec<(String, String)> = filters
        .iter()
        .filter(|(n, _)| EXPORT_FILTERS.contains(&n.as_str()))
        .cloned()
        .collect();
    serde_urlencoded::to_string(pairs).unwrap_or_default()
}

/// Choices from a list of codes with labels, as (value, label).
fn coded(list: &[(&str, Tr)], lang: Lang) -> Vec<(String, String)> {
    list.iter()
        .map(|(c, t)| (c.to_string(), t.get(lang).to_string()))
        .collect()
}

/// Choices whose label is their value.
fn plain(list: &[String]) -> Vec<(String, String)> {
    list.iter().map(|r| (r.clone(), r.clone())).collect()
}

/// A drop-down for filter `name`, with the current value selected and,
/// when `all`, a first choice that sets no filter.
fn select(
    filters: &[(String, String)],
    name: &'static str,
    options: Vec<(String, String)>,
    all: bool,
    lang: Lang,
) -> impl IntoView + use<> {
    let current = filter_value(filters, name);
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
}

/// The form of filters and sort order.
fn filter_form(view: &RankingView, lang: Lang) -> impl IntoView + use<> {
    let f = &view.filters[..];
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
    let verified = filter_value(f, "verified") == "true";
    view! {
        <form method="get" action="/admin/ranking" class="admin-form filters">
            <div class="item"><label for="in-instrument">{i18n::INSTRUMENT.get(lang)}</label>{select(f, "instrument", plain(&view.instruments), false, lang)}</div>
            <div class="item"><label for="in-level">{i18n::LEVEL.get(lang)}</label>{select(f, "level", levels, false, lang)}</div>
            <div class="item"><label for="in-region">{i18n::REGION.get(lang)}</label>{select(f, "region", plain(&view.regions), true, lang)}</div>
            <div class="item"><label for="in-kind">{i18n::KIND.get(lang)}</label>{select(f, "kind", coded(AGENCY_KINDS, lang), true, lang)}</div>
            <div class="item"><label for="in-sector">{i18n::SECTOR.get(lang)}</label>{select(f, "sector", coded(SECTORS, lang), true, lang)}</div>
            <div class="item">
                <label for="in-period">{i18n::PERIOD.get(lang)}</label>
                <input type="text" id="in-period" name="period" value=filter_value(f, "period") aria-describedby="help-period" />
                <p class="help" id="help-period">{i18n::PERIOD_HELP.get(lang)}</p>
            </div>
            <div class="item"><label for="in-sort">{i18n::SORT.get(lang)}</label>{select(f, "sort", sorts, false, lang)}</div>
            <div class="item">
                <label class="option" for="in-verified">
                    <input type="checkbox" id="in-verified" name="verified" value="true" checked=verified />
                    <span>{i18n::VERIFIED_ONLY.get(lang)}</span>
                </label>
            </div>
            <button type="submit" class="button">{i18n::APPLY.get(lang)}</button>
        </form>
    }
}

/// The table of ranked lines.
fn ranking_table(lines: &[RankLine], lang: Lang) -> impl IntoView + use<> {
    let rows = lines
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
    view! {
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
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// Links to the previous and next pages of the same selection.
fn pager(
    filters: &[(String, String)],
    page: usize,
    pages: usize,
    lang: Lang,
) -> impl IntoView + use<> {
    let link = |to: usize| {
        format!(
            "/admin/ranking?{}&page={}",
            query_with(filters, "page", ""),
            to
        )
    };
    let prev = (page > 1).then(|| link(page - 1));
    let next = (page < pages).then(|| link(page + 1));
    view! {
        <nav class="pager" aria-label=i18n::PAGES.get(lang)>
            {prev.map(|h| view! { <a href=h rel="prev">{i18n::PREV.get(lang)}</a> })}
            <span>{page} " / " {pages}</span>
            {next.map(|h| view! { <a href=h rel="next">{i18n::NEXT.get(lang)}</a> })}
        </nav>
    }
}
