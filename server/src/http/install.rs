//! What makes the kiosk and the interviewer's list installable as apps:
//! a web app manifest each, and the icon (drawn by `services::icon`).

use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};

fn manifest(name: &str, short: &str, start: &str, display: &str) -> Response {
    let body = serde_json::json!({
        "name": name,
        "short_name": short,
        "start_url": start,
        "scope": start,
        "display": display,
        "background_color": "#ffffff",
        "theme_color": "#0b5cad",
        "lang": "id",
        "icons": [
            { "src": "/icon-192.png", "sizes": "192x192", "type": "image/png", "purpose": "any" },
            { "src": "/icon-512.png", "sizes": "512x512", "type": "image/png", "purpose": "any" },
        ],
    });
    (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/manifest+json"),
        )],
        body.to_string(),
    )
        .into_response()
}

/// `GET /kiosk.webmanifest`: the counter tablet, full screen.
pub async fn kiosk_manifest() -> Response {
    manifest("Persepsi — Kios", "Kios", "/kiosk", "fullscreen")
}

/// `GET /interviews.webmanifest`: the interviewer's list.
pub async fn interviews_manifest() -> Response {
    manifest(
        "Persepsi — Wawancara",
        "Wawancara",
        "/admin/interviews",
        "standalone",
    )
}

fn png(side: u32) -> Response {
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static("image/png")),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=86400"),
            ),
        ],
        crate::services::icon::icon(side),
    )
        .into_response()
}

/// `GET /icon-192.png`.
pub async fn icon_192() -> Response {
    png(192)
}

/// `GET /icon-512.png`.
pub async fn icon_512() -> Response {
    png(512)
}
