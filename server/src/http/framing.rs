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
