//! The citizen's pages: the form (`GET`/`POST /s/{slug}`), thanks, results.
//! All work with JavaScript off: a plain form post answered with a 303
//! redirect, or the form again (422) with the answers kept and a message
//! beside each wrong field.

use super::extract::query;
use super::form_page::{Shown, form_page};
use super::framing::Mode;
use super::photo;
use super::render::{error_page, limited_page, message};
use super::sent::{NEW_RESPONSE, SENT_SECS, already_sent, sent_cookie_name};
use super::steps;
use super::upload::{Upload, read_form_post};
use crate::dto::submission::{FormSubmission, field_errors};
use crate::error::AppError;
use crate::http::ServerState;
use crate::http::client::{
    Client, DEVICE_COOKIE, cookie, device, lang, lang_cookie, set_cookie, set_cookie_for,
};
use crate::services::proof::PHOTO_FIELD;
use crate::services::submit::{Rejected, Submission, accept};
use crate::services::token::DeviceId;
use crate::store::surveys::LoadedSurvey;
use app::domain::answers::{FORM_FIELD, FieldErrors, push_error, screened_out};
use app::domain::text::Lang;
use app::i18n;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{Request, StatusCode, header, request::Parts};
use axum::response::{IntoResponse, Redirect, Response};
use std::collections::BTreeMap;
use validator::Validate;

/// A fresh token for `loaded`, tied to the unit of the link when known
/// and to the device it is shown to.
fn fresh_token(
    state: &ServerState,
    loaded: &LoadedSurvey,
    unit: Option<&str>,
    device: Option<DeviceId>,
) -> String {
    let unit_id = unit.and_then(|slug| loaded.unit(slug)).map(|u| u.id);
    state.tokens.issue(
        loaded.survey.id,
        unit_id,
        state.clock.now().timestamp(),
        device,
    )
}

/// `GET /s/{slug}`: the form, with a fresh one-time token. `?u=` picks the
/// unit, `?c=` fills in a service code, `?lang=` the language.
pub async fn form(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    client: Client,
    req: Request<Body>,
) -> Result<Response, AppError> {
    show_form(state, slug, client, req, Mode::Page).await
}

/// The form, on its page or in a frame.
pub async fn show_form(
    state: ServerState,
    slug: String,
    client: Client,
    req: Request<Body>,
    mode: Mode,
) -> Result<Response, AppError> {
    let (parts, _) = req.into_parts();
    let q = query(&parts);
    let lang = lang(q.get("lang").map(String::as_str), &parts.headers);
    // The device cookie is verified once: it picks the opening budget and
    // the device the token is tied to.
    let known = device(&state, &parts.headers);
    if let Err(limited) = state
        .limits
        .check_open(client.0, known.map(|d| d.as_u128()))
        .await
    {
        return Ok(limited_page(&state, &parts, lang, limited).await);
    }
    let loaded = state.survey(&slug).await?;
    loaded.ensure_open(state.clock.now())?;
    let unit = q.get("u").cloned();
    if cookie(&parts.headers, &sent_cookie_name(&slug)).is_some() && !q.contains_key(NEW_RESPONSE) {
        return Ok(already_sent(&state, &parts, &loaded, lang, mode, unit.as_deref()).await);
    }
    let (device_id, new_device) = match known {
        Some(d) => (d, None),
        None => {
            let (d, cookie) = state.tokens.issue_device();
            (d, Some(cookie))
        }
    };
    let shown = Shown {
        lang,
        token: fresh_token(&state, &loaded, unit.as_deref(), Some(device_id)),
        unit,
        code: q.get("c").map(|c| c.chars().take(32).collect()),
        values: BTreeMap::new(),
        errors: FieldErrors::new(),
        status: StatusCode::OK,
        focus: None,
        held: None,
        counter: q.get("k").map(|c| c.chars().take(16).collect()),
    };
    let mut response = form_page(&state, &parts, &loaded, shown, mode).await;
    let headers = response.headers_mut();
    if q.contains_key("lang") {
        headers.append(header::SET_COOKIE, lang_cookie(lang, state.secure_cookies));
    }
    if let Some(value) = new_device {
        headers.append(
            header::SET_COOKIE,
            set_cookie(DEVICE_COOKIE, &value, true, state.secure_cookies),
        );
    }
    Ok(response)
}

/// `POST /s/{slug}`: checks and stores a form submission.
pub async fn submit(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    client: Client,
    req: Request<Body>,
) -> Response {
    take_submission(state, slug, client, req, Mode::Page).await
}

/// Checks and stores a submission from the page or a frame.
pub async fn take_submission(
    state: ServerState,
    slug: String,
    client: Client,
    req: Request<Body>,
    mode: Mode,
) -> Response {
    let (parts, body) = req.into_parts();
    let (mut submission, upload) = match read_submission(&state, &parts, body).await {
        Ok(s) => s,
        Err(too_large) => return too_large,
    };
    if let Some(to) = submission.switch_lang.clone() {
        return steps::switch_language(&state, &parts, &client, &slug, submission, &to, mode).await;
    }
    let lang = lang(submission.lang.as_deref(), &parts.headers);
    let device = device(&state, &parts.headers);
    // A forged or stale token costs the address nothing: it is refused by
    // its signature, without the database, before any budget is spent.
    let verified = state.tokens.verify(
        &submission.token,
        state.clock.now().timestamp(),
        state.token_ttl,
    );
    if let Ok(token) = &verified
        && let Err(limited) = state
            .limits
            .check_submit(
                client.0,
                device.or(token.device).map(|d| d.as_u128()),
                &token.hash,
                &slug,
            )
            .await
    {
        return limited_page(&state, &parts, lang, limited).await;
    }
    // Answered here, not by the failure layer: the page's language is the
    // one the posted form carries.
    let loaded = match state.survey(&slug).await {
        Ok(s) => s,
        Err(e) => return error_page(&state, &parts, lang, e).await,
    };
    // A "No" to the screening question ends the form politely, whatever
    // else was left unanswered; nothing is stored.
    if let Some(why) = screened_out(&loaded.instrument, &submission.answers) {
        return steps::screened(&state, &parts, &loaded, lang, mode, why).await;
    }
    if submission.screen.is_some()
        && let Some(shown) = steps::first_step(&loaded, &submission, lang)
    {
        return form_page(&state, &parts, &loaded, shown, mode).await;
    }
    let photo = photo::take(&state, &loaded, upload, submission.proof_held.as_deref()).await;
    submission.proof_held = photo.held.map(|id| id.to_string());
    let outcome = match (submission.validate(), photo.error) {
        (Err(e), refused) => {
            let mut errors = field_errors(&e);
            if let Some(m) = refused {
                push_error(&mut errors, PHOTO_FIELD, m);
            }
            Err(Rejected::Invalid(errors))
        }
        (Ok(()), Some(m)) => {
            let mut errors = FieldErrors::new();
            push_error(&mut errors, PHOTO_FIELD, m);
            Err(Rejected::Invalid(errors))
        }
        (Ok(()), None) => {
            let counter = match submission.counter.as_deref() {
                Some(code) => crate::store::counters::by_code(&state.db, loaded.survey.id, code)
                    .await
                    .ok()
                    .flatten()
                    .map(|c| (c.id, c.unit_id)),
                None => None,
            };
            let form = Submission {
                token: &submission.token,
                unit: submission.unit.as_deref(),
                answers: &submission.answers,
                channel: "form",
                code: submission.code.as_deref(),
                honeypot: submission.honeypot,
                device,
                network: client.1,
                counter,
            };
            let stored = accept(&state, &loaded, form).await;
            if let (Ok(s), Some(held)) = (&stored, photo.held) {
                photo::attach(&state, &loaded, held, s.id).await;
            }
            stored.map(|_| ())
        }
    };
    let posted = Posted {
        parts: &parts,
        loaded: &loaded,
        slug: &slug,
        mode,
        lang,
    };
    answer(&state, posted, submission, outcome).await
}

/// The posted form (form-encoded, or multipart with a photo), parsed; a
/// body over the limits is answered 413.
async fn read_submission(
    state: &ServerState,
    parts: &Parts,
    body: Body,
) -> Result<(FormSubmission, Option<Upload>), Response> {
    match read_form_post(parts, body, state.body_limit, state.proofs.upload_limit).await {
        Ok(post) => Ok((FormSubmission::from_pairs(post.pairs), post.photo)),
        Err(_) => Err(message(
            state,
            parts,
            StatusCode::PAYLOAD_TOO_LARGE,
            lang(None, &parts.headers),
            i18n::TOO_LARGE_TITLE,
            i18n::TOO_LARGE_BODY,
            None,
        )
        .await),
    }
}

/// Where a submission was posted, for the answer.
struct Posted<'a> {
    parts: &'a Parts,
    loaded: &'a LoadedSurvey,
    slug: &'a str,
    mode: Mode,
    lang: Lang,
}

/// The answer to a submission: the thanks page (offering the complaint
/// channel when the answers tell of maladministration), or the form again
/// with its answers and what to fix.
async fn answer(
    state: &ServerState,
    posted: Posted<'_>,
    submission: FormSubmission,
    outcome: Result<(), Rejected>,
) -> Response {
    let Posted {
        parts,
        loaded,
        slug,
        mode,
        lang,
    } = posted;
    let reports = loaded
        .instrument
        .reports_maladministration(&submission.answers);
    let FormSubmission {
        token,
        unit,
        answers,
        code,
        proof_held,
        counter,
        ..
    } = submission;
    let again = |token: String, errors: FieldErrors| Shown {
        lang,
        token,
        unit: unit.clone(),
        code: code.clone(),
        values: answers.clone(),
        errors,
        status: StatusCode::UNPROCESSABLE_ENTITY,
        focus: None,
        held: proof_held.clone(),
        counter: counter.clone(),
    };
    let device = device(state, &parts.headers);
    match outcome {
        Ok(()) => {
            let mut r = Redirect::to(&format!(
                "{}/thanks{}",
                mode.base(slug),
                if reports { "?lapor=1" } else { "" }
            ))
            .into_response();
            r.headers_mut().append(
                header::SET_COOKIE,
                set_cookie_for(
                    &sent_cookie_name(slug),
                    "1",
                    SENT_SECS,
                    state.secure_cookies,
                ),
            );
            r
        }
        Err(Rejected::Invalid(errors)) => {
            // Keep the token when it is good, so a retry cannot double up.
            let token = if errors.contains_key("token") {
                fresh_token(state, loaded, unit.as_deref(), device)
            } else {
                token
            };
            form_page(state, parts, loaded, again(token, errors), mode).await
        }
        Err(Rejected::Token(_)) => {
            let mut errors = FieldErrors::new();
            push_error(&mut errors, FORM_FIELD, i18n::TOKEN_STALE.text());
            let fresh = fresh_token(state, loaded, unit.as_deref(), device);
            form_page(state, parts, loaded, again(fresh, errors), mode).await
        }
        Err(Rejected::RepeatDevice) => {
            message(
                state,
                parts,
                StatusCode::CONFLICT,
                lang,
                i18n::REPEAT_TITLE,
                i18n::REPEAT_BODY,
                None,
            )
            .await
        }
        Err(Rejected::App(e)) => error_page(state, parts, lang, e).await,
    }
}
