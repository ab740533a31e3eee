//! An agency's public page and its units' badges, for anyone, no account:
//! - `GET /p/{agency}`: what the agency published (see
//!   `services::publication`);
//! - `GET /p/{agency}/{unit}/badge.svg`: the unit's latest published index
//!   and verdict as an image for a website or a counter;
//! - `GET /p/{agency}/{unit}/badge`: the same as a small page any site may
//!   show in a frame.
//!
//! Every response may be cached for five minutes: nothing on them is
//! personal.

use super::client::lang;
use super::extract::query;
use super::render::{Page, render};
use crate::error::AppError;
use crate::http::ServerState;
use crate::services::publication::{agency_of, page, unit_badge};
use app::domain::text::escape_text;
use app::i18n;
use app::pages::publication::PublicationPage;
use app::pages::results_verdict::verdict;
use app::pages::results_view::decimal;
use axum::extract::{Path, State};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use leptos::prelude::*;
use std::sync::Arc;

/// How long a public page or badge may be kept by browsers and proxies.
const CACHE: &str = "public, max-age=300";

fn cacheable(mut r: Response) -> Response {
    r.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static(CACHE));
    r
}

/// `GET /p/{agency}`.
pub async fn agency_page(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    head: Parts,
) -> Result<Response, AppError> {
    let lang = lang(query(&head).get("lang").map(String::as_str), &head.headers);
    let a = agency_of(&state, &slug).await?;
    let view = Arc::new(page(&state, &a, lang).await?);
    let title = format!("{} · {}", i18n::PUBLISH_TITLE.get(lang), a.name);
    let r = render(
        &state,
        &head,
        Page {
            status: StatusCode::OK,
            lang,
            title,
            interactive: false,
            chrome: true,
            body: move || view! { <PublicationPage view=view.clone() /> }.into_any(),
        },
    )
    .await;
    Ok(cacheable(r))
}

/// The badge's two lines: the unit, and its index with the verdict.
async fn badge_lines(
    state: &ServerState,
    agency: &str,
    unit: &str,
    head: &Parts,
) -> Result<(String, String, app::domain::text::Lang), AppError> {
    let lang = lang(query(head).get("lang").map(String::as_str), &head.headers);
    let a = agency_of(state, agency).await?;
    let (loaded, period, score, name) = unit_badge(state, &a, unit).await?;
    let said = verdict(&loaded.bands, &score.estimate, score.required);
    let index = score
        .estimate
        .score
        .map(|s| decimal(s, lang))
        .unwrap_or_else(|| "–".into());
    let title = i18n::PUB_BADGE_TITLE.with(lang, &[("unit", name.into())]);
    Ok((
        title,
        format!("{index} · {} · {period}", said.text(lang)),
        lang,
    ))
}

/// `GET /p/{agency}/{unit}/badge.svg`.
pub async fn badge_svg(
    State(state): State<ServerState>,
    Path((agency, unit)): Path<(String, String)>,
    head: Parts,
) -> Result<Response, AppError> {
    let (title, line, _) = badge_lines(&state, &agency, &unit, &head).await?;
    let (title, line) = (escape_text(&title), escape_text(&line));
    let svg = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="360" height="56" viewBox="0 0 360 56" role="img"><title>{title}: {line}</title><rect width="360" height="56" rx="6" fill="#0b3d2e"/><text x="12" y="22" fill="#ffffff" font-family="sans-serif" font-size="13">{title}</text><text x="12" y="43" fill="#ffffff" font-family="sans-serif" font-size="15" font-weight="bold">{line}</text></svg>"##
    );
    let r = (
        [(header::CONTENT_TYPE, "image/svg+xml; charset=utf-8")],
        svg,
    )
        .into_response();
    Ok(cacheable(r))
}

/// `GET /p/{agency}/{unit}/badge`: for an `<iframe>` on any site.
pub async fn badge_page(
    State(state): State<ServerState>,
    Path((agency, unit)): Path<(String, String)>,
    head: Parts,
) -> Result<Response, AppError> {
    let (title, line, lang) = badge_lines(&state, &agency, &unit, &head).await?;
    let all = format!("/p/{agency}");
    let (t, l) = (title.clone(), line.clone());
    let mut r = render(
        &state,
        &head,
        Page {
            status: StatusCode::OK,
            lang,
            title,
            interactive: false,
            chrome: false,
            body: move || {
                view! {
                    <main id="main" class="badge">
                        <h1>{t.clone()}</h1>
                        <p class="verdict"><strong>{l.clone()}</strong></p>
                        <p><a href=all.clone() target="_top">{i18n::PUB_SEE_ALL.get(lang)}</a></p>
                    </main>
                }
                .into_any()
            },
        },
    )
    .await;
    // Any site may show the badge: it carries no form and nothing personal.
    r.headers_mut().insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("frame-ancestors *"),
    );
    Ok(cacheable(r))
}
