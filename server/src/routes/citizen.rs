//! The citizen's pages: the form (`GET`/`POST /s/{slug}`), thanks, results.
//! All work with JavaScript off: a plain form post answered with a 303
//! redirect, or the form again (422) with the answers kept and a message
//! beside each wrong field.

use super::render::{Page, error_page, limited_page, message, render};
use crate::ServerState;
use crate::client::{Client, lang, lang_cookie};
use app::domain::answers::{FORM_FIELD, FieldErrors, push_error};
use app::domain::text::Lang;
use app::dto::submission::{FormSubmission, field_errors};
use app::i18n;
use app::pages::survey::{SurveyPage, SurveyView};
use app::ssr::repo::surveys;
use app::ssr::repo::surveys::LoadedSurvey;
use app::ssr::submit::{Rejected, accept};
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{Request, StatusCode, header, request::Parts};
use axum::response::{IntoResponse, Redirect, Response};
use leptos::prelude::*;
use std::collections::BTreeMap;
use std::sync::Arc;
use validator::Validate;

/// The query string as pairs; anything unreadable is ignored.
pub(crate) fn query(parts: &Parts) -> BTreeMap<String, String> {
    parts
        .uri
        .query()
        .and_then(|q| serde_urlencoded::from_str::<Vec<(String, String)>>(q).ok())
        .unwrap_or_default()
        .into_iter()
        .collect()
}

/// `GET /s/{slug}`: the form, with a fresh one-time token.
pub async fn form(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    client: Client,
    req: Request<Body>,
) -> Response {
    let (parts, _) = req.into_parts();
    let q = query(&parts);
    let lang = lang(q.get("lang").map(String::as_str), &parts.headers);
    if let Err(limited) = state.limits.check_form(client.0) {
        return limited_page(&state, &parts, lang, limited).await;
    }
    let loaded = match surveys::by_slug(&state, &slug).await.and_then(|s| {
        s.ensure_open(chrono::Utc::now())?;
        Ok(s)
    }) {
        Ok(s) => s,
        Err(e) => return error_page(&state, &parts, lang, e).await,
    };
    let token = state
        .tokens
        .issue(loaded.survey.id, chrono::Utc::now().timestamp());
    let unit = q.get("u").cloned();
    let mut response = form_page(
        &state,
        &parts,
        &loaded,
        lang,
        token,
        unit,
        BTreeMap::new(),
        FieldErrors::new(),
        StatusCode::OK,
    )
    .await;
    if q.contains_key("lang") {
        response
            .headers_mut()
            .append(header::SET_COOKIE, lang_cookie(lang));
    }
    response
}

#[allow(clippy::too_many_arguments)]
async fn form_page(
    state: &ServerState,
    parts: &Parts,
    loaded: &LoadedSurvey,
    lang: Lang,
    token: String,
    unit: Option<String>,
    values: BTreeMap<String, String>,
    errors: FieldErrors,
    status: StatusCode,
) -> Response {
    let view = Arc::new(SurveyView {
        slug: loaded.survey.slug.clone(),
        title: loaded.survey.title.clone(),
        agency: loaded.agency.name.clone(),
        units: loaded
            .units
            .iter()
            .map(|u| (u.slug.clone(), u.name.clone()))
            .collect(),
        unit,
        instrument: loaded.instrument.clone(),
        token,
        lang,
        values,
        errors,
    });
    let title = format!("{} · {}", loaded.survey.title, loaded.agency.name);
    render(
        state,
        parts,
        Page {
            status,
            lang,
            title,
            interactive: true,
            body: move || view! { <SurveyPage view=view.clone() /> }.into_any(),
        },
    )
    .await
}

/// `POST /s/{slug}`: checks and stores a form submission.
pub async fn submit(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    client: Client,
    req: Request<Body>,
) -> Response {
    let (parts, body) = req.into_parts();
    let fallback_lang = lang(None, &parts.headers);
    let bytes = match axum::body::to_bytes(body, state.body_limit).await {
        Ok(b) => b,
        Err(_) => {
            return message(
                &state,
                &parts,
                StatusCode::PAYLOAD_TOO_LARGE,
                fallback_lang,
                i18n::TOO_LARGE_TITLE,
                i18n::TOO_LARGE_BODY,
                None,
            )
            .await;
        }
    };
    let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(&bytes).unwrap_or_default();
    let submission = FormSubmission::from_pairs(pairs);
    let lang = lang(submission.lang.as_deref(), &parts.headers);
    if let Err(limited) = state
        .limits
        .check_submit(client.0, &submission.token, &slug)
    {
        return limited_page(&state, &parts, lang, limited).await;
    }
    let loaded = match surveys::by_slug(&state, &slug).await {
        Ok(s) => s,
        Err(e) => return error_page(&state, &parts, lang, e).await,
    };
    let outcome = match submission.validate() {
        Err(e) => Err(Rejected::Invalid(field_errors(&e))),
        Ok(()) => {
            accept(
                &state,
                &loaded,
                &submission.token,
                submission.unit.as_deref(),
                &submission.answers,
                "form",
            )
            .await
        }
    };
    let FormSubmission {
        token,
        unit,
        answers,
        ..
    } = submission;
    match outcome {
        Ok(_) => Redirect::to(&format!("/s/{slug}/thanks")).into_response(),
        Err(Rejected::Invalid(errors)) => {
            // Keep the token when it is good, so a retry cannot double up.
            let token = if errors.contains_key("token") {
                state
                    .tokens
                    .issue(loaded.survey.id, chrono::Utc::now().timestamp())
            } else {
                token
            };
            form_page(
                &state,
                &parts,
                &loaded,
                lang,
                token,
                unit,
                answers,
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(Rejected::Token(_)) => {
            let mut errors = FieldErrors::new();
            push_error(
                &mut errors,
                FORM_FIELD,
                app::domain::text::Text::new(i18n::TOKEN_STALE.0, i18n::TOKEN_STALE.1),
            );
            let fresh = state
                .tokens
                .issue(loaded.survey.id, chrono::Utc::now().timestamp());
            form_page(
                &state,
                &parts,
                &loaded,
                lang,
                fresh,
                unit,
                answers,
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(Rejected::App(e)) => error_page(&state, &parts, lang, e).await,
    }
}
