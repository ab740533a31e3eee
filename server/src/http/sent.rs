//! Coming back to a form this device sent (the Back button after thanks):
//! a day-long cookie remembers the send, and the form's address then says
//! the answers were sent, with a way to start a new response.

use super::framing::{Mode, render_shown};
use super::render::Page;
use crate::http::ServerState;
use crate::store::surveys::LoadedSurvey;
use app::domain::text::Lang;
use app::i18n;
use app::pages::thanks::AlreadySentPage;
use axum::http::{StatusCode, request::Parts};
use axum::response::Response;
use leptos::prelude::*;

/// The cookie that remembers, for a day, that this device sent its answers
/// to a survey: coming back to the form (the Back button) then says so
/// instead of offering the answers to send again.
pub fn sent_cookie_name(slug: &str) -> String {
    format!("persepsi_sent_{slug}")
}

/// How long a device is told it sent its answers: a day.
pub const SENT_SECS: u32 = 86_400;

/// Asks for a new response although this device sent one.
pub const NEW_RESPONSE: &str = "baru";

/// The page for a device coming back to a form whose answers it sent.
pub async fn already_sent(
    state: &ServerState,
    parts: &Parts,
    loaded: &LoadedSurvey,
    lang: Lang,
    mode: Mode,
    unit: Option<&str>,
) -> Response {
    let base = mode.base(&loaded.survey.slug);
    let new_response = match unit {
        Some(u) => format!("{base}?{NEW_RESPONSE}=1&u={}", urlencoding(u)),
        None => format!("{base}?{NEW_RESPONSE}=1"),
    };
    let results = format!("/s/{}/results", loaded.survey.slug);
    let title = loaded.survey.title.clone();
    render_shown(
        state,
        parts,
        loaded,
        mode,
        Page {
            status: StatusCode::OK,
            lang,
            title: format!("{} · {}", i18n::ALREADY_SENT_TITLE.get(lang), i18n::PRODUCT),
            interactive: false,
            chrome: mode == Mode::Page,
            body: move || {
                view! {
                    <AlreadySentPage
                        title=title.clone()
                        lang=lang
                        new_response=new_response.clone()
                        results=results.clone()
                    />
                }
                .into_any()
            },
        },
    )
    .await
}

fn urlencoding(s: &str) -> String {
    serde_urlencoded::to_string([("", s)])
        .map(|v| v.trim_start_matches('=').to_string())
        .unwrap_or_default()
}
