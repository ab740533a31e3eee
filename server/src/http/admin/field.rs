//! `/admin/s/{slug}/field`: how a survey's answers were collected, per
//! unit and channel; for assessors, interview targets (set here), who
//! interviewed, and interviewed against self-completed scores. What names
//! an interviewer is never shown to the rated agency's manager.

use super::flash::see_with;
use super::{AdminPost, Signed, page_of, page_with};
use crate::error::AppError;
use crate::http::ServerState;
use crate::services::access::{self, Need};
use crate::services::auth::audit_for;
use crate::services::field_figures;
use crate::store::field::set_quota;
use app::domain::answers::push_error;
use app::i18n;
use app::pages::admin::field::{FieldPage, FieldView};
use axum::extract::{Path, State};
use axum::http::request::Parts;
use axum::response::Response;
use leptos::prelude::*;

/// `GET /admin/s/{slug}/field`.
pub async fn page(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    signed: Signed,
    head: Parts,
) -> Result<Response, AppError> {
    access::survey(&state.db, &signed.actor, &slug, Need::Read).await?;
    let loaded = state.survey(&slug).await?;
    let view = field_figures::view(&state, &signed.actor, &loaded).await?;
    Ok(page_of(
        &state,
        &head,
        &signed,
        view,
        |_| String::new(),
        |v: FieldView, lang| view! { <FieldPage view=v lang=lang /> }.into_any(),
    )
    .await)
}

/// `POST /admin/s/{slug}/field`: an assessor sets the interview targets
/// (`target.{unit}`, a whole number; 0 or empty removes one).
pub async fn save_targets(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    post: AdminPost,
) -> Result<Response, AppError> {
    let actor = &post.signed.actor;
    let (agency, _) = access::survey(&state.db, actor, &slug, Need::Read).await?;
    if !actor.assesses() {
        return Err(AppError::Forbidden);
    }
    let loaded = state.survey(&slug).await?;
    let mut errors = app::domain::answers::FieldErrors::new();
    let mut targets = Vec::new();
    for u in &loaded.units {
        let raw = post
            .form
            .get(&format!("target.{}", u.slug))
            .trim()
            .to_string();
        match raw.parse::<u32>() {
            _ if raw.is_empty() => targets.push((u, 0)),
            Ok(n) if n <= 10_000 => targets.push((u, n)),
            _ => push_error(
                &mut errors,
                &format!("target.{}", u.slug),
                i18n::FIELD_TARGET_BAD.text(),
            ),
        }
    }
    if !errors.is_empty() {
        let mut view = field_figures::view(&state, actor, &loaded).await?;
        view.errors = errors;
        view.typed = loaded
            .units
            .iter()
            .map(|u| {
                let key = format!("target.{}", u.slug);
                let typed = post.form.get(&key).to_string();
                (key, typed)
            })
            .collect();
        return Ok(page_with(
            &state,
            &post.head,
            &post.signed,
            axum::http::StatusCode::UNPROCESSABLE_ENTITY,
            view,
            |v| v.survey.1.clone(),
            |v: FieldView, lang| view! { <FieldPage view=v lang=lang /> }.into_any(),
        )
        .await);
    }
    let now = state.clock.now();
    for (u, n) in &targets {
        set_quota(&state.db, loaded.survey.id, u.id, *n, actor.user_id, now).await?;
    }
    let detail = serde_json::json!({
        "survey": slug,
        "targets": targets.iter().map(|(u, n)| (u.slug.clone(), *n)).collect::<std::collections::BTreeMap<_, _>>(),
    });
    audit_for(&state.db, actor, Some(agency.id), "field-targets", detail).await?;
    Ok(see_with(
        &state,
        &format!("/admin/s/{slug}/field#targets"),
        "targets-saved",
    ))
}
