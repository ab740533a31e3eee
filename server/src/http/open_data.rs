//! `GET /s/{slug}/results.csv`: the public results as open data, exactly
//! the figures the results page publishes (the same gathering, the same
//! verdicts), for the whole survey and for each unit, overall and per
//! question, in the period asked for (`?period=`, as on the page). UTF-8
//! with a byte-order mark, so that a spreadsheet shows Indonesian names
//! right; text a spreadsheet would run is made inert, as in every export.
//! Also the routes of the public API's listings and its documentation
//! page, which the results page's open-data area links to.

use super::results_page::asked;
use crate::error::AppError;
use crate::http::ServerState;
use crate::services::export::{Cell, csv_table};
use crate::services::public_results::{counted, gather};
use crate::store::public_figures;
use crate::store::tallies::Scope;
use app::domain::instrument::Instrument;
use app::domain::stats::Estimate;
use app::domain::text::Lang;
use app::pages::results_tables::percent;
use app::pages::results_verdict::verdict;
use axum::Router;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, Request, header};
use axum::response::Response;
use axum::routing::get;
use std::borrow::Cow;
use std::collections::HashMap;

/// The open-data file's columns, in order (documented at `/api/docs`).
pub const COLUMNS: [&str; 13] = [
    "period",
    "unit",
    "unit_name",
    "item",
    "item_name",
    "n",
    "score",
    "ci_low",
    "ci_high",
    "mean",
    "best_answer_pct",
    "verdict",
    "verdict_text",
];

/// The routes this module and its neighbours add: the open data and the
/// listings.
pub fn routes() -> Router<ServerState> {
    Router::new()
        .route("/s/{slug}/results.csv", get(csv))
        .route("/api/v1/agencies", get(super::listing::agencies))
        .route(
            "/api/v1/agencies/{agency}/units",
            get(super::listing::units),
        )
        .route("/api/v1/surveys", get(super::listing::surveys))
}

/// One row's figures.
struct Line<'a> {
    unit: (&'a str, &'a str),
    item: (&'a str, String),
    e: Option<&'a Estimate>,
    item_n: u64,
    mean: Option<f64>,
    best: Option<u64>,
    verdict: (String, String),
}

fn text(s: &str) -> Cell<'static> {
    Cell::Text(Cow::Owned(s.to_string()))
}

fn opt(x: Option<f64>) -> Cell<'static> {
    x.map_or(Cell::Empty, Cell::Decimal)
}

fn row(period: &str, l: Line<'_>) -> Vec<Cell<'static>> {
    vec![
        text(period),
        text(l.unit.0),
        text(l.unit.1),
        text(l.item.0),
        text(&l.item.1),
        Cell::Int(l.e.map_or(l.item_n, |e| e.n) as i64),
        opt(l.e.and_then(|e| e.score)),
        opt(l.e.and_then(|e| e.ci).map(|c| c.0)),
        opt(l.e.and_then(|e| e.ci).map(|c| c.1)),
        opt(l.mean),
        l.best.map_or(Cell::Empty, |b| Cell::Int(b as i64)),
        text(&l.verdict.0),
        text(&l.verdict.1),
    ]
}

/// One scope's figures: the unit (none: the whole survey), its score,
/// its verdict (key and words) and its best answers per item.
struct Scoped<'a> {
    unit: (&'a str, &'a str),
    e: &'a Estimate,
    said: (String, String),
    best: &'a HashMap<String, u64>,
}

/// The score's row and one row per question, for one scope.
fn rows_of(
    period: &str,
    ins: &Instrument,
    lang: Lang,
    s: Scoped<'_>,
    out: &mut Vec<Vec<Cell<'static>>>,
) {
    let Scoped {
        unit,
        e,
        said,
        best,
    } = s;
    out.push(row(
        period,
        Line {
            unit,
            item: ("", String::new()),
            e: Some(e),
            item_n: 0,
            mean: None,
            best: None,
            verdict: said,
        },
    ));
    for m in &e.items {
        let name = ins
            .item(&m.key)
            .map(|i| i.short_name().get(lang).to_string())
            .unwrap_or_default();
        let got = best.get(&m.key).copied().unwrap_or(0);
        out.push(row(
            period,
            Line {
                unit,
                item: (&m.key, name),
                e: None,
                item_n: m.n,
                mean: m.mean,
                best: percent(got, m.n),
                verdict: (String::new(), String::new()),
            },
        ));
    }
}

/// Filters of the open-data file: those of the results page.
#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
pub struct CsvQuery {
    /// `2026`, `2026-Q3` or `2026-11` (none: every period).
    period: Option<String>,
    /// `id` (default) or `en`: the language of names and verdicts.
    lang: Option<String>,
}

/// The handler.
#[utoipa::path(
    get,
    path = "/s/{slug}/results.csv",
    tag = "scores",
    summary = "The public results as open data: CSV (UTF-8 with a byte-order mark) of exactly the figures the results page shows",
    description = "Columns: period (the period asked, or `all`); unit and unit_name (empty: the whole survey); item and item_name (empty: the score's row; else one question); n (responses counted); score, ci_low, ci_high (0–100 and its 95 % interval, score rows); mean (the question's mean answer, on its scale, whose top is the best answer); best_answer_pct (the share who gave the best answer, in whole percent); verdict (a band's key, `too_few` when fewer responses than the sample needs, `between` when the interval crosses a cut-off, `none` before any response) and verdict_text (the same, in words). Decimals use a point.",
    params(("slug" = String, Path, description = "The survey's public slug"), CsvQuery),
    responses(
        (status = 200, description = "The file", content_type = "text/csv"),
        (status = 404, description = "No such survey"),
        (status = 422, description = "The period is not one"),
        (status = 503, description = "The database is unavailable; see Retry-After"),
    )
)]
pub async fn csv(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    req: Request<Body>,
) -> Result<Response, AppError> {
    let (parts, _) = req.into_parts();
    let loaded = state.survey(&slug).await?;
    let mut a = asked(&parts, &loaded);
    // A page forgives a mistyped period; a file a program reads does not.
    let typed = super::extract::query(&parts).get("period").cloned();
    if typed.is_some_and(|p| !p.is_empty() && a.period.is_none()) {
        let mut r = super::api::error(
            axum::http::StatusCode::UNPROCESSABLE_ENTITY,
            app::i18n::WRITE_PERIOD_AS_2026.get(a.lang),
        );
        r.headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        return Ok(r);
    }
    // The file is the whole survey and every unit; `?u=` narrows only
    // the page.
    a.scope.unit_id = None;
    let lang = a.lang;
    let g = gather(&state, &loaded, &a.scope, a.period.as_deref()).await?;
    let period = a.period.clone().unwrap_or_else(|| "all".into());
    let ins = &loaded.instrument;
    let mut out = Vec::new();
    let now = &g.scored.now;
    let said = verdict(&loaded.bands, &now.estimate, now.required);
    let whole = (said.key(), said.text(lang));
    let all = Scoped {
        unit: ("", ""),
        e: &now.estimate,
        said: whole,
        best: &g.best,
    };
    rows_of(&period, ins, lang, all, &mut out);
    for u in &g.units {
        let scope = Scope {
            unit_id: Some(u.unit.id),
            ..a.scope.clone()
        };
        let best = public_figures::best_answers(&state.db, counted(&loaded, &scope), ins.scale.max)
            .await?;
        let said = verdict(&loaded.bands, &u.score.estimate, u.score.required);
        let one = Scoped {
            unit: (u.unit.slug.as_str(), u.unit.name.as_str()),
            e: &u.score.estimate,
            said: (said.key(), said.text(lang)),
            best: &best,
        };
        rows_of(&period, ins, lang, one, &mut out);
    }
    let header: Vec<String> = COLUMNS.iter().map(|c| c.to_string()).collect();
    let body = csv_table(true, &header, &out);
    let mut r = Response::new(Body::from(body));
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/csv; charset=utf-8"),
    );
    let name = format!("persepsi-{}-{period}.csv", loaded.survey.slug);
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    Ok(r)
}
