//! What a kiosk tablet or an interviewer's phone sends: a JSON batch of
//! kept answer sets, read within limits, answered with each one's outcome
//! under its id.

use super::ServerState;
use crate::error::AppError;
use crate::services::field::{self, FieldItem, MAX_BATCH};
use app::domain::text::Lang;
use app::i18n;
use axum::Json;
use axum::body::Body;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

/// What a tablet sends.
#[derive(Deserialize)]
pub struct Batch {
    /// The survey (an interviewer's send; a tablet's survey is its own).
    #[serde(default)]
    pub survey: Option<String>,
    /// The answer sets kept, oldest first.
    pub items: Vec<FieldItem>,
    /// The language to word refusals in.
    #[serde(default)]
    pub lang: Option<String>,
}

/// A JSON refusal of a whole send.
pub fn refusal(status: StatusCode, message: String) -> Response {
    (status, Json(serde_json::json!({ "error": message }))).into_response()
}

/// Reads a send: JSON within the body limit, at most [`MAX_BATCH`] answer
/// sets.
pub async fn read_batch(state: &ServerState, body: Body) -> Result<Batch, Response> {
    let bytes = axum::body::to_bytes(
        body,
        state.body_limit.saturating_mul(MAX_BATCH).min(4 << 20),
    )
    .await
    .map_err(|_| refusal(StatusCode::PAYLOAD_TOO_LARGE, "too large".into()))?;
    let batch: Batch = serde_json::from_slice(&bytes)
        .map_err(|e| refusal(StatusCode::BAD_REQUEST, e.to_string()))?;
    if batch.items.len() > MAX_BATCH {
        return Err(refusal(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!("at most {MAX_BATCH} at once"),
        ));
    }
    Ok(batch)
}

/// The outcomes of a send, each with its id; a closed survey refuses the
/// whole send in words.
pub fn answer(
    outcome: Result<Vec<field::Outcome>, AppError>,
    items: &[FieldItem],
    lang: Lang,
) -> Response {
    match outcome {
        Ok(outcomes) => {
            let results: Vec<serde_json::Value> = items
                .iter()
                .zip(outcomes)
                .map(|(item, o)| {
                    let mut v = serde_json::to_value(o).unwrap_or_default();
                    v["id"] = serde_json::Value::String(item.id.to_string());
                    v
                })
                .collect();
            Json(serde_json::json!({ "results": results })).into_response()
        }
        Err(AppError::Closed) => refusal(
            StatusCode::CONFLICT,
            i18n::CLOSED_TITLE.get(lang).to_string(),
        ),
        Err(AppError::NotFound) => refusal(
            StatusCode::NOT_FOUND,
            i18n::SURVEY_NOT_FOUND.get(lang).to_string(),
        ),
        Err(e) => e.into_response(),
    }
}
