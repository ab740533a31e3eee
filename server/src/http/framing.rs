//! Where a citizen's page is shown: on its own address, or framed in an
//! agency's website (only by the origins the agency listed).

use crate::store::surveys::LoadedSurvey;
use axum::http::HeaderValue;

/// Where the form is shown: on its own page, or framed in an agency's
/// website.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// `/s/{slug}`.
    Page,
    /// `/embed/{slug}`: no footer; framed only by the survey's allowed
    /// origins.
    Embed,
}

impl Mode {
    /// The form's address.
    pub fn base(self, slug: &str) -> String {
        match self {
            Mode::Page => format!("/s/{slug}"),
            Mode::Embed => format!("/embed/{slug}"),
        }
    }
}

/// `Content-Security-Policy` for a framed survey: only its own site and the
/// origins the agency listed may frame it.
pub fn frame_policy(loaded: &LoadedSurvey) -> HeaderValue {
    let origins: Vec<&str> = loaded
        .survey
        .embed_origins
        .split_whitespace()
        .filter(|o| crate::dto::admin::origin(o).as_deref() == Some(*o))
        .collect();
    HeaderValue::from_str(format!("frame-ancestors 'self' {}", origins.join(" ")).trim_end())
        .unwrap_or_else(|_| HeaderValue::from_static("frame-ancestors 'self'"))
}

/// Renders a citizen's page where `mode` shows it: on its own address with
/// the site's footer; in a frame without it, and framed only by the
/// survey's allowed origins. (`page.chrome` follows `mode`.)
pub async fn render_shown<F>(
    state: &crate::http::ServerState,
    parts: &axum::http::request::Parts,
    loaded: &LoadedSurvey,
    mode: Mode,
    page: super::render::Page<F>,
) -> axum::response::Response
where
    F: Fn() -> leptos::prelude::AnyView + Clone + Send + Sync + 'static,
{
    let page = super::render::Page {
        chrome: mode == Mode::Page,
        ..page
    };
    let mut response = super::render::render(state, parts, page).await;
    if mode == Mode::Embed {
        response.headers_mut().insert(
            axum::http::header::CONTENT_SECURITY_POLICY,
            frame_policy(loaded),
        );
    }
    response
}
