//! A survey's admin page (its units, links, embed snippet and status) and
//! its status changes: draft → open → closed. Creating and editing one is
//! in `survey_edit` (its form in `survey_form`); its poster in `poster`.

use super::{AdminPost, Signed, admin_page, page_of, public_base, see};
use crate::error::AppError;
use crate::http::ServerState;
use crate::services::access::{self, Need};
use crate::store::admin as repo;
use crate::store::entities::{agency, survey};
use app::i18n;
use app::pages::admin::survey::{SurveyAdminPage, SurveyAdminView};
use axum::extract::{Path, State};
use axum::http::{StatusCode, request::Parts};
use axum::response::Response;
use leptos::prelude::*;
use uuid::Uuid;

async fn admin_view(
    state: &ServerState,
    head: &Parts,
    signed: &Signed,
    agency: agency::Model,
    s: survey::Model,
) -> Result<SurveyAdminView, AppError> {
    let units = repo::units(&state.db, agency.id).await?;
    let chosen = repo::survey_unit_ids(&state.db, s.id).await?;
    let instruments = repo::instruments(&state.db).await?;
    let bands = repo::band_tables(&state.db).await?;
    let name = |list: &[(Uuid, String)], id: Uuid| {
        list.iter()
            .find(|(i, _)| *i == id)
            .map(|(_, l)| l.clone())
            .unwrap_or_default()
    };
    Ok(SurveyAdminView {
        responses: repo::response_count(&state.db, s.id).await?,
        can_write: signed.actor.check(&agency, Need::Write).is_ok(),
        instrument: name(&instruments, s.instrument_id),
        bands: name(&bands, s.band_table_id),
        units: units
            .into_iter()
            .filter(|u| chosen.contains(&u.id))
            .map(|u| (u.slug, u.name))
            .collect(),
        base: public_base(state, head),
        origins: s
            .embed_origins
            .split_whitespace()
            .map(str::to_string)
            .collect(),
        csrf: signed.actor.csrf.clone(),
        slug: s.slug,
        title: s.title,
        agency: (agency.name, agency.slug),
        status: s.status,
    })
}

/// `GET /admin/s/{slug}`.
pub async fn show(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    signed: Signed,
    head: Parts,
) -> Result<Response, AppError> {
    let (agency, s) = access::survey(&state.db, &signed.actor, &slug, Need::Read).await?;
    let view = admin_view(&state, &head, &signed, agency, s).await?;
    Ok(page_of(
        &state,
        &head,
        &signed,
        view,
        |v| v.title.clone(),
        |v, lang| view! { <SurveyAdminPage view=v lang=lang /> }.into_any(),
    )
    .await)
}

/// `POST /admin/s/{slug}/status`: draft → open → closed; any other step is
/// refused (409).
pub async fn status(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    post: AdminPost,
) -> Result<Response, AppError> {
    let AdminPost { signed, form, head } = post;
    let lang = signed.lang;
    let (_, s) = access::survey(&state.db, &signed.actor, &slug, Need::Write).await?;
    let to = form.get("to");
    let from = match to {
        "open" => "draft",
        "closed" => "open",
        _ => "",
    };
    if repo::set_status(&state.db, s.id, from, to).await? {
        state.surveys_changed();
        tracing::info!(by = %signed.actor.user_id, survey = %slug, to, "survey status changed");
        return Ok(see(&format!("/admin/s/{slug}")));
    }
    let back = format!("/admin/s/{slug}");
    Ok(admin_page(
        &state,
        &head,
        lang,
        Some(signed.who()),
        i18n::STATUS.get(lang).to_string(),
        StatusCode::CONFLICT,
        move || {
            view! {
                <h1>{i18n::STATUS.get(lang)}</h1>
                <p class="field-error" role="alert">{i18n::STATUS_CHANGE_BAD.get(lang)}</p>
                <p><a class="button secondary" href=back.clone()>{i18n::BACK.get(lang)}</a></p>
            }
            .into_any()
        },
    )
    .await)
}
