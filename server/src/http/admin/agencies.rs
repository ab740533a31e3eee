//! Providers: the list an account sees and one provider's page (its units
//! and surveys). Creating and editing one is in `agency_form`.

use super::{Signed, admin_page, page_of};
use crate::error::AppError;
use crate::http::ServerState;
use crate::services::access::{self, Need};
use crate::store::admin as repo;
use app::domain::text::Lang;
use app::i18n;
use app::pages::admin::agency::{AgencyPage, AgencyView, SurveyRow, UnitRow};
use app::pages::admin::home::{AgencyRow, HomePage};
use axum::extract::{Path, State};
use axum::http::{StatusCode, request::Parts};
use axum::response::Response;
use leptos::prelude::*;

pub(super) fn options(list: &[(&str, i18n::Tr)], lang: Lang) -> Vec<(String, String)> {
    list.iter()
        .map(|(c, t)| (c.to_string(), t.get(lang).to_string()))
        .collect()
}

/// `GET /admin`: the providers this account sees.
pub async fn home(
    State(state): State<ServerState>,
    signed: Signed,
    head: Parts,
) -> Result<Response, AppError> {
    let lang = signed.lang;
    let agencies = access::agencies(&state.db, &signed.actor).await?;
    let counts = repo::counts(&state.db).await?;
    let rows: Vec<AgencyRow> = agencies
        .into_iter()
        .map(|a| {
            let (units, surveys) = counts.get(&a.id).copied().unwrap_or_default();
            AgencyRow {
                slug: a.slug,
                name: a.name,
                kind: a.kind,
                region: a.region,
                units,
                surveys,
            }
        })
        .collect();
    let can_create = signed.actor.is_admin();
    let failed =
        crate::services::auth::failed_before(&state.db, &state.tokens, &signed.cookie).await?;
    let notice = (failed > 0).then(|| i18n::FAILED_LOGINS.with(lang, &[("count", failed.into())]));
    Ok(admin_page(
        &state,
        &head,
        lang,
        Some(signed.who()),
        i18n::AGENCIES.get(lang).to_string(),
        StatusCode::OK,
        move || {
            let notice = notice.clone();
            view! { <HomePage rows=rows.clone() can_create=can_create lang=lang notice=notice /> }
                .into_any()
        },
    )
    .await)
}

/// `GET /admin/a/{agency}`.
pub async fn show(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    signed: Signed,
    head: Parts,
) -> Result<Response, AppError> {
    let a = access::agency(&state.db, &signed.actor, &slug, Need::Read).await?;
    let parent = match a.parent_id {
        Some(p) => repo::agency_by_id(&state.db, p)
            .await?
            .filter(|p| signed.actor.sees(p))
            .map(|p| p.name),
        None => None,
    };
    let units = repo::units(&state.db, a.id).await?;
    let surveys = repo::surveys(&state.db, a.id).await?;
    let view = AgencyView {
        can_write: signed.actor.check(&a, Need::Write).is_ok(),
        slug: a.slug,
        name: a.name,
        kind: a.kind,
        region: a.region,
        parent,
        units: units
            .into_iter()
            .map(|u| UnitRow {
                slug: u.slug,
                name: u.name,
                sector: u.sector,
                expected_users: u.expected_users,
            })
            .collect(),
        surveys: surveys
            .into_iter()
            .map(|s| SurveyRow {
                slug: s.slug,
                title: s.title,
                status: s.status,
            })
            .collect(),
        csrf: signed.actor.csrf.clone(),
    };
    Ok(page_of(
        &state,
        &head,
        &signed,
        view,
        |v| v.name.clone(),
        |v, lang| view! { <AgencyPage view=v lang=lang /> }.into_any(),
    )
    .await)
}
