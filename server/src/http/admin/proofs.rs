//! `GET /admin/proofs`: photos sent as proof of service, waiting for an
//! assessor; `GET /admin/proofs/{id}` one of them, `POST` its decision
//! (confirmed; a rejection needs a reason); `GET /admin/proofs/{id}/image`
//! the picture itself, never cached, each view in the audit log. For
//! anyone but assessors and admins, none of these exist (404).

use super::page::admin_page;
use super::{AdminPost, Signed, page_of, see};
use crate::error::AppError;
use crate::http::ServerState;
use crate::services::proof::review::{self, Reviewed};
use app::i18n;
use app::pages::admin::proofs::{ProofPage, ProofRow, ProofView, ProofsPage, ProofsView};
use axum::extract::{Path, State};
use axum::http::{StatusCode, header, request::Parts};
use axum::response::{IntoResponse, Response};
use leptos::prelude::*;

fn row(r: &Reviewed) -> ProofRow {
    ProofRow {
        id: r.proof.id.to_string(),
        survey: r.survey.title.clone(),
        unit: r.unit.as_ref().map(|u| u.name.clone()).unwrap_or_default(),
        sent: (r.proof.created_at + chrono::Duration::hours(7))
            .format("%Y-%m-%d %H:%M WIB")
            .to_string(),
    }
}

/// `GET /admin/proofs` (`?survey=` for one survey's).
pub async fn queue(
    State(state): State<ServerState>,
    signed: Signed,
    head: Parts,
) -> Result<Response, AppError> {
    let survey = super::super::extract::query(&head).get("survey").cloned();
    let rows = review::queue(&state, &signed.actor, survey.as_deref())
        .await?
        .iter()
        .map(row)
        .collect();
    Ok(page_of(
        &state,
        &head,
        &signed,
        ProofsView {
            title: i18n::PROOFS_TITLE.get(signed.lang).to_string(),
            rows,
        },
        |v| v.title.clone(),
        |v, lang| view! { <ProofsPage view=v lang=lang /> }.into_any(),
    )
    .await)
}

async fn proof_page(
    state: &ServerState,
    head: &Parts,
    signed: &Signed,
    r: &Reviewed,
    error: Option<String>,
    reason: String,
) -> Response {
    let status = if error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let lang = signed.lang;
    let mut title = r.survey.title.clone();
    if error.is_some() {
        title = format!("{}: {title}", i18n::ERROR_TITLE_PREFIX.get(lang));
    }
    let view = ProofView {
        row: row(r),
        size: (r.proof.width, r.proof.height),
        csrf: signed.actor.csrf.clone(),
        error,
        reason,
    };
    admin_page(
        state,
        head,
        lang,
        Some(signed.who()),
        title,
        status,
        move || view! { <ProofPage view=view.clone() lang=lang /> }.into_any(),
    )
    .await
}

/// `GET /admin/proofs/{id}`.
pub async fn show(
    State(state): State<ServerState>,
    Path(id): Path<String>,
    signed: Signed,
    head: Parts,
) -> Result<Response, AppError> {
    let r = review::open(&state, &signed.actor, &id).await?;
    Ok(proof_page(&state, &head, &signed, &r, None, String::new()).await)
}

/// `GET /admin/proofs/{id}/image`.
pub async fn image(
    State(state): State<ServerState>,
    Path(id): Path<String>,
    signed: Signed,
) -> Result<Response, AppError> {
    let r = review::open(&state, &signed.actor, &id).await?;
    let bytes = review::image(&state, &state.proofs, &signed.actor, &r).await?;
    Ok((
        [
            (header::CONTENT_TYPE, "image/jpeg"),
            (header::CACHE_CONTROL, "no-store"),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        ],
        bytes,
    )
        .into_response())
}

/// `POST /admin/proofs/{id}`: `decision` is `accept` or `reject` (with a
/// `reason`), once `confirm` is ticked.
pub async fn decide(
    State(state): State<ServerState>,
    Path(id): Path<String>,
    post: AdminPost,
) -> Result<Response, AppError> {
    let AdminPost { signed, form, head } = post;
    let r = review::open(&state, &signed.actor, &id).await?;
    let lang = signed.lang;
    let accept = match form.get("decision") {
        "accept" => true,
        "reject" => false,
        _ => return Err(AppError::NotFound),
    };
    let reason: String = form.get("reason").chars().take(500).collect();
    let problem = if form.get("confirm") != "yes" {
        Some(i18n::PROOF_CONFIRM_REQUIRED)
    } else if !accept && reason.trim().is_empty() {
        Some(i18n::PROOF_REASON_REQUIRED)
    } else {
        None
    };
    if let Some(p) = problem {
        let shown = Some(p.get(lang).to_string());
        return Ok(proof_page(&state, &head, &signed, &r, shown, reason).await);
    }
    let reason = if accept { "" } else { reason.trim() };
    review::decide(&state, &signed.actor, &r, accept, reason).await?;
    Ok(see("/admin/proofs"))
}
