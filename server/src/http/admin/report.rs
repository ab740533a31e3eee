//! The survey report (*Laporan Hasil SKM*):
//! - `GET /admin/s/{slug}/report?period=&unit=`: the A4 print page, with
//!   the choice of period and unit;
//! - `GET /admin/s/{slug}/report.pdf?period=&unit=`: the same as a PDF to
//!   sign (each download is written to the audit log).
//!
//! For whoever may read the survey; another agency's manager gets 404.

use super::{Signed, page_of};
use crate::error::AppError;
use crate::http::ServerState;
use crate::services::access::{self, Need};
use crate::services::auth::audit_for;
use crate::services::report;
use crate::store::entities::agency;
use crate::store::surveys::LoadedSurvey;
use app::pages::admin::report::{ReportPage, ReportView};
use axum::extract::{Path, State};
use axum::http::request::Parts;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use leptos::prelude::*;

/// The report asked for: the survey's agency, and its view.
async fn asked(
    state: &ServerState,
    signed: &Signed,
    slug: &str,
    head: &Parts,
) -> Result<(agency::Model, ReportView), AppError> {
    let (a, _) = access::survey(&state.db, &signed.actor, slug, Need::Read).await?;
    let loaded: LoadedSurvey = state.survey(slug).await?;
    let query = crate::http::extract::query(head);
    let unit = match query.get("unit").filter(|u| !u.is_empty()) {
        Some(u) => Some(loaded.unit(u).ok_or(AppError::NotFound)?.id),
        None => None,
    };
    let period = report::period_or_default(state, query.get("period").map(String::as_str));
    let view = report::gather(state, &loaded, unit, &period, signed.lang).await?;
    Ok((a, view))
}

/// `GET /admin/s/{slug}/report`.
pub async fn page(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    signed: Signed,
    head: Parts,
) -> Result<Response, AppError> {
    let (_, view) = asked(&state, &signed, &slug, &head).await?;
    Ok(page_of(
        &state,
        &head,
        &signed,
        view,
        |v| format!("{}: {}", v.survey.1, v.period),
        |v, lang| view! { <ReportPage view=v lang=lang /> }.into_any(),
    )
    .await)
}

/// The download's file name: `laporan-{survey}[-{unit}]-{period}.pdf`.
fn file_name(v: &ReportView) -> String {
    let unit = v
        .unit
        .as_ref()
        .map(|u| format!("-{}", u.0))
        .unwrap_or_default();
    format!(
        "laporan-{}{unit}-{}.pdf",
        v.survey.0,
        v.period.to_lowercase()
    )
}

/// `GET /admin/s/{slug}/report.pdf`.
pub async fn pdf(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    signed: Signed,
    head: Parts,
) -> Result<Response, AppError> {
    let (a, view) = asked(&state, &signed, &slug, &head).await?;
    let detail = serde_json::json!({
        "survey": view.survey.0,
        "unit": view.unit.as_ref().map(|u| &u.0),
        "period": view.period,
    });
    audit_for(
        &state.db,
        &signed.actor,
        Some(a.id),
        "report-download",
        detail,
    )
    .await?;
    let name = file_name(&view);
    let lang = signed.lang;
    let bytes = tokio::task::spawn_blocking(move || report::pdf::render(&view, lang))
        .await
        .map_err(AppError::internal)?;
    let mut r = bytes.into_response();
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/pdf"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    Ok(r)
}
