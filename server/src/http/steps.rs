//! The citizen form's steps that are not a send: switching the language
//! with every answer kept, and the screening question (its "Continue"
//! step, and the polite end for those it leaves out, with nothing stored).
//! Both work as plain form posts, so a phone without JavaScript has them.

use super::client::{Client, device, lang, lang_cookie};
use super::form_page::{Shown, form_page};
use super::framing::{Mode, render_shown};
use super::render::{Page, error_page, limited_page};
use crate::dto::submission::FormSubmission;
use crate::http::ServerState;
use crate::store::surveys::LoadedSurvey;
use app::domain::answers::{FieldErrors, msg_required, push_error};
use app::domain::text::{Lang, Text};
use app::i18n;
use app::pages::thanks::ScreenedPage;
use axum::http::{StatusCode, header, request::Parts};
use axum::response::Response;
use leptos::prelude::*;

/// Longest token echoed back into a page.
const TOKEN_MAX: usize = 200;

/// The same form in the language `to`, with the answers, unit, code and
/// token it was posted with: nothing checked, nothing stored.
pub(super) async fn switch_language(
    state: &ServerState,
    parts: &Parts,
    client: &Client,
    slug: &str,
    submission: FormSubmission,
    to: &str,
    mode: Mode,
) -> Response {
    let lang = lang(Some(to), &parts.headers);
    let device = device(state, &parts.headers).map(|d| d.as_u128());
    if let Err(limited) = state.limits.check_open(client.0, device).await {
        return limited_page(state, parts, lang, limited).await;
    }
    let loaded = match state.survey(slug).await {
        Ok(s) => s,
        Err(e) => return error_page(state, parts, lang, e).await,
    };
    if let Err(e) = loaded.ensure_open(state.clock.now()) {
        return error_page(state, parts, lang, e).await;
    }
    let FormSubmission {
        token,
        unit,
        code,
        answers,
        proof_held: held,
        counter,
        ..
    } = submission;
    let shown = Shown {
        lang,
        token: token.chars().take(TOKEN_MAX).collect(),
        unit,
        code,
        values: answers,
        errors: FieldErrors::new(),
        status: StatusCode::OK,
        focus: None,
        held,
        counter,
    };
    let mut response = form_page(state, parts, &loaded, shown, mode).await;
    response
        .headers_mut()
        .append(header::SET_COOKIE, lang_cookie(lang, state.secure_cookies));
    response
}

/// The screening question's "Continue" pressed with nothing else answered:
/// the form again, opening on the next question (or asking for the
/// screening answer when it is missing). `None` when more was answered:
/// then it is a send like any other.
pub(super) fn first_step(
    loaded: &LoadedSurvey,
    submission: &FormSubmission,
    lang: Lang,
) -> Option<Shown> {
    let items = &loaded.instrument.items;
    let last_screen = items.iter().rposition(|i| !i.eligible.is_empty())?;
    let answered = |key: &str| {
        submission
            .answers
            .get(key)
            .is_some_and(|v| !v.trim().is_empty())
    };
    if items[last_screen + 1..].iter().any(|i| answered(&i.key)) {
        return None;
    }
    let mut errors = FieldErrors::new();
    for (pos, item) in items[..=last_screen].iter().enumerate() {
        if item.required && !answered(&item.key) {
            push_error(&mut errors, &item.key, msg_required(pos + 1));
        }
    }
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    Some(Shown {
        lang,
        token: submission.token.chars().take(TOKEN_MAX).collect(),
        unit: submission.unit.clone(),
        code: submission.code.clone(),
        counter: submission.counter.clone(),
        values: submission.answers.clone(),
        focus: errors
            .is_empty()
            .then(|| items.get(last_screen + 1).map(|i| i.key.clone()))
            .flatten(),
        errors,
        status,
        held: submission.proof_held.clone(),
    })
}

/// The polite end for someone the screening question leaves out: thanks,
/// why, and that nothing was kept (nothing is).
pub async fn screened(
    state: &ServerState,
    parts: &Parts,
    loaded: &LoadedSurvey,
    lang: Lang,
    mode: Mode,
    message: Text,
) -> Response {
    let title = loaded.survey.title.clone();
    let results = format!("/s/{}/results", loaded.survey.slug);
    let message = message.get(lang).to_string();
    render_shown(
        state,
        parts,
        loaded,
        mode,
        Page {
            status: StatusCode::OK,
            lang,
            title: format!("{} · {}", i18n::SCREENED_TITLE.get(lang), title),
            interactive: false,
            chrome: mode == Mode::Page,
            body: move || {
                view! {
                    <ScreenedPage
                        title=title.clone()
                        lang=lang
                        message=message.clone()
                        results=results.clone()
                    />
                }
                .into_any()
            },
        },
    )
    .await
}
