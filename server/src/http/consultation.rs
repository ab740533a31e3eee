//! The citizen's consultation pages:
//! - `GET`/`POST /k/{slug}`: the draft, component by component, with
//!   "agree"/"disagree" and a comment each; a plain form post answered
//!   303 to thanks, or 422 with the answers kept and a message beside each
//!   wrong field; 410 when the consultation is not open;
//! - `GET /k/{slug}/thanks`;
//! - `GET /uji/{slug}`: once closed and answered, the draft, the figures,
//!   the comments (never their authors), the answers and the final text.

use super::admin::read_form;
use super::render::{Page, error_page, limited_page, render};
use crate::dto::admin::FormData;
use crate::dto::submission::HONEYPOT_FIELD;
use crate::error::AppError;
use crate::http::ServerState;
use crate::http::client::{Client, device, lang, lang_cookie};
use crate::services::consultation::reply::{Rejected, Reply, accept};
use crate::services::consultation::{self as service, is_answered, is_closed, is_open, last_day};
use crate::store::consultations;
use crate::store::entities::{agency, consultation, consultation_component};
use app::domain::answers::{FORM_FIELD, FieldErrors, push_error};
use app::domain::text::Lang;
use app::i18n;
use app::pages::consultation::form::{ConsultFormPage, ConsultFormView, ConsultThanksPage};
use app::pages::consultation::public::ConsultPublicPage;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{Request, StatusCode, header, request::Parts};
use axum::response::{IntoResponse, Redirect, Response};
use leptos::prelude::*;
use sea_orm::EntityTrait;
use std::collections::BTreeMap;
use std::sync::Arc;

/// A consultation with its agency and components.
struct Loaded {
    agency: agency::Model,
    consultation: consultation::Model,
    parts: Vec<consultation_component::Model>,
}

async fn loaded(state: &ServerState, slug: &str) -> Result<Loaded, AppError> {
    let c = service::load(&state.db, slug).await?;
    let a = agency::Entity::find_by_id(c.agency_id)
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    let parts = consultations::components(&state.db, c.id).await?;
    Ok(Loaded {
        agency: a,
        consultation: c,
        parts,
    })
}

/// A fresh token for the consultation's form.
fn fresh_token(state: &ServerState, l: &Loaded, parts: &Parts) -> String {
    let device = device(state, &parts.headers);
    state.tokens.issue(
        l.consultation.id,
        None,
        state.clock.now().timestamp(),
        device,
    )
}

/// The form page for `l` with `token`, `values` and `errors`.
#[allow(clippy::too_many_arguments)]
async fn form_page(
    state: &ServerState,
    head: &Parts,
    l: &Loaded,
    lang: Lang,
    token: String,
    values: BTreeMap<String, String>,
    errors: FieldErrors,
    status: StatusCode,
) -> Response {
    let c = &l.consultation;
    let view = Arc::new(ConsultFormView {
        slug: c.slug.clone(),
        title: c.title.clone(),
        service: c.service.clone(),
        agency: l.agency.name.clone(),
        closes: last_day(c),
        lang,
        token,
        components: l
            .parts
            .iter()
            .map(|p| (p.key.clone(), p.draft.clone()))
            .collect(),
        values,
        errors,
    });
    render(
        state,
        head,
        Page {
            status,
            lang,
            title: c.title.clone(),
            interactive: false,
            chrome: true,
            body: move || view! { <ConsultFormPage view=(*view).clone() /> }.into_any(),
        },
    )
    .await
}

/// `GET /k/{slug}`: the form, with a fresh one-time token.
pub async fn form(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    client: Client,
    head: Parts,
) -> Result<Response, AppError> {
    let q = super::extract::query(&head);
    let lang = lang(q.get("lang").map(String::as_str), &head.headers);
    let known = device(&state, &head.headers);
    if let Err(limited) = state
        .limits
        .check_open(client.0, known.map(|d| d.as_u128()))
        .await
    {
        return Ok(limited_page(&state, &head, lang, limited).await);
    }
    let l = loaded(&state, &slug).await?;
    if !is_open(&l.consultation, state.clock.now()) {
        return Err(AppError::Closed);
    }
    let token = fresh_token(&state, &l, &head);
    let status = StatusCode::OK;
    let empty = (BTreeMap::new(), FieldErrors::new());
    let mut r = form_page(&state, &head, &l, lang, token, empty.0, empty.1, status).await;
    if q.contains_key("lang") {
        r.headers_mut()
            .append(header::SET_COOKIE, lang_cookie(lang, state.secure_cookies));
    }
    Ok(r)
}

/// The answers of a posted form: each component's vote and comment.
fn answers_of(form: &FormData) -> BTreeMap<String, String> {
    form.0
        .iter()
        .filter(|(k, _)| k.starts_with("v-") || k.starts_with("c-"))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

/// `POST /k/{slug}`: checks and stores a reply.
pub async fn submit(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    client: Client,
    req: Request<Body>,
) -> Response {
    let (head, body) = req.into_parts();
    let form = match read_form(&state, &head, body, lang(None, &head.headers)).await {
        Ok(f) => f,
        Err(too_large) => return too_large,
    };
    let values = answers_of(&form);
    let token = form.get("token").to_string();
    let switch = Lang::from_code(form.get("switch_lang"));
    let lang = switch.unwrap_or_else(|| lang(Some(form.get("lang")), &head.headers));
    let l = match loaded(&state, &slug).await {
        Ok(l) => l,
        Err(e) => return error_page(&state, &head, lang, e).await,
    };
    // The language switch keeps the answers and the token; nothing is sent.
    if switch.is_some() {
        let ok = StatusCode::OK;
        let errors = FieldErrors::new();
        let mut r = form_page(&state, &head, &l, lang, token, values, errors, ok).await;
        r.headers_mut()
            .append(header::SET_COOKIE, lang_cookie(lang, state.secure_cookies));
        return r;
    }
    let now = state.clock.now().timestamp();
    if let Ok(verified) = state.tokens.verify(&token, now, state.token_ttl) {
        let device = device(&state, &head.headers).or(verified.device);
        if let Err(limited) = state
            .limits
            .check_submit(client.0, device.map(|d| d.as_u128()), &verified.hash, &slug)
            .await
        {
            return limited_page(&state, &head, lang, limited).await;
        }
    }
    let reply = Reply {
        token: &token,
        honeypot: !form.get(HONEYPOT_FIELD).is_empty(),
        network: client.1,
        values: &values,
    };
    let again = StatusCode::UNPROCESSABLE_ENTITY;
    match accept(&state, &l.consultation, &l.parts, reply).await {
        Ok(_) => Redirect::to(&format!("/k/{slug}/thanks")).into_response(),
        Err(Rejected::Invalid(errors)) => {
            form_page(&state, &head, &l, lang, token, values, errors, again).await
        }
        Err(Rejected::Token(_)) => {
            let mut errors = FieldErrors::new();
            push_error(&mut errors, FORM_FIELD, i18n::TOKEN_STALE.text());
            let fresh = fresh_token(&state, &l, &head);
            form_page(&state, &head, &l, lang, fresh, values, errors, again).await
        }
        Err(Rejected::App(e)) => error_page(&state, &head, lang, e).await,
    }
}

/// `GET /k/{slug}/thanks`.
pub async fn thanks(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    head: Parts,
) -> Result<Response, AppError> {
    let q = super::extract::query(&head);
    let lang = lang(q.get("lang").map(String::as_str), &head.headers);
    let c = service::load(&state.db, &slug).await?;
    let title = c.title.clone();
    Ok(render(
        &state,
        &head,
        Page {
            status: StatusCode::OK,
            lang,
            title: i18n::THANKS_TITLE.get(lang).to_string(),
            interactive: false,
            chrome: true,
            body: move || {
                view! { <ConsultThanksPage slug=slug.clone() title=title.clone() lang=lang /> }
                    .into_any()
            },
        },
    )
    .await)
}

/// `GET /uji/{slug}`: the finished consultation, for everyone; not found
/// until it is closed and every component answered.
pub async fn public(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    head: Parts,
) -> Result<Response, AppError> {
    let q = super::extract::query(&head);
    let lang = lang(q.get("lang").map(String::as_str), &head.headers);
    let l = loaded(&state, &slug).await?;
    let now = state.clock.now();
    let c = &l.consultation;
    if !is_closed(c, now) || !is_answered(c, &l.parts) {
        return Err(AppError::NotFound);
    }
    let view = service::view(&state.db, &l.agency, c, now).await?;
    let title = c.title.clone();
    Ok(render(
        &state,
        &head,
        Page {
            status: StatusCode::OK,
            lang,
            title,
            interactive: false,
            chrome: true,
            body: move || view! { <ConsultPublicPage view=view.clone() lang=lang /> }.into_any(),
        },
    )
    .await)
}
