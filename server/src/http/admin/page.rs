//! The admin pages' frame: a body inside the admin shell, a form page, and
//! the page of a failure (which `http::failure` asks for when a handler
//! under `/admin` returns an [`AppError`]).

use super::{SESSION_COOKIE, Signed};
use crate::error::AppError;
use crate::http::ServerState;
use crate::http::client::cookie;
use crate::http::failure::{Failure, Surface};
use crate::http::render::{Page, render};
use app::domain::text::Lang;
use app::i18n;
use app::pages::admin::{AdminShell, FormPage, FormView, Who};
use axum::http::{HeaderValue, StatusCode, header, request::Parts};
use axum::response::{IntoResponse, Response};
use leptos::prelude::*;

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
    // A form saved just before shows its confirmation here, once.
    let flash = status
        .is_success()
        .then(|| super::flash::pending(&head.headers))
        .flatten();
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
                let notice = flash.map(|t| {
                    view! { <p class="notice" role="status" id="flash">{t.get(lang)}</p> }
                });
                let content = view! { {notice} {body()} }.into_any();
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
    if flash.is_some() {
        super::flash::clear(state, response.headers_mut());
    }
    response
}

/// The page `view` makes for the signed-in account: titled by `title`,
/// drawn by `body`, 200.
pub async fn page_of<V: Clone + Send + Sync + 'static>(
    state: &ServerState,
    head: &Parts,
    signed: &Signed,
    view: V,
    title: fn(&V) -> String,
    body: fn(V, Lang) -> AnyView,
) -> Response {
    page_with(state, head, signed, StatusCode::OK, view, title, body).await
}

/// [`page_of`] with another status (422: a form shown again to mend).
pub async fn page_with<V: Clone + Send + Sync + 'static>(
    state: &ServerState,
    head: &Parts,
    signed: &Signed,
    status: StatusCode,
    view: V,
    title: fn(&V) -> String,
    body: fn(V, Lang) -> AnyView,
) -> Response {
    let lang = signed.lang;
    admin_page(
        state,
        head,
        lang,
        Some(signed.who()),
        title(&view),
        status,
        move || body(view.clone(), lang),
    )
    .await
}

/// [`page_of`] for a `result` that may have failed; a failure is answered
/// by `http::failure`'s layer, as any handler's [`AppError`] is.
pub async fn shown<V: Clone + Send + Sync + 'static>(
    state: &ServerState,
    head: &Parts,
    signed: &Signed,
    result: Result<V, AppError>,
    title: fn(&V) -> String,
    body: fn(V, Lang) -> AnyView,
) -> Response {
    match result {
        Ok(view) => page_of(state, head, signed, view, title, body).await,
        Err(e) => e.into_response(),
    }
}

/// A form page for the signed-in account.
pub async fn form_page(
    state: &ServerState,
    head: &Parts,
    signed: &Signed,
    form: FormView,
    status: StatusCode,
) -> Response {
    form_page_with(state, head, signed, form, status, None).await
}

/// A form page with a script of its own (served by the app) after it.
pub async fn form_page_with(
    state: &ServerState,
    head: &Parts,
    signed: &Signed,
    form: FormView,
    status: StatusCode,
    script: Option<&'static str>,
) -> Response {
    let lang = signed.lang;
    admin_page(
        state,
        head,
        lang,
        Some(signed.who()),
        form.title.clone(),
        status,
        move || {
            view! {
                <FormPage form=form.clone() lang=lang />
                {script.map(|src| view! { <script src=src defer></script> })}
            }
            .into_any()
        },
    )
    .await
}

/// An error as an admin page: not found (also for anything outside the
/// account's reach), forbidden, or busy. The handlers in this module
/// return their [`AppError`] instead; this is for callers that render the
/// page themselves.
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
                assesses: actor.assesses(),
                collects_only: actor.role == crate::services::access::Role::Enumerator,
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
