//! `GET /v/{code}`: a certificate's public verification. A real code shows
//! the card as issued (the same page prints as the certificate); any other
//! code is "unknown", 404. Nothing here is personal, and a code is ten
//! characters of a 32-letter alphabet, too many to guess.

use super::client::lang;
use super::extract::query;
use super::render::{Page, message, render};
use crate::error::AppError;
use crate::http::ServerState;
use crate::store::certificates;
use app::i18n;
use app::pages::certificate::{Card, CertificatePage, CertificateView};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::Response;
use leptos::prelude::*;

/// `GET /v/{code}`.
pub async fn verify(
    State(state): State<ServerState>,
    Path(code): Path<String>,
    head: Parts,
) -> Result<Response, AppError> {
    let lang = lang(query(&head).get("lang").map(String::as_str), &head.headers);
    let found = certificates::by_code(&state.db, &code).await?;
    let card = found.as_ref().and_then(|c| {
        serde_json::from_str::<Card>(&c.body)
            .ok()
            .map(|card| (c, card))
    });
    let Some((row, card)) = card else {
        return Ok(message(
            &state,
            &head,
            StatusCode::NOT_FOUND,
            lang,
            i18n::CERT_UNKNOWN_TITLE,
            i18n::CERT_UNKNOWN_BODY,
            None,
        )
        .await);
    };
    let title = i18n::CERT_TITLE.with(lang, &[("year", card.year.clone().into())]);
    let view = CertificateView {
        card,
        code: row.code.clone(),
        issued: crate::services::clock::wib_day(row.issued_at),
        lang,
    };
    Ok(render(
        &state,
        &head,
        Page {
            status: StatusCode::OK,
            lang,
            title,
            interactive: false,
            chrome: true,
            body: move || view! { <CertificatePage view=view.clone() /> }.into_any(),
        },
    )
    .await)
}
