//! Accepting one submission, whichever way it came (HTML form or JSON API):
//! token, answers and unit checked, then stored once.

use crate::domain::answers::{self, FieldErrors, push_error};
use crate::domain::text::Text;
use crate::ssr::error::AppError;
use crate::ssr::repo::responses::{self, NewResponse, Stored};
use crate::ssr::repo::surveys::LoadedSurvey;
use crate::ssr::state::AppState;
use crate::ssr::token::TokenError;
use std::collections::BTreeMap;

/// Why a submission was not stored.
#[derive(Debug)]
pub enum Rejected {
    /// The token is forged, for another survey, or too old.
    Token(TokenError),
    /// Answers or unit failed their checks.
    Invalid(FieldErrors),
    /// The survey is closed, or the database failed.
    App(AppError),
}

impl From<AppError> for Rejected {
    fn from(e: AppError) -> Self {
        Rejected::App(e)
    }
}

/// Message for a missing or unknown unit.
pub fn msg_unit() -> Text {
    Text::new(
        "Pilih unit layanan yang Anda datangi.",
        "Choose the service unit you visited.",
    )
}

/// Checks and stores a submission. Returns the stored response, or the
/// first response of this token when it was used before.
pub async fn accept(
    state: &AppState,
    survey: &LoadedSurvey,
    token: &str,
    unit: Option<&str>,
    raw: &BTreeMap<String, String>,
    channel: &'static str,
) -> Result<Stored, Rejected> {
    let now = chrono::Utc::now();
    survey.ensure_open(now)?;
    let verified = state
        .tokens
        .verify(token, survey.survey.id, now.timestamp(), state.token_ttl)
        .map_err(Rejected::Token)?;
    let mut errors = FieldErrors::new();
    let unit_id = match (unit, survey.units.as_slice()) {
        (Some(slug), _) => match survey.unit(slug) {
            Some(u) => Some(u.id),
            None => {
                push_error(&mut errors, "unit", msg_unit());
                None
            }
        },
        (None, [only]) => Some(only.id),
        (None, []) => None,
        (None, _) => {
            push_error(&mut errors, "unit", msg_unit());
            None
        }
    };
    let checked = match answers::check(&survey.instrument, raw) {
        Ok(a) => a,
        Err(e) => {
            errors.extend(e);
            Vec::new()
        }
    };
    if !errors.is_empty() {
        // A resubmission of a form already stored (back button, retry with
        // edits) gets the first response, not a second one or an error.
        if let Some(id) = responses::by_token(&state.db, &verified.hash)
            .await
            .map_err(|e| Rejected::App(AppError::Database(e)))?
        {
            return Ok(Stored { id, created: false });
        }
        return Err(Rejected::Invalid(errors));
    }
    let stored = responses::store(
        &state.db,
        &survey.instrument,
        NewResponse {
            survey_id: survey.survey.id,
            unit_id,
            token_hash: verified.hash,
            channel,
            submitted_at: now,
            answers: checked,
        },
    )
    .await
    .map_err(|e| Rejected::App(AppError::Database(e)))?;
    Ok(stored)
}
