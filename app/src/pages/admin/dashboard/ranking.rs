//! The ranking across providers (or units): filters, the table, pages and
//! links to export the same selection.

use super::filters::{coded, filter_value, plain, select};
use crate::domain::text::Lang;
use crate::i18n;
use crate::pages::admin::{AGENCY_KINDS, SECTORS};
use crate::pages::results_view::decimal;
use crate::views::score::ScoreDto;
use leptos::prelude::*;

/// One line of the ranking.
#[derive(Clone, Debug)]
pub struct RankLine {
    /// Place by score: 1 is the highest, whatever the order shown.
    pub rank: usize,
    /// Whether the sample is large enough to rank it.
    pub rankable: bool,
    /// The places its interval allows (equal when firm).
    pub places: (usize, usize),
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
    /// Questionnaires to choose from: (`key@version`, name).
    pub instruments: Vec<(String, String)>,
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
            <a class="button secondary" id="export-xlsx" href=format!("/admin/exports/scores.xlsx?{export_q}") download="">"XLSX"</a>
        </p>
        <p id="ranking-order">{order_sentence(&filter_value(&view.filters, "sort"), lang)}</p>
        {ranking_table(&view.lines, lang)}
        {unranked_table(&view.lines, lang)}
        {pager(&view.filters, page, pages, lang)}
    }
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
    let all = i18n::ALL.get(lang);
    view! {
        <form method="get" action="/admin/ranking" class="admin-form filters">
            <div class="item"><label for="in-instrument">{i18n::INSTRUMENT.get(lang)}</label>{select(f, "instrument", view.instruments.clone(), None)}</div>
            <div class="item"><label for="in-level">{i18n::LEVEL.get(lang)}</label>{select(f, "level", levels, None)}</div>
            <div class="item"><label for="in-region">{i18n::REGION.get(lang)}</label>{select(f, "region", plain(&view.regions), Some(all))}</div>
            <div class="item"><label for="in-kind">{i18n::KIND.get(lang)}</label>{select(f, "kind", coded(AGENCY_KINDS, lang), Some(all))}</div>
            <div class="item"><label for="in-sector">{i18n::SECTOR.get(lang)}</label>{select(f, "sector", coded(SECTORS, lang), Some(all))}</div>
            <div class="item">
                <label for="in-period">{i18n::PERIOD.get(lang)}</label>
                <input type="text" id="in-period" name="period" value=filter_value(f, "period") aria-describedby="help-period" />
                <p class="help" id="help-period">{i18n::PERIOD_HELP.get(lang)}</p>
            </div>
            <div class="item"><label for="in-sort">{i18n::SORT.get(lang)}</label>{select(f, "sort", sorts, None)}</div>
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

/// "Highest score first: #1 is the best." in the words of the order
/// asked for; #1 is the best in every order.
fn order_sentence(sort: &str, lang: Lang) -> String {
    let order = match sort {
        "-score" => i18n::ORDER_WORST_FIRST,
        "n" => i18n::ORDER_MOST_ANSWERS,
        "name" => i18n::ORDER_BY_NAME,
        _ => i18n::ORDER_BEST_FIRST,
    };
    format!("{} {}", order.get(lang), i18n::ORDER_TIES.get(lang))
}

/// "3" for a firm place, "2–4" for a tie over those places.
fn place_text(l: &RankLine) -> String {
    match l.places {
        (a, b) if a == b => a.to_string(),
        (a, b) => format!("{a}–{b}"),
    }
}

/// The table of ranked lines (those whose sample is large enough).
fn ranking_table(lines: &[RankLine], lang: Lang) -> AnyView {
    let rows = lines
        .iter()
        .filter(|l| l.rankable)
        .map(|l| {
            let s = &l.score;
            view! {
                <tr>
                    <td class="num">{place_text(l)}</td>
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
        .collect::<Vec<_>>();
    if rows.is_empty() {
        return view! { <p id="nothing-ranked">{i18n::NOTHING_RANKED.get(lang)}</p> }.into_any();
    }
    view! {
        <div class="table-wrap" role="region" tabindex="0" aria-labelledby="ranking-caption">
            <table id="ranking">
                <caption id="ranking-caption">{i18n::RANKED_CAPTION.get(lang)}</caption>
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
    .into_any()
}

/// The lines whose sample is too small to rank, each with why.
fn unranked_table(lines: &[RankLine], lang: Lang) -> impl IntoView + use<> {
    let rows: Vec<_> = lines
        .iter()
        .filter(|l| !l.rankable)
        .map(|l| {
            let s = &l.score;
            view! {
                <tr>
                    <th scope="row"><a href=l.href.clone()>{l.name.clone()}</a></th>
                    <td>{l.region.clone()}</td>
                    <td class="num">{s.score.map(|x| decimal(x, lang)).unwrap_or_else(|| "—".into())}</td>
                    <td class="num">{s.n} " / " {s.band_min_n}</td>
                    <td>{s.band_note.clone().unwrap_or_default()}</td>
                </tr>
            }
        })
        .collect();
    (!rows.is_empty()).then(|| {
        view! {
            <h2 id="unranked-title">{i18n::UNRANKED_TITLE.get(lang)}</h2>
            <p>{i18n::UNRANKED_WHY.get(lang)}</p>
            <div class="table-wrap" role="region" tabindex="0" aria-labelledby="unranked-title">
                <table id="unranked">
                    <thead><tr>
                        <th scope="col">{i18n::NAME.get(lang)}</th>
                        <th scope="col">{i18n::REGION.get(lang)}</th>
                        <th scope="col" class="num">{i18n::SCORE.get(lang)}</th>
                        <th scope="col" class="num">{i18n::RESPONSES.get(lang)}</th>
                        <th scope="col">{i18n::WHY_NOT_RANKED.get(lang)}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    })
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
