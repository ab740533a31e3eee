//! Rendering a page through Leptos, with a status code and headers, and the
//! pages that report errors.

use crate::error::AppError;
use crate::http::ServerState;
use crate::http::failure::{Failure, Surface};
use crate::http::headers::PageNonce;
use crate::http::rate_limit::{Limited, LimitedAction};
use app::domain::text::Lang;
use app::i18n::{self, Tr};
use app::pages::message::MessagePage;
use app::shell::{Head, document};
use axum::body::Body;
use axum::http::{HeaderValue, Request, StatusCode, header};
use axum::response::{IntoResponse, Response};
use leptos::nonce::Nonce;
use leptos::prelude::*;

/// A page to render.
pub struct Page<F> {
    /// Response status.
    pub status: StatusCode,
    /// Page language.
    pub lang: Lang,
    /// Document title.
    pub title: String,
    /// Whether the page has islands to hydrate.
    pub interactive: bool,
    /// Whether the site's footer frames it (not in embeds or posters).
    pub chrome: bool,
    /// The body.
    pub body: F,
}

/// Renders `page` completely on the server (no streaming placeholders, so
/// it reads the same without JavaScript) and sets its status.
pub async fn render<F>(
    state: &ServerState,
    req_head: &axum::http::request::Parts,
    page: Page<F>,
) -> Response
where
    F: Fn() -> AnyView + Clone + Send + Sync + 'static,
{
    let mut options = state.leptos.clone();
    options.output_name = state.assets.bundle_name().into();
    let css = state.assets.css_name().to_string();
    let Page {
        status,
        lang,
        title,
        interactive,
        chrome,
        body,
    } = page;
    // One nonce per response: the page's scripts carry it, and the
    // Content-Security-Policy (set by `headers::security`) allows it.
    let nonce = Nonce::new();
    let page_nonce = PageNonce(nonce.to_string());
    let handler = leptos_axum::render_app_async_with_context(
        move || {
            provide_context(nonce.clone());
            provide_context(Head::default());
        },
        move || {
            let body = body();
            document(
                options.clone(),
                css.clone(),
                lang,
                title.clone(),
                interactive,
                chrome,
                body,
            )
        },
    );
    let mut req = Request::builder()
        .method(axum::http::Method::GET)
        .uri(req_head.uri.clone())
        .body(Body::empty())
        .expect("a GET request");
    *req.headers_mut() = req_head.headers.clone();
    let rendered = handler(req).await.into_response();
    let (mut head, body) = rendered.into_parts();
    let html = match axum::body::to_bytes(body, usize::MAX).await {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(e) => return AppError::internal(e).into_response(),
    };
    head.status = status;
    let headers = &mut head.headers;
    // Every form carries its own one-time token: never cache pages.
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        header::CONTENT_LANGUAGE,
        HeaderValue::from_static(lang.code()),
    );
    headers.remove(header::CONTENT_LENGTH);
    let html = super::html::tidy(&html, &page_nonce.0);
    head.extensions.insert(page_nonce);
    Response::from_parts(head, Body::from(html))
}

/// A page that only carries a message.
pub async fn message(
    state: &ServerState,
    head: &axum::http::request::Parts,
    status: StatusCode,
    lang: Lang,
    title: Tr,
    body: Tr,
    detail: Option<String>,
) -> Response {
    render(
        state,
        head,
        Page {
            status,
            lang,
            title: format!("{} · {}", title.get(lang), i18n::PRODUCT),
            interactive: false,
            chrome: true,
            body: move || {
                view! { <MessagePage title=title body=body lang=lang detail=detail.clone() /> }
                    .into_any()
            },
        },
    )
    .await
}

/// The page for an error; logs internal causes.
pub async fn error_page(
    state: &ServerState,
    head: &axum::http::request::Parts,
    lang: Lang,
    error: AppError,
) -> Response {
    failure_page(state, head, lang, Failure::of(&error)).await
}

/// The page for a failure already logged.
pub async fn failure_page(
    state: &ServerState,
    head: &axum::http::request::Parts,
    lang: Lang,
    failure: Failure,
) -> Response {
    let a = failure.answer(Surface::Citizen, lang);
    let mut response = message(state, head, a.status, lang, a.title, a.body, a.detail).await;
    if let Some(secs) = a.retry_after {
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(secs));
    }
    response
}

/// The page for a refused request: 429 with `Retry-After`.
pub async fn limited_page(
    state: &ServerState,
    head: &axum::http::request::Parts,
    lang: Lang,
    limited: Limited,
) -> Response {
    let secs = limited.retry_secs();
    tracing::info!(action = ?limited.action, retry_after = secs, "rate limited");
    let detail = i18n::RETRY_IN.with(lang, &[("seconds", secs.into())]);
    // Opening a form is not sending one: say what happened in its words.
    let (title, body) = match limited.action {
        LimitedAction::FormNetwork | LimitedAction::FormDevice => {
            (i18n::OPENING_BUSY_TITLE, i18n::OPENING_BUSY_BODY)
        }
        _ => (i18n::TOO_MANY_TITLE, i18n::TOO_MANY_BODY),
    };
    let mut response = message(
        state,
        head,
        StatusCode::TOO_MANY_REQUESTS,
        lang,
        title,
        body,
        Some(detail),
    )
    .await;
    response
        .headers_mut()
        .insert(header::RETRY_AFTER, HeaderValue::from(secs));
    response
}
