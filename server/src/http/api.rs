//! The JSON API for queue systems, kiosks and assessors' tools:
//!
//! - `GET /api/v1/surveys/{slug}`: questions and a one-time token;
//! - `POST /api/v1/surveys/{slug}/responses`: `201 {"id"}` (`200` with the
//!   same id when the token was used already), `422 {"errors"}`, `429`;
//! - scores: see [`super::scores`].

use crate::dto::submission::{ApiSubmission, field_errors};
use crate::dto::survey::{SurveyDto, UnitDto};
use crate::error::AppError;
use crate::http::ServerState;
use crate::http::client::{Client, DEVICE_COOKIE, device, lang, set_cookie};
use crate::http::failure::{Failure, Surface};
use crate::http::rate_limit::Limited;
use crate::services::submit::{Rejected, Submission, accept};
use crate::services::token::TokenError;
use app::domain::answers::FieldErrors;
use app::domain::text::Lang;
use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::json;
use std::collections::BTreeMap;
use validator::Validate;

/// A JSON error body `{"error": "..."}` with the status.
pub(crate) fn error(status: StatusCode, message: &str) -> Response {
    (status, Json(json!({ "error": message }))).into_response()
}

/// `422 {"errors": {"field": ["message"]}}`.
pub(crate) fn invalid(errors: &FieldErrors, lang: Lang) -> Response {
    (
        StatusCode::UNPROCESSABLE_ENTITY,
        Json(json!({ "errors": errors_json(errors, lang) })),
    )
        .into_response()
}

/// Field errors as JSON, `{"field": ["message", …]}`, in `lang`.
pub(crate) fn errors_json(errors: &FieldErrors, lang: Lang) -> serde_json::Value {
    let map: BTreeMap<&str, Vec<&str>> = errors
        .iter()
        .map(|(k, v)| (k.as_str(), v.iter().map(|t| t.get(lang)).collect()))
        .collect();
    json!(map)
}

/// The JSON answer to a failure: `{"error": …}` with its status, and
/// `Retry-After` during an outage.
pub(crate) fn app_error(e: AppError, lang: Lang) -> Response {
    failure_json(&Failure::of(&e), lang)
}

/// A failure as JSON: `{"error": …}` with its status, the reference of a
/// defect, and `Retry-After` during an outage.
pub(crate) fn failure_json(failure: &Failure, lang: Lang) -> Response {
    let a = failure.answer(Surface::Json, lang);
    let text = match &a.detail {
        Some(d) => format!("{} {d}", a.body.get(lang)),
        None => a.body.get(lang).to_string(),
    };
    let mut r = error(a.status, &text);
    if let Some(secs) = a.retry_after {
        r.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(secs));
    }
    r
}

fn limited(l: Limited, lang: Lang) -> Response {
    let secs = l.retry_secs();
    let text = app::i18n::TOO_MANY_REQUESTS_RETRY.with(lang, &[("seconds", secs.into())]);
    let mut r = error(StatusCode::TOO_MANY_REQUESTS, &text);
    r.headers_mut()
        .insert(header::RETRY_AFTER, HeaderValue::from(secs));
    r
}

/// `GET /api/v1/surveys/{slug}?unit=`: the token is tied to the unit
/// when given (a kiosk at one counter).
#[utoipa::path(
    get,
    path = "/api/v1/surveys/{slug}",
    tag = "citizens",
    summary = "A survey's questions and a one-time form token",
    params(
        ("slug" = String, Path, description = "The survey's public slug"),
        ("unit" = Option<String>, Query, description = "Tie the token to a unit"),
    ),
    responses(
        (status = 200, description = "Questions and token", body = crate::dto::survey::SurveyDto),
        (status = 404, description = "No such survey"),
        (status = 410, description = "The survey is closed"),
        (status = 429, description = "Too many requests; see Retry-After"),
        (status = 503, description = "The database is unavailable; see Retry-After"),
    )
)]
pub async fn definition(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    Query(q): Query<BTreeMap<String, String>>,
    client: Client,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let lang = lang(None, &headers);
    if let Err(l) = state.limits.check_form(client.0).await {
        return Ok(limited(l, lang));
    }
    let loaded = state.survey(&slug).await?;
    let now = state.clock.now();
    loaded.ensure_open(now)?;
    let unit_id = q.get("unit").and_then(|u| loaded.unit(u)).map(|u| u.id);
    // The token names the device it was given to (the client's device
    // cookie, or a new one it is given), so the survey's device policy
    // holds for clients that keep their cookies.
    let (device_id, new_device) = match device(&state, &headers) {
        Some(d) => (d, None),
        None => {
            let (d, cookie) = state.tokens.issue_device();
            (d, Some(cookie))
        }
    };
    let token = state
        .tokens
        .issue(loaded.survey.id, unit_id, now.timestamp(), Some(device_id));
    let dto = SurveyDto {
        slug: loaded.survey.slug.clone(),
        title: loaded.survey.title.clone(),
        instrument: format!("{}@{}", loaded.instrument.key, loaded.instrument.version),
        units: loaded
            .units
            .iter()
            .map(|u| UnitDto {
                slug: u.slug.clone(),
                name: u.name.clone(),
            })
            .collect(),
        items: SurveyDto::items(&loaded.instrument, lang),
        own_items: loaded
            .own
            .as_ref()
            .map(|own| SurveyDto::items(own, lang))
            .unwrap_or_default(),
        token,
    };
    let mut r = Json(dto).into_response();
    r.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if let Some(value) = new_device {
        r.headers_mut().append(
            header::SET_COOKIE,
            set_cookie(DEVICE_COOKIE, &value, true, state.secure_cookies),
        );
    }
    Ok(r)
}

/// `POST /api/v1/surveys/{slug}/responses`.
#[utoipa::path(
    post,
    path = "/api/v1/surveys/{slug}/responses",
    tag = "citizens",
    summary = "Submit a response; a token yields one response however often it is sent",
    params(("slug" = String, Path, description = "The survey's public slug")),
    request_body = crate::dto::submission::ApiSubmission,
    responses(
        (status = 201, description = "Stored: {\"id\": \"…\"}"),
        (status = 200, description = "The token was used already: the first response's id"),
        (status = 404, description = "No such survey"),
        (status = 409, description = "This device answered already this month (survey policy)"),
        (status = 410, description = "The survey is closed"),
        (status = 413, description = "The body is larger than the limit (PERSEPSI_BODY_LIMIT)"),
        (status = 422, description = "Field errors: {\"errors\": {\"field\": [\"message\"]}}"),
        (status = 429, description = "Too many requests; see Retry-After"),
        (status = 503, description = "The database is unavailable; see Retry-After"),
    )
)]
pub async fn submit(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    client: Client,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, AppError> {
    let lang = lang(None, &headers);
    let parsed: ApiSubmission = match serde_json::from_slice(&body) {
        Ok(p) => p,
        Err(e) => {
            let mut errors = FieldErrors::new();
            let detail = e.to_string();
            app::domain::answers::push_error(
                &mut errors,
                "body",
                app::i18n::INVALID_JSON.text_with(&[("detail", detail.into())]),
            );
            return Ok(invalid(&errors, lang));
        }
    };
    let device = device(&state, &headers);
    // A forged or stale token costs the address nothing (see the form).
    if let Ok(token) = state.tokens.verify(
        &parsed.token,
        state.clock.now().timestamp(),
        state.token_ttl,
    ) && let Err(l) = state
        .limits
        .check_submit(
            client.0,
            device.or(token.device).map(|d| d.as_u128()),
            &token.hash,
            &slug,
        )
        .await
    {
        return Ok(limited(l, lang));
    }
    let loaded = state.survey(&slug).await?;
    if let Err(e) = parsed.validate() {
        return Ok(invalid(&field_errors(&e), lang));
    }
    let answers = match parsed.answers_as_text() {
        Ok(a) => a,
        Err(errors) => return Ok(invalid(&errors, lang)),
    };
    Ok(
        match accept(
            &state,
            &loaded,
            Submission {
                token: &parsed.token,
                unit: parsed.unit.as_deref(),
                answers: &answers,
                channel: "api",
                code: parsed.code.as_deref(),
                honeypot: false,
                device,
                network: client.1,
                counter: None,
            },
        )
        .await
        {
            Ok(stored) => {
                let status = if stored.created {
                    StatusCode::CREATED
                } else {
                    StatusCode::OK
                };
                (status, Json(json!({ "id": stored.id }))).into_response()
            }
            Err(Rejected::Invalid(errors)) => invalid(&errors, lang),
            Err(Rejected::Token(t)) => {
                let message = match t {
                    TokenError::Expired => app::i18n::TOKEN_EXPIRED,
                    TokenError::Invalid => app::i18n::TOKEN_INVALID,
                };
                let mut errors = FieldErrors::new();
                app::domain::answers::push_error(&mut errors, "token", message.text());
                invalid(&errors, lang)
            }
            Err(Rejected::RepeatDevice) => {
                error(StatusCode::CONFLICT, app::i18n::REPEAT_BODY.get(lang))
            }
            Err(Rejected::App(e)) => return Err(e),
        },
    )
}
