//! `/admin/s/{slug}/counters`: a survey's counters (*loket*) or officers,
//! each with its own link and QR code; their figures from ten responses
//! up. Its manager adds them; assessors read.

use super::{AdminPost, Signed, page_with, public_base};
use crate::error::AppError;
use crate::http::ServerState;
use crate::services::access::{self, Need};
use crate::services::auth::audit_for;
use crate::services::{field_figures, qr};
use crate::store::counters;
use crate::store::surveys::LoadedSurvey;
use app::domain::answers::{FieldErrors, push_error};
use app::i18n;
use app::pages::admin::counters::{CounterRow, CountersPage, CountersView};
use axum::extract::{Path, State};
use axum::http::{StatusCode, request::Parts};
use axum::response::Response;
use leptos::prelude::*;
use rand::Rng;

async fn view_of(
    state: &ServerState,
    head: &Parts,
    signed: &Signed,
    loaded: &LoadedSurvey,
    may_change: bool,
) -> Result<CountersView, AppError> {
    let base = public_base(state, head);
    let mut rows = Vec::new();
    for (c, figures) in field_figures::counters(state, loaded).await? {
        let unit = loaded.units.iter().find(|u| u.id == c.unit_id);
        let link = format!(
            "{base}/s/{}?u={}&k={}",
            loaded.survey.slug,
            unit.map(|u| u.slug.as_str()).unwrap_or_default(),
            c.code
        );
        rows.push(CounterRow {
            label: c.label,
            unit: unit.map(|u| u.name.clone()).unwrap_or_default(),
            qr: qr::svg(&link).map_err(AppError::internal)?,
            link,
            figures,
        });
    }
    Ok(CountersView {
        survey: (loaded.survey.slug.clone(), loaded.survey.title.clone()),
        units: loaded
            .units
            .iter()
            .map(|u| (u.slug.clone(), u.name.clone()))
            .collect(),
        rows,
        may_change,
        csrf: signed.actor.csrf.clone(),
        values: Default::default(),
        errors: FieldErrors::new(),
    })
}

/// The counters page, `status` 422 when its form is shown again to mend.
async fn shown(
    state: &ServerState,
    head: &Parts,
    signed: &Signed,
    view: CountersView,
    status: StatusCode,
) -> Response {
    let body = |v, lang| view! { <CountersPage view=v lang=lang /> }.into_any();
    page_with(
        state,
        head,
        signed,
        status,
        view,
        |v| v.survey.1.clone(),
        body,
    )
    .await
}

/// `GET /admin/s/{slug}/counters`.
pub async fn list(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    signed: Signed,
    head: Parts,
) -> Result<Response, AppError> {
    access::survey(&state.db, &signed.actor, &slug, Need::Read).await?;
    let may_change = access::survey(&state.db, &signed.actor, &slug, Need::Write)
        .await
        .is_ok();
    let loaded = state.survey(&slug).await?;
    let view = view_of(&state, &head, &signed, &loaded, may_change).await?;
    Ok(shown(&state, &head, &signed, view, StatusCode::OK).await)
}

/// `POST /admin/s/{slug}/counters`: adds a counter (label, unit).
pub async fn add(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    post: AdminPost,
) -> Result<Response, AppError> {
    let actor = &post.signed.actor;
    let (agency, _) = access::survey(&state.db, actor, &slug, Need::Write).await?;
    let loaded = state.survey(&slug).await?;
    let label = post.form.get("label").trim().to_string();
    let unit_slug = post.form.get("unit").to_string();
    let mut errors = FieldErrors::new();
    if label.is_empty() || label.chars().count() > 60 {
        push_error(&mut errors, "label", i18n::COUNTERS_LABEL_NEEDED.text());
    }
    let unit = loaded.unit(&unit_slug).cloned();
    if unit.is_none() {
        push_error(&mut errors, "unit", i18n::UNIT_REQUIRED.text());
    }
    let (Some(unit), true) = (unit, errors.is_empty()) else {
        let mut view = view_of(&state, &post.head, &post.signed, &loaded, true).await?;
        view.errors = errors;
        view.values = (label, unit_slug);
        return Ok(shown(
            &state,
            &post.head,
            &post.signed,
            view,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await);
    };
    // Ten letters and digits: not guessable from another counter's.
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    let code: String = (0..10)
        .map(|_| ALPHABET[rand::rng().random_range(0..ALPHABET.len())] as char)
        .collect();
    let c = counters::create(
        &state.db,
        loaded.survey.id,
        unit.id,
        &label,
        &code,
        state.clock.now(),
    )
    .await?;
    audit_for(
        &state.db,
        actor,
        Some(agency.id),
        "counter-add",
        serde_json::json!({ "survey": slug, "unit": unit.slug, "counter": c.id, "label": label }),
    )
    .await?;
    Ok(super::flash::saved(
        &state,
        &format!("/admin/s/{slug}/counters"),
    ))
}
