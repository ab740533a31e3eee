//! The layer that answers a handler's failure in the form its path calls
//! for, with the renderers of each surface.

use super::failure::{Failure, Surface, surface_of};
use crate::http::ServerState;
use crate::http::client::lang;
use axum::extract::{Request, State};
use axum::http::request::Parts;
use axum::middleware::Next;
use axum::response::Response;

/// The layer that turns a handler's [`AppError`] into the page or JSON its
/// path calls for, in the request's language, with `Retry-After` during an
/// outage.
pub async fn answer_failures(
    State(state): State<ServerState>,
    req: Request,
    next: Next,
) -> Response {
    let (parts, body) = req.into_parts();
    let kept = parts.clone();
    let response = next.run(Request::from_parts(parts, body)).await;
    match response.extensions().get::<Failure>() {
        Some(failure) => render(&state, &kept, failure.clone()).await,
        None => response,
    }
}

async fn render(state: &ServerState, head: &Parts, failure: Failure) -> Response {
    let query = super::extract::query(head);
    let asked = query.get("lang").map(String::as_str);
    match surface_of(head.uri.path()) {
        Surface::Json => super::api::failure_json(&failure, lang(None, &head.headers)),
        Surface::Admin => {
            super::admin::failure_page(state, head, lang(asked, &head.headers), failure).await
        }
        Surface::Citizen => {
            super::render::failure_page(state, head, lang(asked, &head.headers), failure).await
        }
    }
}
