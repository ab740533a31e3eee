//! The admin side: agencies publish, assessors read. Every page here needs
//! a session ([`Signed`]); every state-changing request goes through
//! [`AdminPost`], which checks the session's anti-forgery token before the
//! handler runs, so no handler can forget it. What an account may see or
//! change is decided in `crate::services::access`, in one place.

pub mod agencies;
pub mod session;
pub mod surveys;
pub mod tokens;
pub mod units;

use super::render::{Page, message, render};
use crate::ServerState;
use crate::dto::admin::FormData;
use crate::error::AppError;
use crate::http::client::{cookie, lang};
use crate::http::failure::{Failure, Surface};
use crate::services::access::Actor;
use app::domain::text::Lang;
use app::i18n;
use app::pages::admin::{AdminShell, Who};
use axum::Router;
use axum::body::Body;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::{HeaderValue, StatusCode, header, request::Parts};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use leptos::prelude::*;

/// The session cookie (path `/admin`, `HttpOnly`).
pub const SESSION_COOKIE: &str = "persepsi_session";

/// A signed-in request.
pub struct Signed {
    /// Who.
    pub actor: Actor,
    /// The session cookie's value.
    pub cookie: String,
    /// The page language.
    pub lang: Lang,
}

impl Signed {
    /// What the page frame shows.
    pub fn who(&self) -> Who {
        Who {
            email: self.actor.email.clone(),
            csrf: self.actor.csrf.clone(),
        }
    }
}

fn page_lang(parts: &Parts) -> Lang {
    let q = super::extract::query(parts);
    lang(q.get("lang").map(String::as_str), &parts.headers)
}

impl FromRequestParts<ServerState> for Signed {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &ServerState) -> Result<Self, Response> {
        let lang = page_lang(parts);
        let to_login = || {
            let next = parts
                .uri
                .path_and_query()
                .map(|p| p.as_str())
                .unwrap_or("/admin");
            let next = serde_urlencoded::to_string([("next", next)]).unwrap_or_default();
            Redirect::to(&format!("/admin/login?{next}")).into_response()
        };
        let Some(value) = cookie(&parts.headers, SESSION_COOKIE) else {
            return Err(to_login());
        };
        match crate::services::auth::actor(&state.db, &state.tokens, &value).await {
            Ok(Some(actor)) => Ok(Signed {
                actor,
                cookie: value,
                lang,
            }),
            Ok(None) => Err(to_login()),
            Err(e) => Err(admin_error(state, parts, lang, None, AppError::from(e)).await),
        }
    }
}

/// A signed-in, state-changing request whose anti-forgery token matched.
pub struct AdminPost {
    /// Who.
    pub signed: Signed,
    /// The form.
    pub form: FormData,
    /// The request head (for rendering).
    pub head: Parts,
}

impl FromRequest<ServerState> for AdminPost {
    type Rejection = Response;

    async fn from_request(req: Request<Body>, state: &ServerState) -> Result<Self, Response> {
        let (mut head, body) = req.into_parts();
        let signed = Signed::from_request_parts(&mut head, state).await?;
        let form = read_form(state, &head, body, signed.lang).await?;
        if !same(form.get("csrf"), &signed.actor.csrf) {
            return Err(csrf_refused(state, &head, signed.lang).await);
        }
        Ok(AdminPost { signed, form, head })
    }
}

/// Reads a form body within the size limit (413 page beyond it).
pub async fn read_form(
    state: &ServerState,
    head: &Parts,
    body: Body,
    lang: Lang,
) -> Result<FormData, Response> {
    match axum::body::to_bytes(body, state.body_limit).await {
        Ok(b) => Ok(FormData::parse(&b)),
        Err(_) => Err(message(
            state,
            head,
            StatusCode::PAYLOAD_TOO_LARGE,
            lang,
            i18n::TOO_LARGE_TITLE,
            i18n::TOO_LARGE_BODY,
            None,
        )
        .await),
    }
}

/// Compares two secrets in time independent of where they differ.
pub fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
        && !a.is_empty()
}

/// 403: the anti-forgery token was missing or wrong.
pub async fn csrf_refused(state: &ServerState, head: &Parts, lang: Lang) -> Response {
    tracing::warn!(path = %head.uri.path(), "form refused: anti-forgery token missing or wrong");
    message(
        state,
        head,
        StatusCode::FORBIDDEN,
        lang,
        i18n::CSRF_TITLE,
        i18n::CSRF_BODY,
        None,
    )
    .await
}

/// An admin page: the body inside the frame (when signed in).
pub async fn admin_page<F>(
    state: &ServerState,
    head: &Parts,
    lang: Lang,
    who: Option<Who>,
    title: String,
    status: StatusCode,
    body: F,
) -> Response
where
    F: Fn() -> AnyView + Clone + Send + Sync + 'static,
{
    let mut response = render(
        state,
        head,
        Page {
            status,
            lang,
            title: format!("{title} · {}", i18n::ADMIN.get(lang)),
            interactive: false,
            chrome: true,
            body: move || {
                let content = body();
                match who.clone() {
                    Some(who) => {
                        view! { <AdminShell who=who lang=lang>{content}</AdminShell> }.into_any()
                    }
                    None => view! { <main class="page admin">{content}</main> }.into_any(),
                }
            },
        },
    )
    .await;
    response
        .headers_mut()
        .insert("referrer-policy", HeaderValue::from_static("same-origin"));
    response
}

/// The page `result` makes for the signed-in account (titled by `title`,
/// drawn by `body`), or the page of its error.
pub async fn shown<V: Clone + Send + Sync + 'static>(
    state: &ServerState,
    head: &Parts,
    signed: &Signed,
    result: Result<V, AppError>,
    title: fn(&V) -> String,
    body: fn(V, Lang) -> AnyView,
) -> Response {
    let lang = signed.lang;
    let view = match result {
        Ok(v) => v,
        Err(e) => return admin_error(state, head, lang, Some(signed.who()), e).await,
    };
    admin_page(
        state,
        head,
        lang,
        Some(signed.who()),
        title(&view),
        StatusCode::OK,
        move || body(view.clone(), lang),
    )
    .await
}

/// A form page for the signed-in account.
pub async fn form_page(
    state: &ServerState,
    head: &Parts,
    signed: &Signed,
    form: app::pages::admin::FormView,
    status: StatusCode,
) -> Response {
    let lang = signed.lang;
    admin_page(
        state,
        head,
        lang,
        Some(signed.who()),
        form.title.clone(),
        status,
        move || view! { <app::pages::admin::FormPage form=form.clone() lang=lang /> }.into_any(),
    )
    .await
}

/// An error as an admin page: not found (also for anything outside the
/// account's reach), forbidden, or busy.
pub async fn admin_error(
    state: &ServerState,
    head: &Parts,
    lang: Lang,
    who: Option<Who>,
    e: AppError,
) -> Response {
    answer_page(state, head, lang, who, Failure::of(&e)).await
}

/// A failure a handler returned, as an admin page for whoever is signed in.
pub async fn failure_page(
    state: &ServerState,
    head: &Parts,
    lang: Lang,
    failure: Failure,
) -> Response {
    let who = match cookie(&head.headers, SESSION_COOKIE) {
        Some(value) => crate::services::auth::actor(&state.db, &state.tokens, &value)
            .await
            .ok()
            .flatten()
            .map(|actor| Who {
                email: actor.email,
                csrf: actor.csrf,
            }),
        None => None,
    };
    answer_page(state, head, lang, who, failure).await
}

async fn answer_page(
    state: &ServerState,
    head: &Parts,
    lang: Lang,
    who: Option<Who>,
    failure: Failure,
) -> Response {
    let a = failure.answer(Surface::Admin, lang);
    let (status, title, body, detail) = (a.status, a.title, a.body, a.detail);
    let mut r = admin_page(
        state,
        head,
        lang,
        who,
        title.get(lang).to_string(),
        status,
        move || {
            view! {
                <h1>{title.get(lang)}</h1>
                <p class="lead">{body.get(lang)}</p>
                {detail.clone().map(|d| view! { <p>{d}</p> })}
            }
            .into_any()
        },
    )
    .await;
    if let Some(secs) = a.retry_after {
        r.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(secs));
    }
    r
}

/// The slug field of a form: asked for only when creating (a slug is part
/// of public links and never changes).
pub fn slug_field(creating: bool, value: &str) -> Option<app::pages::admin::Field> {
    use app::pages::admin::{Field, Input};
    creating.then(|| {
        Field::new("slug", i18n::SLUG, Input::Text, value.to_string())
            .help(i18n::SLUG_HELP)
            .required()
    })
}

/// 303 to `to`.
pub fn see(to: &str) -> Response {
    Redirect::to(to).into_response()
}

/// The site's public address for links in QR codes and snippets.
pub fn public_base(state: &ServerState, head: &Parts) -> String {
    if let Some(u) = &state.public_url {
        return u.clone();
    }
    let host = head
        .headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| {
            h.bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b':' | b'[' | b']'))
        })
        .unwrap_or("localhost");
    let https = state.trust_proxy
        && head
            .headers
            .get("x-forwarded-proto")
            .is_some_and(|p| p.as_bytes() == b"https");
    format!("{}://{host}", if https { "https" } else { "http" })
}

/// The admin routes.
pub fn routes() -> Router<ServerState> {
    Router::new()
        .route(
            "/admin/login",
            get(session::login_form).post(session::login),
        )
        .route("/admin/logout", post(session::logout))
        .route(
            "/admin/password",
            get(session::password_form).post(session::password),
        )
        .route("/admin", get(agencies::home))
        .route(
            "/admin/agencies/new",
            get(agencies::new_form).post(agencies::create),
        )
        .route("/admin/a/{agency}", get(agencies::show))
        .route(
            "/admin/a/{agency}/edit",
            get(agencies::edit_form).post(agencies::update),
        )
        .route(
            "/admin/a/{agency}/units/new",
            get(units::new_unit_form).post(units::create_unit),
        )
        .route(
            "/admin/a/{agency}/u/{unit}/edit",
            get(units::edit_unit_form).post(units::update_unit),
        )
        .route("/admin/a/{agency}/u/{unit}/codes", post(units::codes))
        .route(
            "/admin/a/{agency}/surveys/new",
            get(surveys::new_form).post(surveys::create),
        )
        .route("/admin/s/{slug}", get(surveys::show))
        .route(
            "/admin/s/{slug}/edit",
            get(surveys::edit_form).post(surveys::update),
        )
        .route("/admin/s/{slug}/status", post(surveys::status))
        .route("/admin/s/{slug}/poster", get(surveys::poster))
        .route("/admin/tokens", get(tokens::list).post(tokens::create))
        .route("/admin/tokens/{id}/revoke", post(tokens::revoke))
}
