//! The interviewer's pages: `/admin/interviews` lists the open surveys and
//! units they may collect for, with each unit's progress against its
//! target, and what is kept on the phone; `/admin/interviews/{slug}/{unit}`
//! is the form, asked aloud; `/admin/interviews/responses` takes what the
//! phone kept, each interview once, recording who asked. Enumerators,
//! assessors and administrators collect; an agency's manager never
//! interviews for their own agency's score.

use super::{AdminPost, Signed, admin_page, same, see};
use crate::dto::submission::FormSubmission;
use crate::error::AppError;
use crate::http::ServerState;
use crate::http::field_send::{answer, read_batch, refusal};
use crate::http::form_page::survey_view;
use crate::http::render::{Page, render};
use crate::services::access::{self, Actor};
use crate::services::field::{self, Collector, FieldItem};
use crate::store::field::{INTERVIEW, by_unit_channel, quotas};
use crate::store::surveys::{LoadedSurvey, open_surveys};
use app::domain::text::Lang;
use app::i18n;
use app::pages::field::{
    InterviewForm, InterviewSurvey, InterviewUnit, InterviewsPage, InterviewsView,
};
use app::pages::survey::{FieldForm, FieldKind, SurveyView};
use axum::body::Body;
use axum::extract::{Path, Request, State};
use axum::http::{StatusCode, request::Parts};
use axum::response::Response;
use leptos::prelude::*;
use std::sync::Arc;

/// The interviewer's home.
pub const HOME: &str = "/admin/interviews";

/// The survey `slug`, when `actor` may interview for it now.
async fn collectable(
    state: &ServerState,
    actor: &Actor,
    slug: &str,
) -> Result<LoadedSurvey, AppError> {
    if !actor.interviews() {
        return Err(AppError::Forbidden);
    }
    let loaded = state.survey(slug).await?;
    if !actor.sees(&loaded.agency) {
        return Err(AppError::NotFound);
    }
    loaded.ensure_open(state.clock.now())?;
    Ok(loaded)
}

/// Each unit of `loaded` with its stored interviews and target.
pub async fn progress(
    state: &ServerState,
    loaded: &LoadedSurvey,
) -> Result<Vec<InterviewUnit>, AppError> {
    let counts = by_unit_channel(&state.db, loaded.survey.id).await?;
    let targets = quotas(&state.db, loaded.survey.id).await?;
    Ok(loaded
        .units
        .iter()
        .map(|u| InterviewUnit {
            slug: u.slug.clone(),
            name: u.name.clone(),
            done: counts
                .get(&(Some(u.id), INTERVIEW.to_string()))
                .copied()
                .unwrap_or(0),
            target: targets.get(&u.id).copied(),
        })
        .collect())
}

/// `GET /admin/interviews`.
pub async fn home(
    State(state): State<ServerState>,
    signed: Signed,
    head: Parts,
) -> Result<Response, AppError> {
    let actor = &signed.actor;
    if !actor.interviews() {
        return Err(AppError::Forbidden);
    }
    let seen: std::collections::HashSet<uuid::Uuid> = access::agencies(&state.db, actor)
        .await?
        .into_iter()
        .map(|a| a.id)
        .collect();
    let mut surveys = Vec::new();
    for s in open_surveys(&state.db).await? {
        if !seen.contains(&s.agency_id) {
            continue;
        }
        let Ok(loaded) = collectable(&state, actor, &s.slug).await else {
            continue;
        };
        surveys.push(InterviewSurvey {
            slug: loaded.survey.slug.clone(),
            title: loaded.survey.title.clone(),
            agency: loaded.agency.name.clone(),
            units: progress(&state, &loaded).await?,
        });
    }
    let view = InterviewsView {
        surveys,
        csrf: actor.csrf.clone(),
    };
    let lang = signed.lang;
    Ok(admin_page(
        &state,
        &head,
        lang,
        Some(signed.who()),
        i18n::INTERVIEWS_TITLE.get(lang).to_string(),
        StatusCode::OK,
        move || view! { <InterviewsPage view=view.clone() lang=lang /> }.into_any(),
    )
    .await)
}

/// `GET /admin/interviews/{slug}/{unit}`: the form, asked aloud.
pub async fn form(
    State(state): State<ServerState>,
    Path((slug, unit)): Path<(String, String)>,
    signed: Signed,
    head: Parts,
) -> Result<Response, AppError> {
    let loaded = collectable(&state, &signed.actor, &slug).await?;
    let saved = crate::http::extract::query(&head).contains_key("saved");
    let asked = Asked {
        saved,
        ..Asked::default()
    };
    interview_page(&state, &head, &signed, &loaded, &unit, asked).await
}

/// What an interview's form shows besides the survey.
#[derive(Default)]
struct Asked {
    values: std::collections::BTreeMap<String, String>,
    errors: app::domain::answers::FieldErrors,
    saved: bool,
}

async fn interview_page(
    state: &ServerState,
    head: &Parts,
    signed: &Signed,
    loaded: &LoadedSurvey,
    unit: &str,
    asked: Asked,
) -> Result<Response, AppError> {
    let unit = loaded.unit(unit).ok_or(AppError::NotFound)?.clone();
    let lang: Lang = signed.lang;
    let slug = &loaded.survey.slug;
    let field = FieldForm {
        kind: FieldKind::Interview,
        faces: false,
        post: "/admin/interviews/responses".into(),
        csrf: Some(signed.actor.csrf.clone()),
    };
    let status = if asked.errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let base = format!("{HOME}/{slug}/{}", unit.slug);
    let survey = Arc::new(SurveyView {
        values: asked.values,
        errors: asked.errors,
        ..survey_view(loaded, base, lang, Some(unit.slug.clone()), Some(field))
    });
    let csrf = signed.actor.csrf.clone();
    let saved = asked.saved;
    let title = format!(
        "{} · {} · {}",
        i18n::INTERVIEWS_TITLE.get(lang),
        loaded.survey.title,
        unit.name
    );
    Ok(render(
        state,
        head,
        Page {
            status,
            lang,
            title,
            interactive: false,
            chrome: false,
            body: move || {
                view! { <InterviewForm survey=survey.clone() csrf=csrf.clone() saved=saved /> }
                    .into_any()
            },
        },
    )
    .await)
}

/// `POST /admin/interviews/{slug}/{unit}`: an interview sent without the
/// script, stored once under the form's id; the fresh form again, or the
/// same with what to mend.
pub async fn post(
    State(state): State<ServerState>,
    Path((slug, unit)): Path<(String, String)>,
    post: AdminPost,
) -> Result<Response, AppError> {
    let loaded = collectable(&state, &post.signed.actor, &slug).await?;
    let sub = FormSubmission::from_pairs(post.form.0.clone());
    let item = FieldItem::posted(&sub, Some(unit.clone()));
    let by = Collector::Interview(post.signed.actor.user_id);
    match field::take_one(&state, &loaded, by, &item).await? {
        Ok(_) => Ok(see(&format!("{HOME}/{slug}/{unit}?saved=1"))),
        Err(errors) => {
            let asked = Asked {
                values: sub.answers,
                errors,
                saved: false,
            };
            interview_page(&state, &post.head, &post.signed, &loaded, &unit, asked).await
        }
    }
}

/// `POST /admin/interviews/responses`: what the phone kept for one survey,
/// each interview once. The anti-forgery token comes in `X-CSRF-Token`.
pub async fn responses(
    State(state): State<ServerState>,
    signed: Signed,
    req: Request<Body>,
) -> Response {
    let (parts, body) = req.into_parts();
    let lang = signed.lang;
    let token = parts
        .headers
        .get("x-csrf-token")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if !same(token, &signed.actor.csrf) {
        return refusal(
            StatusCode::FORBIDDEN,
            i18n::CSRF_TITLE.get(lang).to_string(),
        );
    }
    let batch = match read_batch(&state, body).await {
        Ok(b) => b,
        Err(r) => return r,
    };
    let lang = Lang::from_code(batch.lang.as_deref().unwrap_or("")).unwrap_or(lang);
    let Some(slug) = batch.survey.as_deref() else {
        return refusal(
            StatusCode::BAD_REQUEST,
            i18n::SURVEY_NOT_FOUND.get(lang).to_string(),
        );
    };
    let outcome = match collectable(&state, &signed.actor, slug).await {
        Ok(loaded) => {
            let by = Collector::Interview(signed.actor.user_id);
            field::take(&state, &loaded, by, &batch.items, lang).await
        }
        Err(e) => Err(e),
    };
    answer(outcome, &batch.items, lang)
}
