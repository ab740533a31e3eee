//! Ranking and dashboards for assessors (and agencies, for their own):
//!
//! - `GET /admin/ranking?…`, `GET /api/v1/ranking?…` (token): providers or
//!   units by score, filtered by province, kind, sector, period,
//!   instrument and verification, sorted and paged;
//! - `GET …/exports/scores.csv|ndjson|xlsx?…`: the ranking, every page.

use super::admin::{Signed, admin_error, admin_page};
use super::api::{error, invalid};
use super::caller::Caller;
use super::extract::pairs_of;
use crate::ServerState;
use crate::error::AppError;
use crate::http::client::lang;
use crate::services::access;
use crate::services::export::{Cell, PlanError};
use crate::services::ranking::{self, DEFAULT_INSTRUMENT, RankQuery, Ranking};
use app::domain::text::Lang;
use app::i18n;
use app::pages::admin::dashboard::{RankLine, RankingPage, RankingView};
use app::views::score::ScoreDto;
use axum::Json;
use axum::body::Bytes;
use axum::extract::{RawQuery, State};
use axum::http::{HeaderValue, StatusCode, header, request::Parts};
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
        Ok(list) => {
            let mut keys: Vec<String> = list
                .iter()
                .filter_map(|(_, l)| {
                    l.rsplit_once('(')
                        .map(|(_, k)| k.trim_end_matches(')').replace(" v", "@"))
                })
                .collect();
            // The ranked instrument by default, first.
            keys.sort_by_key(|k| !k.starts_with(DEFAULT_INSTRUMENT));
            keys
        }
        Err(e) => return admin_error(&state, &head, lang, Some(signed.who()), e.into()).await,
    };
    let (lines, total, page_info) = match &result {
        Some(Ranking {
            rows,
            total,
            page,
            per_page,
            ..
        }) => (
            rows.iter()
                .map(|r| RankLine {
                    rank: r.rank,
                    href: href(r),
                    name: line_name(r),
                    region: r.agency.region.clone(),
                    score: ScoreDto::new(&r.score, &r.bands, lang),
                })
                .collect(),
            *total,
            (*page, *per_page),
        ),
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
    )
)]
pub async fn api(
    State(state): State<ServerState>,
    caller: Caller,
    RawQuery(raw): RawQuery,
    headers: axum::http::HeaderMap,
) -> Response {
    let lang = lang(None, &headers);
    let q = match serde_urlencoded::from_str::<RankQuery>(raw.as_deref().unwrap_or("")) {
        Ok(q) => q,
        Err(e) => return error(StatusCode::UNPROCESSABLE_ENTITY, &format!("{e}")),
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

/// The whole ranking as rows for the scores export.
pub async fn scores_export(
    state: &ServerState,
    caller: &Caller,
    raw: Option<&str>,
    ext: &str,
    lang: Lang,
) -> Response {
    // `bom` is the file's, not the ranking's.
    let pairs: Vec<(String, String)> = pairs_of(raw)
        .into_iter()
        .filter(|(k, _)| k != "bom")
        .collect();
    let q = match rank_query(&pairs) {
        Ok(q) => q,
        Err(e) => return error(StatusCode::UNPROCESSABLE_ENTITY, &e),
    };
    let all = match ranking::everything(state, &caller.actor, &q).await {
        Ok(r) => r.rows,
        Err(PlanError::Invalid(errors)) => return invalid(&errors, lang),
        Err(PlanError::App(e)) => return super::api::app_error(e, lang),
    };
    let detail = json!({ "file": format!("scores.{ext}"), "filters": q });
    if let Err(e) = crate::services::auth::audit(&state.db, &caller.actor, "export", detail).await {
        return super::api::app_error(e.into(), lang);
    }
    let header_row: Vec<String> = [
        "rank",
        "agency",
        "agency_name",
        "kind",
        "region",
        "unit",
        "unit_name",
        "sector",
        "n",
        "n_required",
        "verified",
        "suspect_excluded",
        "score",
        "ci_low",
        "ci_high",
        "band",
        "band_note",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let text = |s: &str| Cell::Text(s.to_string().into());
    let opt = |s: Option<&String>| {
        s.map(|x| Cell::Text(x.clone().into()))
            .unwrap_or(Cell::Empty)
    };
    let num = |x: Option<f64>| {
        x.map(|v| Cell::Text(format!("{v:.2}").into()))
            .unwrap_or(Cell::Empty)
    };
    let rows: Vec<Vec<Cell>> = all
        .iter()
        .map(|r| {
            let s = ScoreDto::new(&r.score, &r.bands, lang);
            vec![
                Cell::Int(r.rank as i64),
                text(&r.agency.slug),
                text(&r.agency.name),
                text(&r.agency.kind),
                text(&r.agency.region),
                opt(r.unit.as_ref().map(|u| &u.slug)),
                opt(r.unit.as_ref().map(|u| &u.name)),
                opt(r.unit.as_ref().map(|u| &u.sector)),
                Cell::Int(s.n as i64),
                s.n_required
                    .map(|n| Cell::Int(n as i64))
                    .unwrap_or(Cell::Empty),
                Cell::Int(s.verified as i64),
                Cell::Int(s.suspect_excluded as i64),
                num(s.score),
                num(s.ci.map(|c| c[0])),
                num(s.ci.map(|c| c[1])),
                s.band
                    .as_ref()
                    .map(|b| text(&b.label))
                    .unwrap_or(Cell::Empty),
                opt(s.band_note.as_ref()),
            ]
        })
        .collect();
    let name = format!(
        "persepsi-scores-{}.{ext}",
        chrono::Utc::now().format("%Y%m%d-%H%M")
    );
    let (content_type, body): (&'static str, Vec<u8>) = match ext {
        "csv" => {
            let mut out = String::new();
            if q_bom(raw) {
                out.push('\u{feff}');
            }
            let head: Vec<Cell> = header_row.iter().map(|h| Cell::Text(h.into())).collect();
            crate::services::export::csv_record(&mut out, &head);
            for r in &rows {
                crate::services::export::csv_record(&mut out, r);
            }
            ("text/csv; charset=utf-8", out.into_bytes())
        }
        "ndjson" => {
            let mut out = String::new();
            for r in &rows {
                crate::services::export::ndjson_line(&mut out, &header_row, r);
            }
            ("application/x-ndjson", out.into_bytes())
        }
        _ => match xlsx_of(&header_row, &rows) {
            Ok(b) => (
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                b,
            ),
            Err(e) => return super::api::app_error(AppError::internal(e), lang),
        },
    };
    let mut r = Bytes::from(body).into_response();
    let h = r.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    h.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")).expect("ASCII"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    r
}

/// Whether the query asks for a byte-order mark.
fn q_bom(raw: Option<&str>) -> bool {
    pairs_of(raw).iter().any(|(k, v)| k == "bom" && v == "true")
}

fn xlsx_of(header_row: &[String], rows: &[Vec<Cell>]) -> Result<Vec<u8>, String> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("scores").map_err(|e| e.to_string())?;
    for (c, h) in header_row.iter().enumerate() {
        sheet
            .write_string(0, c as u16, h)
            .map_err(|e| e.to_string())?;
    }
    for (i, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let (r, c) = (i as u32 + 1, c as u16);
            match cell {
                Cell::Empty => continue,
                Cell::Int(n) => sheet.write_number(r, c, *n as f64).map(|_| ()),
                Cell::Bool(b) => sheet.write_boolean(r, c, *b).map(|_| ()),
                Cell::Text(t) => match t.parse::<f64>() {
                    Ok(x) => sheet.write_number(r, c, x).map(|_| ()),
                    Err(_) => sheet
                        .write_string(r, c, crate::services::export::neutralise(t))
                        .map(|_| ()),
                },
            }
            .map_err(|e| e.to_string())?;
        }
    }
    book.save_to_buffer().map_err(|e| e.to_string())
}
