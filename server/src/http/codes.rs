//! `POST /api/v1/agencies/{agency}/units/{unit}/codes`: a batch of one-time
//! service codes for a unit, for a queue system or receipt printer.
//! Needs an API token of that agency (`Authorization: Bearer psp_…`); any
//! other agency's unit answers 404, as if it did not exist.

use super::api::{error, invalid};
use crate::error::AppError;
use crate::http::ServerState;
use crate::http::client::lang;
use crate::store::codes;
use app::domain::answers::{FieldErrors, push_error};
use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::json;

/// The request body.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CodeRequest {
    /// How many codes (1 to 10,000).
    #[serde(deserialize_with = "crate::dto::whole::whole")]
    #[schema(minimum = 1, maximum = 10_000)]
    pub count: usize,
    /// Days until unused codes stop being accepted (1 to 366; default:
    /// never).
    #[serde(default, deserialize_with = "crate::dto::whole::whole_or_none")]
    #[schema(minimum = 1, maximum = 366)]
    pub expires_in_days: Option<u32>,
}

/// The handler.
#[utoipa::path(
    post,
    path = "/api/v1/agencies/{agency}/units/{unit}/codes",
    tag = "agencies",
    summary = "A batch of one-time service codes for a unit (shown once)",
    params(
        ("agency" = String, Path, description = "The agency's slug"),
        ("unit" = String, Path, description = "The unit's slug"),
    ),
    request_body = CodeRequest,
    security(("bearer" = [])),
    responses(
        (status = 201, description = "{\"batch\", \"unit\", \"expires_at\", \"codes\": [\"K7QM3-XPD01\", …]}"),
        (status = 401, description = "No valid API token, or one past its end date"),
        (status = 403, description = "A read-only token"),
        (status = 404, description = "No such unit within the token's agency"),
        (status = 413, description = "The body is larger than the limit (PERSEPSI_BODY_LIMIT)"),
        (status = 422, description = "Count or days out of range, or bad JSON"),
        (status = 503, description = "The database is unavailable; see Retry-After"),
    )
)]
pub async fn generate(
    State(state): State<ServerState>,
    Path((agency_slug, unit_slug)): Path<(String, String)>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, AppError> {
    let lang = lang(None, &headers);
    let caller = match agency_caller(&state, &headers, lang).await {
        Ok(c) => c,
        Err(r) => return Ok(r),
    };
    let found = codes::find_unit(&state.db, &agency_slug, &unit_slug).await?;
    let Some((_, unit)) = found.filter(|(agency, _)| agency.id == caller.agency_id) else {
        return Ok(error(
            StatusCode::NOT_FOUND,
            app::i18n::UNIT_NOT_FOUND.get(lang),
        ));
    };
    let req: CodeRequest = match serde_json::from_slice(&body) {
        Ok(r) => r,
        Err(e) => {
            let mut errors = FieldErrors::new();
            push_error(
                &mut errors,
                "body",
                app::i18n::INVALID_JSON.text_with(&[("detail", e.to_string().into())]),
            );
            return Ok(invalid(&errors, lang));
        }
    };
    if req.count == 0 || req.count > codes::MAX_BATCH {
        let mut errors = FieldErrors::new();
        push_error(
            &mut errors,
            "count",
            app::i18n::CODE_COUNT_RANGE.text_with(&[("max", codes::MAX_BATCH.into())]),
        );
        return Ok(invalid(&errors, lang));
    }
    let expires_at = match req.expires_in_days.map(codes::expiry) {
        None => None,
        Some(Some(t)) => Some(t),
        Some(None) => {
            let mut errors = FieldErrors::new();
            push_error(
                &mut errors,
                "expires_in_days",
                app::i18n::CODE_DAYS_RANGE.text_with(&[("max", codes::MAX_DAYS.into())]),
            );
            return Ok(invalid(&errors, lang));
        }
    };
    let batch = codes::generate(&state.db, &state.tokens, unit.id, req.count, expires_at).await?;
    tracing::info!(unit = %unit.id, count = batch.codes.len(), token = %caller.id, "service codes generated");
    let mut r = (
        StatusCode::CREATED,
        Json(json!({
            "batch": batch.id,
            "unit": unit.slug,
            "expires_at": batch.expires_at,
            "codes": batch.codes,
        })),
    )
        .into_response();
    r.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(r)
}

/// The agency API token the request carries (`Authorization: Bearer`),
/// when it may change something; otherwise the 401 (none, unknown or
/// expired), 403 (read-only) or 503 to answer. Every route that calls it
/// writes.
pub(crate) async fn agency_caller(
    state: &ServerState,
    headers: &HeaderMap,
    lang: app::domain::text::Lang,
) -> Result<crate::store::entities::api_token::Model, Response> {
    use crate::services::bearer::{Presented, agency_token};
    let found = match super::extract::bearer(headers) {
        Some(t) => agency_token(&state.db, &state.tokens, t).await,
        None => Ok(Presented::Unknown),
    };
    match found {
        Ok(Presented::Valid {
            read_only: false,
            who,
        }) => Ok(who),
        Ok(Presented::Valid {
            read_only: true, ..
        }) => Err(super::caller::read_only(lang)),
        Ok(Presented::Expired) => Err(super::caller::expired(lang)),
        Ok(Presented::Unknown) => Err(super::caller::unauthorized(lang)),
        Err(e) => Err(super::api::app_error(e.into(), lang)),
    }
}
