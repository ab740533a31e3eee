//! `GET /admin/s/{slug}/posters`: the poster of every unit the survey
//! covers, one per A4 sheet, to print at once.

use super::poster::poster_view;
use super::{Signed, public_base};
use crate::error::AppError;
use crate::http::ServerState;
use crate::http::render::{Page, render};
use crate::services::access::{self, Need};
use crate::store::admin as repo;
use app::i18n;
use app::pages::admin::poster::PostersPage;
use axum::extract::{Path, State};
use axum::http::{StatusCode, request::Parts};
use axum::response::Response;
use leptos::prelude::*;

/// `GET /admin/s/{slug}/posters`.
pub async fn posters(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    signed: Signed,
    head: Parts,
) -> Result<Response, AppError> {
    let lang = signed.lang;
    let (agency, s) = access::survey(&state.db, &signed.actor, &slug, Need::Read).await?;
    let chosen = repo::survey_unit_ids(&state.db, s.id).await?;
    let base = public_base(&state, &head);
    let mut posters = Vec::new();
    for u in repo::units(&state.db, agency.id).await? {
        if chosen.contains(&u.id) {
            posters.push(poster_view(&base, &agency, &s, Some(&u))?);
        }
    }
    if posters.is_empty() {
        posters.push(poster_view(&base, &agency, &s, None)?);
    }
    let title = format!("{} · {}", i18n::POSTERS_ALL.get(lang), s.title);
    Ok(render(
        &state,
        &head,
        Page {
            status: StatusCode::OK,
            lang,
            title,
            interactive: false,
            chrome: false,
            body: move || view! { <PostersPage posters=posters.clone() lang=lang /> }.into_any(),
        },
    )
    .await)
}
