//! The API's listings: agencies, an agency's units, surveys. Anyone sees
//! what is published (open or closed surveys, and the agencies and units
//! behind them); a bearer token (read-only will do) also sees drafts
//! within its reach. A token that is presented but unknown or expired is
//! refused, never quietly read as no token.

use super::api::{error, invalid};
use super::caller::{expired, unauthorized};
use super::extract::{bearer, strict_query};
use crate::dto::listing::{
    AgencyItem, AgencyList, AgencyQuery, MAX_PER_PAGE, PER_PAGE, SurveyItem, SurveyList,
    SurveyQuery, UnitItem, UnitList,
};
use crate::error::AppError;
use crate::http::ServerState;
use crate::http::client::lang;
use crate::services::access::{Actor, same_region};
use crate::services::bearer::{Presented, actor_of_token};
use crate::store::entities::agency;
use crate::store::{admin, listing};
use app::domain::answers::{FieldErrors, push_error};
use app::domain::text::Lang;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use std::collections::{HashMap, HashSet};
use uuid::Uuid;

/// Who asks: none (the public), or a token's holder.
async fn reach(
    state: &ServerState,
    headers: &HeaderMap,
    lang: Lang,
) -> Result<Option<Actor>, Response> {
    let Some(token) = bearer(headers) else {
        return Ok(None);
    };
    match actor_of_token(&state.db, &state.tokens, token).await {
        Ok(Presented::Valid { who, .. }) => Ok(Some(who)),
        Ok(Presented::Expired) => Err(expired(lang)),
        Ok(Presented::Unknown) => Err(unauthorized(lang)),
        Err(e) => Err(super::api::app_error(e.into(), lang)),
    }
}

/// The page and its size, or the field errors.
fn paging(page: Option<u32>, per: Option<u32>) -> Result<(u32, u32), FieldErrors> {
    let (page, per) = (page.unwrap_or(1), per.unwrap_or(PER_PAGE));
    let mut errors = FieldErrors::new();
    if !(1..=100_000).contains(&page) {
        push_error(&mut errors, "page", app::i18n::PAGE_RANGE.text());
    }
    if !(1..=MAX_PER_PAGE).contains(&per) {
        push_error(&mut errors, "per_page", app::i18n::PER_PAGE_RANGE.text());
    }
    if errors.is_empty() {
        Ok((page, per))
    } else {
        Err(errors)
    }
}

/// A listing's request: its filters (`pages` reads their page and size),
/// the page, and who asks; or the answer that refuses it.
async fn asked<Q: serde::de::DeserializeOwned>(
    state: &ServerState,
    uri: &Uri,
    headers: &HeaderMap,
    lang: Lang,
    pages: impl Fn(&Q) -> (Option<u32>, Option<u32>),
) -> Result<(Q, u32, u32, Option<Actor>), Response> {
    let q: Q = strict_query(uri.query()).map_err(|errors| invalid(&errors, lang))?;
    let (page, per) = pages(&q);
    let (page, per) = paging(page, per).map_err(|errors| invalid(&errors, lang))?;
    let who = reach(state, headers, lang).await?;
    Ok((q, page, per, who))
}

/// The rows of page `page` of `per`.
fn slice<T>(rows: Vec<T>, page: u32, per: u32) -> Vec<T> {
    let skip = (page as usize - 1).saturating_mul(per as usize);
    rows.into_iter().skip(skip).take(per as usize).collect()
}

/// The agencies with a published survey.
async fn published(state: &ServerState) -> Result<(Vec<listing::Listed>, HashSet<Uuid>), AppError> {
    let surveys = listing::surveys(&state.db).await?;
    let ids = surveys
        .iter()
        .filter(|s| s.survey.status != "draft")
        .map(|s| s.survey.agency_id)
        .collect();
    Ok((surveys, ids))
}

/// Whether the asker may see `a`: published, or within the token's reach.
fn visible(a: &agency::Model, public: &HashSet<Uuid>, who: Option<&Actor>) -> bool {
    public.contains(&a.id) || who.is_some_and(|w| w.sees(a))
}

/// `GET /api/v1/agencies`.
#[utoipa::path(
    get,
    path = "/api/v1/agencies",
    tag = "listings",
    summary = "Agencies with published surveys (with a token, also those within its reach), by name",
    params(AgencyQuery),
    responses(
        (status = 200, description = "One page of agencies", body = AgencyList),
        (status = 401, description = "A token was sent but is unknown, revoked or expired"),
        (status = 422, description = "A filter or the page is wrong: messages per field"),
        (status = 503, description = "The database is unavailable; see Retry-After"),
    )
)]
pub async fn agencies(
    State(state): State<ServerState>,
    uri: Uri,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let lang = lang(None, &headers);
    let (q, page, per, who) = match asked(&state, &uri, &headers, lang, |q: &AgencyQuery| {
        (q.page, q.per_page)
    })
    .await
    {
        Ok(asked) => asked,
        Err(r) => return Ok(r),
    };
    let (_, public) = published(&state).await?;
    let rows: Vec<AgencyItem> = listing::agencies(&state.db)
        .await?
        .into_iter()
        .filter(|a| visible(a, &public, who.as_ref()))
        .filter(|a| q.kind.as_ref().is_none_or(|k| *k == a.kind))
        .filter(|a| q.region.as_ref().is_none_or(|r| same_region(r, &a.region)))
        .map(|a| AgencyItem {
            slug: a.slug,
            name: a.name,
            kind: a.kind,
            region: a.region,
        })
        .collect();
    let total = rows.len() as u64;
    let items = slice(rows, page, per);
    Ok(Json(AgencyList {
        total,
        page,
        per_page: per,
        items,
    })
    .into_response())
}

/// `GET /api/v1/agencies/{agency}/units`.
#[utoipa::path(
    get,
    path = "/api/v1/agencies/{agency}/units",
    tag = "listings",
    summary = "An agency's service units, by name",
    params(("agency" = String, Path, description = "The agency's slug")),
    responses(
        (status = 200, description = "The agency's units", body = UnitList),
        (status = 401, description = "A token was sent but is unknown, revoked or expired"),
        (status = 404, description = "No such agency, or none the caller may see"),
        (status = 503, description = "The database is unavailable; see Retry-After"),
    )
)]
pub async fn units(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let lang = lang(None, &headers);
    let who = match reach(&state, &headers, lang).await {
        Ok(w) => w,
        Err(r) => return Ok(r),
    };
    let (_, public) = published(&state).await?;
    let found = admin::agency_by_slug(&state.db, &slug).await?;
    let Some(a) = found.filter(|a| visible(a, &public, who.as_ref())) else {
        return Ok(error(
            StatusCode::NOT_FOUND,
            app::i18n::AGENCY_NOT_FOUND.get(lang),
        ));
    };
    let items = admin::units(&state.db, a.id)
        .await?
        .into_iter()
        .map(|u| UnitItem {
            slug: u.slug,
            name: u.name,
            sector: u.sector,
        })
        .collect();
    Ok(Json(UnitList {
        agency: a.slug,
        items,
    })
    .into_response())
}

/// `GET /api/v1/surveys`.
#[utoipa::path(
    get,
    path = "/api/v1/surveys",
    tag = "listings",
    summary = "Published surveys (with a token, also drafts within its reach), by title",
    params(SurveyQuery),
    responses(
        (status = 200, description = "One page of surveys", body = SurveyList),
        (status = 401, description = "A token was sent but is unknown, revoked or expired"),
        (status = 422, description = "A filter or the page is wrong: messages per field"),
        (status = 503, description = "The database is unavailable; see Retry-After"),
    )
)]
pub async fn surveys(
    State(state): State<ServerState>,
    uri: Uri,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let lang = lang(None, &headers);
    let (q, page, per, who) = match asked(&state, &uri, &headers, lang, |q: &SurveyQuery| {
        (q.page, q.per_page)
    })
    .await
    {
        Ok(asked) => asked,
        Err(r) => return Ok(r),
    };
    let (all, _) = published(&state).await?;
    let agencies: HashMap<Uuid, agency::Model> = listing::agencies(&state.db)
        .await?
        .into_iter()
        .map(|a| (a.id, a))
        .collect();
    let rows: Vec<SurveyItem> = all
        .into_iter()
        .filter_map(|l| {
            let a = agencies.get(&l.survey.agency_id)?;
            let shown = l.survey.status != "draft" || who.as_ref().is_some_and(|w| w.sees(a));
            let wanted = q.agency.as_ref().is_none_or(|s| *s == a.slug)
                && q.unit.as_ref().is_none_or(|u| l.units.contains(u))
                && q.status.is_none_or(|s| s.as_str() == l.survey.status);
            (shown && wanted).then(|| {
                let slug = l.survey.slug;
                SurveyItem {
                    form_path: format!("/s/{slug}"),
                    results_path: format!("/s/{slug}/results"),
                    results_csv_path: format!("/s/{slug}/results.csv"),
                    slug,
                    title: l.survey.title,
                    agency: a.slug.clone(),
                    status: l.survey.status,
                    opens_at: l.survey.opens_at,
                    closes_at: l.survey.closes_at,
                    instrument: l.instrument,
                    units: l.units,
                }
            })
        })
        .collect();
    let total = rows.len() as u64;
    let items = slice(rows, page, per);
    Ok(Json(SurveyList {
        total,
        page,
        per_page: per,
        items,
    })
    .into_response())
}
