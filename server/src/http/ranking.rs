//! Ranking and dashboards for assessors (and agencies, for their own):
//!
//! - `GET /admin/ranking?…`, `GET /api/v1/ranking?…` (token): providers or
//!   units by score, filtered by province, kind, sector, period,
//!   instrument and verification, sorted and paged;
//! - `GET …/exports/scores.csv|ndjson|xlsx?…`: the ranking, every row, as a
//!   file (written by `services::export`).

use super::admin::{Signed, admin_error, admin_page};
use super::api::{error, invalid};
use super::caller::Caller;
use super::extract::pairs_of;
use crate::error::AppError;
use crate::http::ServerState;
use crate::http::client::lang;
use crate::services::access;
use crate::services::export::{self, Format, PlanError};
use crate::services::ranking::{self, DEFAULT_INSTRUMENT, RankQuery, Ranking};
use app::domain::text::Lang;
use app::i18n;
use app::pages::admin::dashboard::{RankLine, RankingPage, RankingView};
use app::views::score::ScoreDto;
use axum::Json;
use axum::extract::{RawQuery, State};
use axum::http::{StatusCode, request::Parts};
use axum::response::{IntoResponse, Response};
use leptos::prelude::*;
use serde_json::json;

fn rank_query(pairs: &[(String, String)]) -> Result<RankQuery, String> {
    let text = serde_urlencoded::to_string(pairs).map_err(|e| e.to_string())?;
    serde_urlencoded::from_str(&text).map_err(|e| e.to_string())
}

fn problem_text(e: &PlanError, lang: Lang) -> String {
    match e {
        PlanError::Invalid(errors) => errors
            .values()
            .flatten()
            .map(|t| t.get(lang).to_string())
            .collect::<Vec<_>>()
            .join(" "),
        PlanError::App(_) => i18n::UNAVAILABLE_BODY.get(lang).to_string(),
    }
}

fn line_name(r: &ranking::RankRow) -> String {
    match &r.unit {
        Some(u) => format!("{} — {}", u.name, r.agency.name),
        None => r.agency.name.clone(),
    }
}

fn href(r: &ranking::RankRow) -> String {
    match &r.unit {
        Some(u) => format!("/admin/dashboard/{}/{}", r.agency.slug, u.slug),
        None => format!("/admin/dashboard/{}", r.agency.slug),
    }
}

/// `key@version` of every instrument version, the ranked one first.
fn instrument_keys(list: &[(uuid::Uuid, String)]) -> Vec<String> {
    let mut keys: Vec<String> = list
        .iter()
        .filter_map(|(_, l)| {
            l.rsplit_once('(')
                .map(|(_, k)| k.trim_end_matches(')').replace(" v", "@"))
        })
        .collect();
    keys.sort_by_key(|k| !k.starts_with(DEFAULT_INSTRUMENT));
    keys
}

/// A page of the ranking as the admin page shows it.
fn lines(r: &Ranking, lang: Lang) -> Vec<RankLine> {
    r.rows
        .iter()
        .map(|r| RankLine {
            rank: r.rank,
            href: href(r),
            name: line_name(r),
            region: r.agency.region.clone(),
            score: ScoreDto::new(&r.score, &r.bands, lang),
        })
        .collect()
}

/// `GET /admin/ranking`.
pub async fn page(
    State(state): State<ServerState>,
    signed: Signed,
    head: Parts,
    RawQuery(raw): RawQuery,
) -> Response {
    let lang = signed.lang;
    let pairs = pairs_of(raw.as_deref());
    let (result, problem) = match rank_query(&pairs) {
        Ok(q) => match ranking::ranking(&state, &signed.actor, &q).await {
            Ok(r) => (Some(r), None),
            Err(PlanError::App(e)) => {
                return admin_error(&state, &head, lang, Some(signed.who()), e).await;
            }
            Err(e) => (None, Some(problem_text(&e, lang))),
        },
        Err(e) => (None, Some(e)),
    };
    let agencies = match access::agencies(&state.db, &signed.actor).await {
        Ok(a) => a,
        Err(e) => return admin_error(&state, &head, lang, Some(signed.who()), e).await,
    };
    let mut regions: Vec<String> = agencies.iter().map(|a| a.region.clone()).collect();
    regions.sort();
    regions.dedup();
    let instruments = match crate::store::admin::instruments(&state.db).await {
        Ok(list) => instrument_keys(&list),
        Err(e) => return admin_error(&state, &head, lang, Some(signed.who()), e.into()).await,
    };
    let (lines, total, page_info) = match &result {
        Some(r) => (lines(r, lang), r.total, (r.page, r.per_page)),
        None => (Vec::new(), 0, (1, ranking::PER_PAGE)),
    };
    let view = RankingView {
        filters: pairs,
        regions,
        instruments,
        lines,
        total,
        page: page_info,
        problem,
    };
    let status = if view.problem.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    admin_page(
        &state,
        &head,
        lang,
        Some(signed.who()),
        i18n::RANKING.get(lang).to_string(),
        status,
        move || view! { <RankingPage view=view.clone() lang=lang /> }.into_any(),
    )
    .await
}

fn row_json(r: &ranking::RankRow, lang: Lang) -> serde_json::Value {
    json!({
        "rank": r.rank,
        "agency": r.agency.slug,
        "agency_name": r.agency.name,
        "kind": r.agency.kind,
        "region": r.agency.region,
        "unit": r.unit.as_ref().map(|u| &u.slug),
        "unit_name": r.unit.as_ref().map(|u| &u.name),
        "sector": r.unit.as_ref().map(|u| &u.sector),
        "score": ScoreDto::new(&r.score, &r.bands, lang),
    })
}

/// `GET /api/v1/ranking`.
#[utoipa::path(
    get,
    path = "/api/v1/ranking",
    tag = "assessors",
    summary = "Providers or units ranked by score, within the token's reach",
    params(RankQuery),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "{total, page, per_page, level, instrument, rows: [{rank, agency, agency_name, kind, region, unit, unit_name, sector, score}]}"),
        (status = 401, description = "No valid API token"),
        (status = 422, description = "A filter is wrong"),
        (status = 503, description = "The database is unavailable; see Retry-After"),
    )
)]
pub async fn api(
    State(state): State<ServerState>,
    caller: Caller,
    RawQuery(raw): RawQuery,
    headers: axum::http::HeaderMap,
) -> Response {
    let lang = lang(None, &headers);
    let q = match rank_query(&pairs_of(raw.as_deref())) {
        Ok(q) => q,
        Err(e) => return error(StatusCode::UNPROCESSABLE_ENTITY, &e),
    };
    match ranking::ranking(&state, &caller.actor, &q).await {
        Ok(r) => Json(json!({
            "total": r.total,
            "page": r.page,
            "per_page": r.per_page,
            "level": if r.units { "unit" } else { "agency" },
            "instrument": r.instrument.as_ref().map(|i| format!("{}@{}", i.key, i.version)),
            "rows": r.rows.iter().map(|x| row_json(x, lang)).collect::<Vec<_>>(),
        }))
        .into_response(),
        Err(PlanError::Invalid(errors)) => invalid(&errors, lang),
        Err(PlanError::App(e)) => super::api::app_error(e, lang),
    }
}

/// `GET …/exports/scores.csv|ndjson|xlsx?…` (reached through
/// [`super::exports::download`]): the ranking the filters ask for, every
/// row, as a file.
pub async fn scores_export(
    state: &ServerState,
    caller: &Caller,
    raw: Option<&str>,
    ext: &str,
    lang: Lang,
) -> Result<Response, AppError> {
    // `bom` is the file's, not the ranking's.
    let (bom, pairs): (Vec<_>, Vec<_>) = pairs_of(raw).into_iter().partition(|(k, _)| k == "bom");
    if bom.len() > 1 || bom.iter().any(|(_, v)| v != "true" && v != "false") {
        let detail = i18n::INVALID_PARAMETER.with(lang, &[("detail", "bom".into())]);
        return Ok(error(StatusCode::UNPROCESSABLE_ENTITY, &detail));
    }
    let Some(format) = Format::of(ext, bom.iter().any(|(_, v)| v == "true")) else {
        return Ok(error(StatusCode::NOT_FOUND, i18n::UNKNOWN_EXPORT.get(lang)));
    };
    let q = match rank_query(&pairs) {
        Ok(q) => q,
        Err(e) => return Ok(error(StatusCode::UNPROCESSABLE_ENTITY, &e)),
    };
    match export::scores(state, &caller.actor, &q, format, lang).await {
        Ok(file) => Ok(file.into_response()),
        Err(PlanError::Invalid(errors)) => Ok(invalid(&errors, lang)),
        Err(PlanError::App(e)) => Err(e),
    }
}
