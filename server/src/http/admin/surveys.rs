//! A survey's admin page: its units, links, embed snippets (and "check
//! your site", `?site=`) and status. Its status changes (asked first) are
//! in `survey_status`; creating and editing one is in `survey_edit` (its
//! form in `survey_form`); its poster in `poster`; its preview in
//! `preview`.

use super::embed_check::{check_site, typed_site};
use super::survey_choices::name_of;
use super::{Signed, page_of, public_base};
use crate::error::AppError;
use crate::http::ServerState;
use crate::services::access::{self, Need};
use crate::store::admin as repo;
use crate::store::entities::{agency, survey};
use crate::store::versions;
use app::pages::admin::survey::{SurveyAdminPage, SurveyAdminView};
use axum::extract::{Path, State};
use axum::http::request::Parts;
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
    let instruments = versions::instruments(&state.db).await?;
    let bands = versions::band_tables(&state.db).await?;
    let name = |list: &[versions::Version], id: Uuid| {
        list.iter()
            .find(|v| v.id == id)
            .map(|v| name_of(v, signed.lang))
            .unwrap_or_default()
    };
    let origins: Vec<String> = s
        .embed_origins
        .split_whitespace()
        .map(str::to_string)
        .collect();
    let check = typed_site(head).map(|typed| {
        let found = check_site(&typed, &origins);
        (typed, found)
    });
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
        origins,
        check,
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
