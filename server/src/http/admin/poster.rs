//! A survey's poster: an A4 page with its QR code for the counter, for the
//! survey or one of its units.

use super::{Signed, public_base};
use crate::error::AppError;
use crate::http::ServerState;
use crate::http::render::{Page, render};
use crate::services::access::{self, Need};
use crate::store::admin as repo;
use crate::store::entities::{agency, service_unit, survey};
use app::i18n;
use app::pages::admin::poster::{PosterPage, PosterView};
use axum::extract::{Path, State};
use axum::http::{StatusCode, request::Parts};
use axum::response::Response;
use leptos::prelude::*;

/// `GET /admin/s/{slug}/poster?u=`: an A4 poster for the counter (404 for a
/// unit the survey does not cover).
pub async fn poster(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    signed: Signed,
    head: Parts,
) -> Result<Response, AppError> {
    let lang = signed.lang;
    let (agency, s) = access::survey(&state.db, &signed.actor, &slug, Need::Read).await?;
    let q = crate::http::extract::query(&head);
    let unit = match q.get("u") {
        Some(u) => Some(unit_of(&state, &agency, &s, u).await?),
        None => None,
    };
    let view = poster_view(&public_base(&state, &head), &agency, &s, unit.as_ref())?;
    let title = format!("{} · {}", i18n::POSTER.get(lang), view.title);
    Ok(render(
        &state,
        &head,
        Page {
            status: StatusCode::OK,
            lang,
            title,
            interactive: false,
            chrome: false,
            body: move || view! { <PosterPage view=view.clone() lang=lang /> }.into_any(),
        },
    )
    .await)
}

/// The unit `slug` of `agency` that survey `s` covers.
async fn unit_of(
    state: &ServerState,
    agency: &agency::Model,
    s: &survey::Model,
    slug: &str,
) -> Result<service_unit::Model, AppError> {
    let chosen = repo::survey_unit_ids(&state.db, s.id).await?;
    repo::units(&state.db, agency.id)
        .await?
        .into_iter()
        .find(|x| x.slug == slug && chosen.contains(&x.id))
        .ok_or(AppError::NotFound)
}

/// The poster of survey `s` (or of its unit `unit`), its links under `base`.
pub(super) fn poster_view(
    base: &str,
    agency: &agency::Model,
    s: &survey::Model,
    unit: Option<&service_unit::Model>,
) -> Result<PosterView, AppError> {
    let url = format!(
        "{base}/s/{}{}",
        s.slug,
        unit.map(|u| format!("?u={}", u.slug)).unwrap_or_default()
    );
    // What a citizen types: no scheme, and the unit is asked on the form.
    let host = base.split_once("://").map_or(base, |(_, h)| h);
    Ok(PosterView {
        agency: agency.name.clone(),
        unit: unit.map(|u| u.name.clone()),
        title: s.title.clone(),
        short: format!("{host}/s/{}", s.slug),
        qr_svg: crate::services::qr::svg(&url).map_err(AppError::internal)?,
        url,
    })
}
