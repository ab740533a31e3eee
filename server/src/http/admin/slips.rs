//! A fresh batch of codes, and what is made from it: printable slips
//! (`POST …/codes/slips`) and a CSV list (`POST …/codes/csv`). Codes are
//! kept only as keyed hashes, so the page that shows a batch sends its
//! codes back; only codes of the unit are printed or listed, each with its
//! state read now.

use super::{AdminPost, Signed, admin_page, public_base};
use crate::error::AppError;
use crate::http::ServerState;
use crate::http::render::{Page, render};
use crate::services::access::{self, Need};
use crate::store::code_slips::{self, CodeState};
use crate::store::entities::{agency, service_unit};
use app::domain::signals::code;
use app::domain::text::Lang;
use app::i18n;
use app::pages::admin::slips::{CodesMadePage, CodesMadeView, Slip, SlipsPage, SlipsView};
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header, request::Parts};
use axum::response::{IntoResponse, Response};
use leptos::prelude::*;

/// Most slips on one printed page set: each carries its QR code.
pub const MAX_SLIPS: usize = 1000;

/// The page of a batch just made, shown once.
pub async fn made(
    state: &ServerState,
    head: &Parts,
    signed: &Signed,
    agency: &str,
    unit: &service_unit::Model,
    codes: Vec<String>,
) -> Result<Response, AppError> {
    let lang = signed.lang;
    let surveys = code_slips::surveys_of_unit(&state.db, unit.id)
        .await?
        .into_iter()
        .map(|s| (s.slug, s.title))
        .collect();
    let view = CodesMadeView {
        unit: unit.name.clone(),
        codes,
        base: format!("/admin/a/{agency}/u/{}/codes", unit.slug),
        surveys,
        back: format!("/admin/a/{agency}"),
        csrf: signed.actor.csrf.clone(),
    };
    let mut r = admin_page(
        state,
        head,
        lang,
        Some(signed.who()),
        i18n::CODES.get(lang).to_string(),
        StatusCode::OK,
        move || view! { <CodesMadePage view=view.clone() lang=lang /> }.into_any(),
    )
    .await;
    r.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(r)
}

/// The unit's codes among those posted, as they stand now.
async fn posted(
    state: &ServerState,
    post: &AdminPost,
    agency: &str,
    unit: &str,
) -> Result<(agency::Model, service_unit::Model, Vec<CodeState>), AppError> {
    let actor = &post.signed.actor;
    let (a, u) = access::unit(&state.db, actor, agency, unit, Need::Write).await?;
    let canonical: Vec<String> = post
        .form
        .get("codes")
        .split_whitespace()
        .filter_map(code::normalize)
        .take(crate::store::codes::MAX_BATCH)
        .collect();
    let states = code_slips::states(&state.db, &state.tokens, u.id, &canonical).await?;
    Ok((a, u, states))
}

fn wib_date(t: chrono::DateTime<chrono::Utc>) -> String {
    (t + chrono::Duration::hours(7))
        .format("%Y-%m-%d")
        .to_string()
}

/// `POST /admin/a/{agency}/u/{unit}/codes/slips`: A4 slips to print.
pub async fn slips(
    State(state): State<ServerState>,
    Path((a, u)): Path<(String, String)>,
    post: AdminPost,
) -> Result<Response, AppError> {
    let (agency, unit, states) = posted(&state, &post, &a, &u).await?;
    let lang = post.signed.lang;
    let chosen = post.form.get("survey");
    let surveys = code_slips::surveys_of_unit(&state.db, unit.id).await?;
    let survey = surveys
        .iter()
        .find(|s| s.slug == chosen)
        .or(surveys.first())
        .ok_or(AppError::NotFound)?;
    let base = public_base(&state, &post.head);
    let short = format!(
        "{}/s/{}",
        base.split_once("://").map_or(base.as_str(), |x| x.1),
        survey.slug
    );
    let expires = states
        .iter()
        .filter_map(|s| s.expires_at)
        .min()
        .map(wib_date);
    let mut slips = Vec::new();
    for s in states.iter().take(MAX_SLIPS) {
        let printed = code::display(&s.code);
        let link = format!("{base}/s/{}?u={}&c={printed}", survey.slug, unit.slug);
        slips.push(Slip {
            qr_svg: crate::services::qr::svg(&link).map_err(AppError::internal)?,
            code: printed,
            short: short.clone(),
            link,
        });
    }
    if slips.is_empty() {
        return Err(AppError::NotFound);
    }
    let view = SlipsView {
        agency: agency.name,
        unit: unit.name,
        slips,
        expires,
    };
    let title = format!("{} · {}", i18n::SLIPS_TITLE.get(lang), view.unit);
    let mut r = render(
        &state,
        &post.head,
        Page {
            status: StatusCode::OK,
            lang,
            title,
            interactive: false,
            chrome: false,
            body: move || view! { <SlipsPage view=view.clone() lang=lang /> }.into_any(),
        },
    )
    .await;
    r.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(r)
}

/// A CSV cell: quoted, quotes doubled, and a leading character a
/// spreadsheet would run as a formula made inert.
fn cell(s: &str) -> String {
    let inert = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    format!("\"{}\"", inert.replace('"', "\"\""))
}

/// `POST /admin/a/{agency}/u/{unit}/codes/csv`: the codes, their unit,
/// expiry and whether each was used.
pub async fn csv(
    State(state): State<ServerState>,
    Path((a, u)): Path<(String, String)>,
    post: AdminPost,
) -> Result<Response, AppError> {
    let (_, unit, states) = posted(&state, &post, &a, &u).await?;
    let lang: Lang = post.signed.lang;
    let header_row = [
        i18n::CSV_CODE,
        i18n::CSV_UNIT,
        i18n::CSV_EXPIRES,
        i18n::CSV_USED,
    ]
    .map(|t| cell(t.get(lang)))
    .join(",");
    let mut out = String::from("\u{feff}");
    out.push_str(&header_row);
    out.push_str("\r\n");
    for s in &states {
        let used = if s.used { i18n::YES } else { i18n::NO };
        let row = [
            cell(&code::display(&s.code)),
            cell(&unit.name),
            cell(&s.expires_at.map(wib_date).unwrap_or_default()),
            cell(used.get(lang)),
        ]
        .join(",");
        out.push_str(&row);
        out.push_str("\r\n");
    }
    tracing::info!(by = %post.signed.actor.user_id, unit = %unit.id, count = states.len(), "service codes listed");
    let name = format!("attachment; filename=\"kode-{}.csv\"", unit.slug);
    let mut r = out.into_response();
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/csv; charset=utf-8"),
    );
    h.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_str(&name).map_err(AppError::internal)?,
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(r)
}
