//! The citizen's form as a page: the survey, with what this showing adds
//! (answers kept, messages, the question it opens on), on its own address
//! or in a frame. Shown by the form's first visit, a send to mend, a
//! language switch and the screening step alike.

use super::framing::{Mode, render_shown};
use super::render::Page;
use crate::http::ServerState;
use crate::store::surveys::LoadedSurvey;
use app::domain::answers::FieldErrors;
use app::domain::text::Lang;
use app::i18n;
use app::pages::survey::{FieldForm, PhotoField, SurveyPage, SurveyView};
use axum::http::{StatusCode, request::Parts};
use axum::response::Response;
use leptos::prelude::*;
use std::collections::BTreeMap;
use std::sync::Arc;

/// What the form shows besides the survey itself.
pub(super) struct Shown {
    pub lang: Lang,
    pub token: String,
    pub unit: Option<String>,
    pub code: Option<String>,
    pub values: BTreeMap<String, String>,
    pub errors: FieldErrors,
    pub status: StatusCode,
    /// The question the page opens on.
    pub focus: Option<String>,
    /// The id of a proof photo held from an earlier send.
    pub held: Option<String>,
    /// The counter code of the link.
    pub counter: Option<String>,
}

/// The survey as a form, empty, for `base`; `field` when it is filled at
/// a kiosk or in an interview.
pub(super) fn survey_view(
    loaded: &LoadedSurvey,
    base: String,
    lang: Lang,
    unit: Option<String>,
    field: Option<FieldForm>,
) -> SurveyView {
    SurveyView {
        slug: loaded.survey.slug.clone(),
        base,
        title: loaded.survey.title.clone(),
        agency: loaded.agency.name.clone(),
        units: loaded
            .units
            .iter()
            .map(|u| (u.slug.clone(), u.name.clone()))
            .collect(),
        unit,
        instrument: loaded.instrument.clone(),
        // A form filled away from the citizen's phone is stored under an
        // id of its own, the same however often it is sent.
        token: if field.is_some() {
            uuid::Uuid::new_v4().to_string()
        } else {
            String::new()
        },
        lang,
        values: BTreeMap::new(),
        errors: FieldErrors::new(),
        code: None,
        focus: None,
        photo: None,
        field,
        counter: None,
        own: loaded.own.clone(),
    }
}

pub(super) async fn form_page(
    state: &ServerState,
    parts: &Parts,
    loaded: &LoadedSurvey,
    shown: Shown,
    mode: Mode,
) -> Response {
    let lang = shown.lang;
    let status = shown.status;
    let view = Arc::new(SurveyView {
        token: shown.token,
        values: shown.values,
        errors: shown.errors,
        code: shown.code,
        focus: shown.focus,
        counter: shown.counter,
        photo: loaded
            .survey
            .proof_photos
            .then_some(PhotoField { held: shown.held }),
        ..survey_view(
            loaded,
            mode.base(&loaded.survey.slug),
            lang,
            shown.unit,
            None,
        )
    });
    let mut title = format!("{} · {}", loaded.survey.title, loaded.agency.name);
    if !view.errors.is_empty() {
        // "Galat: …", so the title says the page needs mending.
        title = format!("{}: {title}", i18n::ERROR_TITLE_PREFIX.get(lang));
    }
    render_shown(
        state,
        parts,
        loaded,
        mode,
        Page {
            status,
            lang,
            title,
            interactive: true,
            chrome: mode == Mode::Page,
            body: move || view! { <SurveyPage view=view.clone() /> }.into_any(),
        },
    )
    .await
}
