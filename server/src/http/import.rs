//! `POST /api/v1/surveys/{slug}/responses/import`: responses an agency
//! enters in bulk with its API token (paper questionnaires typed in, a
//! kiosk or queue system syncing what it collected offline). Every
//! response is checked as a citizen's are; each carries the agency's own
//! key, so sending an import again stores nothing twice.

use super::api::{errors_json, invalid};
use super::codes::agency_caller;
use crate::dto::submission::ImportRequest;
use crate::error::AppError;
use crate::http::ServerState;
use crate::http::client::lang;
use crate::services::submit::{Imported, import as store};
use app::domain::answers::{FieldErrors, push_error};
use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::json;

/// Largest import body: about a thousand responses.
pub const BODY_LIMIT: usize = 2 * 1024 * 1024;

/// The handler.
#[utoipa::path(
    post,
    path = "/api/v1/surveys/{slug}/responses/import",
    tag = "agencies",
    summary = "Enter up to 1,000 responses at once (paper forms, kiosks), each under the agency's own key",
    params(("slug" = String, Path, description = "The survey's public slug")),
    request_body = ImportRequest,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "{\"stored\", \"repeated\", \"invalid\", \"results\": [{\"key\", \"id\", \"created\"} or {\"key\", \"errors\"}]}, in the order sent"),
        (status = 401, description = "No valid API token, or one past its end date"),
        (status = 403, description = "A read-only token"),
        (status = 404, description = "No such survey of the token's agency"),
        (status = 410, description = "The survey is closed"),
        (status = 413, description = "The body is larger than the import limit"),
        (status = 422, description = "Bad JSON, or not 1 to 1,000 responses"),
        (status = 503, description = "The database is unavailable; send the same import again"),
    )
)]
pub async fn import(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, AppError> {
    let lang = lang(None, &headers);
    let caller = match agency_caller(&state, &headers, lang).await {
        Ok(c) => c,
        Err(r) => return Ok(r),
    };
    let _turn = state.imports.acquire().await;
    let request: ImportRequest = match serde_json::from_slice(&body) {
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
    if let Err(errors) = request.check_size() {
        return Ok(invalid(&errors, lang));
    }
    let survey = state.survey(&slug).await?;
    if survey.survey.agency_id != caller.agency_id {
        return Err(AppError::NotFound);
    }
    let outcomes = store(&state, &survey, &request.responses).await?;
    let (mut stored, mut repeated, mut refused) = (0, 0, 0);
    let results: Vec<serde_json::Value> = request
        .responses
        .iter()
        .zip(outcomes)
        .map(|(item, outcome)| match outcome {
            Imported::Stored(s) => {
                if s.created {
                    stored += 1;
                } else {
                    repeated += 1;
                }
                json!({ "key": item.key, "id": s.id, "created": s.created })
            }
            Imported::Invalid(errors) => {
                refused += 1;
                json!({ "key": item.key, "errors": errors_json(&errors, lang) })
            }
        })
        .collect();
    tracing::info!(agency = %caller.agency_id, survey = %slug, stored, repeated, invalid = refused, "responses imported");
    Ok((
        StatusCode::OK,
        Json(json!({
            "stored": stored,
            "repeated": repeated,
            "invalid": refused,
            "results": results,
        })),
    )
        .into_response())
}
