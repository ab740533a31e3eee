//! `GET /admin/s/{slug}/review`: a survey's flagged responses in batches;
//! `POST` restores one batch into the default score (assessors and admins
//! only, confirmed, in the audit log).

use super::{AdminPost, Signed, page_of, see};
use crate::error::AppError;
use crate::http::ServerState;
use crate::services::access::{self, Need, Role};
use crate::services::integrity;
use crate::store::surveys::LoadedSurvey;
use app::pages::admin::review::{BatchRow, ReviewPage, ReviewView};
use axum::extract::{Path, RawQuery, State};
use axum::http::request::Parts;
use axum::response::Response;
use leptos::prelude::*;
use uuid::Uuid;

/// Whether the account may restore flagged responses: the agency's own
/// manager may see them but not count them back in.
fn may_restore(signed: &Signed) -> bool {
    matches!(signed.actor.role, Role::Assessor | Role::Admin)
}

async fn reviewed(
    state: &ServerState,
    signed: &Signed,
    slug: &str,
) -> Result<LoadedSurvey, AppError> {
    access::survey(&state.db, &signed.actor, slug, Need::Read).await?;
    state.survey(slug).await
}

/// `GET /admin/s/{slug}/review`.
pub async fn page(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    signed: Signed,
    head: Parts,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    let loaded = reviewed(&state, &signed, &slug).await?;
    let done = super::super::extract::pairs_of(raw.as_deref())
        .into_iter()
        .find(|(k, _)| k == "restored")
        .and_then(|(_, v)| v.parse().ok());
    let unit = |id: Option<Uuid>| {
        loaded
            .units
            .iter()
            .find(|u| Some(u.id) == id)
            .map(|u| (u.slug.clone(), u.name.clone()))
    };
    let wib = |t: chrono::DateTime<chrono::Utc>| {
        (t + chrono::Duration::hours(7))
            .format("%Y-%m-%d %H:%M")
            .to_string()
    };
    let batches = integrity::batches(&state, &loaded)
        .await?
        .into_iter()
        .map(|b| BatchRow {
            unit: unit(b.unit_id),
            span: format!("{} – {} WIB", wib(b.first), wib(b.last)),
            network: b.network,
            flags: b.flags,
            count: b.count,
            restored: b.restored,
        })
        .collect();
    let view = ReviewView {
        survey: (loaded.survey.slug.clone(), loaded.survey.title.clone()),
        batches,
        can_restore: may_restore(&signed),
        done,
        csrf: signed.actor.csrf.clone(),
    };
    Ok(page_of(
        &state,
        &head,
        &signed,
        view,
        |v| v.survey.1.clone(),
        |v, lang| view! { <ReviewPage view=v lang=lang /> }.into_any(),
    )
    .await)
}

/// `POST /admin/s/{slug}/review`: restores the batch named by `network`,
/// `unit` and `flags`, once `confirm` is ticked.
pub async fn restore(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    post: AdminPost,
) -> Result<Response, AppError> {
    let AdminPost { signed, form, .. } = post;
    let loaded = reviewed(&state, &signed, &slug).await?;
    if !may_restore(&signed) {
        return Err(AppError::Forbidden);
    }
    let back = format!("/admin/s/{slug}/review");
    if form.get("confirm") != "yes" {
        return Ok(see(&back));
    }
    let network = Some(form.get("network")).filter(|n| !n.is_empty());
    let unit = match form.get("unit") {
        "" => None,
        u => Some(loaded.unit(u).ok_or(AppError::NotFound)?.id),
    };
    let restored = integrity::restore_batch(
        &state,
        &signed.actor,
        &loaded,
        network,
        unit,
        form.get("flags"),
    )
    .await?;
    Ok(see(&format!("{back}?restored={restored}")))
}
