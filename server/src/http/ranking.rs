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
use app::pages::admin::dashboard::{RankLine, RankingPage, RankingView, carried_query};
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

/// The value of `k` among the pairs, or "".
fn filter_value(pairs: &[(String, String)], k: &str) -> String {
    pairs
        .iter()
        .find(|(n, _)| n == k)
        .map(|(_, v)| v.clone())
        .unwrap_or_default()
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

/// The row's dashboard, with the questionnaire, period and verification
/// of the ranking (`carried`), so it shows what the ranking ranked.
fn href(r: &ranking::RankRow, carried: &str) -> String {
    match &r.unit {
        Some(u) => format!("/admin/dashboard/{}/{}{carried}", r.agency.slug, u.slug),
        None => format!("/admin/dashboard/{}{carried}", r.agency.slug),
    }
}

/// A page of the ranking as the admin page shows it.
fn lines(r: &Ranking, carried: &str, lang: Lang) -> Vec<RankLine> {
    r.rows
        .iter()
        .map(|r| RankLine {
            rank: r.rank,
            rankable: r.rankable,
            places: r.places,
            href: href(r, carried),
            name: line_name(r),
            region: r.agency.region.clone(),
            score: r.dto(lang),
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
    let mut pairs = pairs_of(raw.as_deref());
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
    let instruments = match crate::services::choices::instruments(&state, &signed.actor, lang).await
    {
        Ok(list) => list,
        Err(e) => return admin_error(&state, &head, lang, Some(signed.who()), e).await,
    };
    // The questionnaire by the version ranked, so the menu shows it and
    // every link carries exactly it.
    let asked = filter_value(&pairs, "instrument");
    let ranked = result
        .as_ref()
        .and_then(|r| r.instrument.as_ref())
        .map(|i| format!("{}@{}", i.key, i.version))
        .filter(|_| !asked.contains('@'))
        .or_else(|| {
            let key = if asked.is_empty() {
                DEFAULT_INSTRUMENT
            } else {
                asked.as_str()
            };
            crate::services::choices::exact(&instruments, key).map(|c| c.0.clone())
        });
    if let Some(i) = ranked {
        pairs.retain(|(k, _)| k != "instrument");
        pairs.push(("instrument".into(), i));
    }
    let carried = carried_query(&pairs);
    let (lines, total, page_info) = match &result {
        Some(r) => (lines(r, &carried, lang), r.total, (r.page, r.per_page)),
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
        "rankable": r.rankable,
        "places": [r.places.0, r.places.1],
        "agency": r.agency.slug,
        "agency_name": r.agency.name,
        "kind": r.agency.kind,
        "region": r.agency.region,
        "unit": r.unit.as_ref().map(|u| &u.slug),
        "unit_name": r.unit.as_ref().map(|u| &u.name),
        "sector": r.unit.as_ref().map(|u| &u.sector),
        "score": r.dto(lang),
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
        (status = 200, description = "{total, page, per_page, level, instrument, rows: [{rank, rankable, places, agency, agency_name, kind, region, unit, unit_name, sector, score}]}. `rank` is the place by score (1 the highest) whatever `sort` asks; rows whose sample is too small for the band table (`rankable` false) come after the others; `places` [low, high] are the places the row's 95 % interval allows (a tie when they differ)."),
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
    for_people: bool,
    lang: Lang,
) -> Result<Response, AppError> {
    // `bom` and `flavour` are the file's, not the ranking's.
    let (file, pairs): (Vec<_>, Vec<_>) = pairs_of(raw)
        .into_iter()
        .partition(|(k, _)| k == "bom" || k == "flavour");
    let value = |k: &str| -> Vec<&str> {
        file.iter()
            .filter(|(n, _)| n == k)
            .map(|(_, v)| v.as_str())
            .collect()
    };
    let (bom, flavour) = (value("bom"), value("flavour"));
    for (name, given, allowed) in [
        ("bom", &bom, ["true", "false"]),
        ("flavour", &flavour, ["excel", "plain"]),
    ] {
        if given.len() > 1 || given.iter().any(|v| !allowed.contains(v)) {
            let detail = i18n::INVALID_PARAMETER.with(lang, &[("detail", name.into())]);
            return Ok(error(StatusCode::UNPROCESSABLE_ENTITY, &detail));
        }
    }
    let (bom, excel) = crate::services::export::csv_flavour(
        bom.first().map(|v| *v == "true"),
        flavour.first().copied(),
        for_people,
    );
    let Some(format) = Format::of(ext, bom, excel) else {
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
