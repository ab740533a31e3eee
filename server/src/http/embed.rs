//! The survey inside an agency's own website, and its QR codes.
//!
//! - `/embed.js`: the host page's script (under 1 KB); it inserts a lazily
//!   loaded frame and resizes it to the form's height (postMessage).
//! - `/embed/{slug}`: the form with minimal chrome. Its
//!   `Content-Security-Policy: frame-ancestors` lists only the survey's
//!   allowed origins, so any other site's frame stays empty.
//! - `/s/{slug}/qr.svg`, `/s/{slug}/qr.png` (`?u=` for a unit): the link
//!   as a QR code, to `PERSEPSI_PUBLIC_URL` (when unset, to the request's
//!   Host, and then never kept by a shared cache).

use super::citizen::{show_form, take_submission};
use super::extract::query;
use super::framing::Mode;
use crate::error::AppError;
use crate::http::ServerState;
use crate::http::client::Client;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, Request, header, request::Parts};
use axum::response::{IntoResponse, Response};

const EMBED_JS: &str = include_str!("../../assets/embed.js");
const FRAME_JS: &str = include_str!("../../assets/embed-frame.js");
const SERVICE_WORKER: &str = include_str!("../../assets/sw.js");
const EXPORT_JS: &str = include_str!("../../assets/admin-export.js");
const PRINT_JS: &str = include_str!("../../assets/print.js");
const PROOF_PHOTO_JS: &str = include_str!("../../assets/proof-photo.js");

/// `GET /proof-photo.js`: shrinks the proof photo on the phone before the
/// form is sent.
pub async fn proof_photo_js() -> Response {
    script(PROOF_PHOTO_JS)
}

/// `GET /conditions.js`: shows a question asked only after a given
/// answer when that answer is picked.
pub async fn conditions_js() -> Response {
    script(include_str!("../../assets/conditions.js"))
}

/// `GET /print.js`: the poster's print button.
pub async fn print_js() -> Response {
    script(PRINT_JS)
}

/// `GET /admin-export.js`: progress for a long export on the export page.
pub async fn export_js() -> Response {
    script(EXPORT_JS)
}

pub(super) fn script(body: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        body,
    )
        .into_response()
}

/// `GET /embed.js`.
pub async fn embed_js() -> Response {
    script(EMBED_JS)
}

/// `GET /embed-frame.js`.
pub async fn frame_js() -> Response {
    script(FRAME_JS)
}

/// `GET /sw.js`: keeps the citizen's form for an offline reload. Always
/// checked for a newer version.
pub async fn service_worker() -> Response {
    let mut r = script(SERVICE_WORKER);
    r.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    r
}

/// `GET /embed/{slug}`.
pub async fn form(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    client: Client,
    req: Request<Body>,
) -> Result<Response, AppError> {
    show_form(state, slug, client, req, Mode::Embed).await
}

/// `POST /embed/{slug}`.
pub async fn submit(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    client: Client,
    req: Request<Body>,
) -> Response {
    take_submission(state, slug, client, req, Mode::Embed).await
}

/// `GET /embed/{slug}/thanks`.
pub async fn thanks(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    req: Request<Body>,
) -> Result<Response, AppError> {
    super::public::thanks_in(state, slug, req, Mode::Embed).await
}

/// The public link of a published survey (and unit), as the QR code
/// holds it. A draft has no public link yet: not found.
async fn link(state: &ServerState, head: &Parts, slug: &str) -> Result<String, AppError> {
    let loaded = state.survey(slug).await?;
    let unit = match query(head).get("u") {
        Some(u) => format!("?u={}", loaded.unit(u).ok_or(AppError::NotFound)?.slug),
        None => String::new(),
    };
    Ok(format!(
        "{}/s/{}{unit}",
        super::admin::public_base(state, head),
        loaded.survey.slug
    ))
}

async fn qr(
    state: ServerState,
    slug: String,
    req: Request<Body>,
    png: bool,
) -> Result<Response, AppError> {
    let (head, _) = req.into_parts();
    let url = link(&state, &head, slug.trim_end_matches(".svg")).await?;
    let (kind, bytes) = if png {
        ("image/png", crate::services::qr::png(&url, 10))
    } else {
        let svg = crate::services::qr::svg(&url).map(String::into_bytes);
        ("image/svg+xml", svg)
    };
    let mut r = bytes.map_err(AppError::internal)?.into_response();
    let h = r.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(kind));
    // Without a configured public address the code holds the request's
    // Host header: a shared cache must not keep it, or one request with a
    // forged Host would hand every later visitor a code to another site.
    let cache = if state.public_url.is_some() {
        "public, max-age=3600"
    } else {
        "private, max-age=3600"
    };
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    Ok(r)
}

/// `GET /s/{slug}/qr.svg`.
pub async fn qr_svg(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    req: Request<Body>,
) -> Result<Response, AppError> {
    qr(state, slug, req, false).await
}

/// `GET /s/{slug}/qr.png`.
pub async fn qr_png(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    req: Request<Body>,
) -> Result<Response, AppError> {
    qr(state, slug, req, true).await
}
