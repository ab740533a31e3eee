//! `/admin/s/{slug}/kiosks`: a survey's kiosk tablets. Its manager
//! registers one for a unit (the pairing code and its QR are shown once)
//! and revokes one (asked first); assessors read the list.

use super::flash::see_with;
use super::{AdminPost, Signed, page_with, public_base};
use crate::error::AppError;
use crate::http::ServerState;
use crate::services::access::{self, Need};
use crate::services::auth::audit_for;
use crate::services::clock::wib_time;
use crate::services::{kiosk, qr};
use crate::store::kiosks;
use crate::store::surveys::LoadedSurvey;
use app::domain::answers::{FieldErrors, push_error};
use app::i18n;
use app::pages::admin::kiosks::{FreshKiosk, KioskRow, KioskState, KiosksPage, KiosksView};
use axum::extract::{Path, State};
use axum::http::{StatusCode, request::Parts};
use axum::response::Response;
use leptos::prelude::*;
use uuid::Uuid;

async fn view_of(
    state: &ServerState,
    signed: &Signed,
    loaded: &LoadedSurvey,
    may_change: bool,
) -> Result<KiosksView, AppError> {
    let rows = kiosks::list(&state.db, loaded.survey.id)
        .await?
        .into_iter()
        .map(|(d, responses, last)| KioskRow {
            id: d.id.to_string(),
            name: d.name.clone(),
            unit: loaded
                .units
                .iter()
                .find(|u| u.id == d.unit_id)
                .map(|u| u.name.clone())
                .unwrap_or_default(),
            state: match (d.revoked_at, d.paired_at, d.pair_expires_at) {
                (Some(at), _, _) => KioskState::Revoked(wib_time(at)),
                (None, Some(at), _) => KioskState::Paired(wib_time(at)),
                (None, None, until) => KioskState::Waiting(until.map(wib_time).unwrap_or_default()),
            },
            responses,
            last: last.map(wib_time),
        })
        .collect();
    Ok(KiosksView {
        survey: (loaded.survey.slug.clone(), loaded.survey.title.clone()),
        units: loaded
            .units
            .iter()
            .map(|u| (u.slug.clone(), u.name.clone()))
            .collect(),
        rows,
        csrf: signed.actor.csrf.clone(),
        may_change,
        fresh: None,
        values: Default::default(),
        errors: FieldErrors::new(),
    })
}

/// The kiosks page, `status` 422 when its form is shown again to mend.
async fn shown(
    state: &ServerState,
    head: &Parts,
    signed: &Signed,
    view: KiosksView,
    status: StatusCode,
) -> Response {
    let body = |v, lang| view! { <KiosksPage view=v lang=lang /> }.into_any();
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

/// `GET /admin/s/{slug}/kiosks`.
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
    let view = view_of(&state, &signed, &loaded, may_change).await?;
    Ok(shown(&state, &head, &signed, view, StatusCode::OK).await)
}

/// `POST /admin/s/{slug}/kiosks`: registers a tablet (name, unit, faces).
pub async fn register(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    post: AdminPost,
) -> Result<Response, AppError> {
    let actor = &post.signed.actor;
    let (agency, _) = access::survey(&state.db, actor, &slug, Need::Write).await?;
    let loaded = state.survey(&slug).await?;
    let name = post.form.get("name").trim().to_string();
    let unit_slug = post.form.get("unit").to_string();
    let mut errors = FieldErrors::new();
    if name.is_empty() || name.chars().count() > 80 {
        push_error(&mut errors, "name", i18n::KIOSK_NAME_NEEDED.text());
    }
    let unit = loaded.unit(&unit_slug).cloned();
    if unit.is_none() {
        push_error(&mut errors, "unit", i18n::UNIT_REQUIRED.text());
    }
    let mut view = view_of(&state, &post.signed, &loaded, true).await?;
    let (Some(unit), true) = (unit, errors.is_empty()) else {
        view.errors = errors;
        view.values = (name, unit_slug);
        return Ok(shown(
            &state,
            &post.head,
            &post.signed,
            view,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await);
    };
    let faces = post.form.get("faces") == "1";
    let (device, code) = kiosk::register(
        &state,
        loaded.survey.id,
        unit.id,
        &name,
        faces,
        actor.user_id,
    )
    .await?;
    audit_for(
        &state.db,
        actor,
        Some(agency.id),
        "kiosk-register",
        serde_json::json!({ "survey": slug, "unit": unit.slug, "kiosk": device.id, "name": name }),
    )
    .await?;
    let link = format!("{}/kiosk/pair?code={code}", public_base(&state, &post.head));
    view = view_of(&state, &post.signed, &loaded, true).await?;
    view.fresh = Some(FreshKiosk {
        name,
        code: kiosk::shown(&code),
        qr: qr::svg(&link).map_err(AppError::internal)?,
        link,
        until: device.pair_expires_at.map(wib_time).unwrap_or_default(),
    });
    Ok(shown(&state, &post.head, &post.signed, view, StatusCode::OK).await)
}

/// `POST /admin/s/{slug}/kiosks/{id}/revoke`.
pub async fn revoke(
    State(state): State<ServerState>,
    Path((slug, id)): Path<(String, String)>,
    post: AdminPost,
) -> Result<Response, AppError> {
    let actor = &post.signed.actor;
    let (agency, survey) = access::survey(&state.db, actor, &slug, Need::Write).await?;
    let id = Uuid::parse_str(&id).map_err(|_| AppError::NotFound)?;
    if !kiosks::revoke(&state.db, survey.id, id, state.clock.now()).await? {
        return Err(AppError::NotFound);
    }
    audit_for(
        &state.db,
        actor,
        Some(agency.id),
        "kiosk-revoke",
        serde_json::json!({ "survey": slug, "kiosk": id }),
    )
    .await?;
    Ok(see_with(
        &state,
        &format!("/admin/s/{slug}/kiosks"),
        "kiosk-revoked",
    ))
}
