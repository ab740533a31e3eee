//! `/admin/s/{slug}/questions`: a survey's own questions. Its agency's
//! manager edits the draft (add, change, move up, remove) and publishes
//! it; assessors read. Publishing replaces a version nobody answered and
//! otherwise makes a new one, so answers keep the version they were given
//! under.

use super::{AdminPost, Signed, page_with};
use crate::error::AppError;
use crate::http::ServerState;
use crate::services::access::{self, Need};
use crate::services::auth::audit_for;
use crate::store::questions::{self, Version};
use crate::store::surveys::{LoadedSurvey, load_any};
use app::domain::answers::{FORM_FIELD, FieldErrors, push_error};
use app::domain::own::OwnSet;
use app::domain::own::edit::{self, QuestionForm};
use app::domain::text::Text;
use app::i18n;
use app::pages::admin::questions::{QuestionsPage, QuestionsView};
use axum::Router;
use axum::extract::{Path, State};
use axum::http::{StatusCode, request::Parts};
use axum::response::Response;
use axum::routing::{get, post};
use leptos::prelude::*;

/// The page's view for `loaded`, the form empty (or the question `key`'s).
async fn view_of(
    state: &ServerState,
    signed: &Signed,
    loaded: &LoadedSurvey,
    may_change: bool,
    editing: Option<&str>,
) -> Result<QuestionsView, AppError> {
    let all = questions::versions(&state.db, loaded.survey.id).await?;
    let working = questions::working(&all);
    let newest = all.iter().rev().find(|v| v.published_at.is_some());
    let published = match newest {
        Some(v) => Some((
            v.set.version,
            questions::answered(&state.db, loaded.survey.id, v.set.version).await?,
        )),
        None => None,
    };
    let changed = newest.is_none_or(|v| v.set.questions != working.set.questions)
        && all.iter().any(|v| v.published_at.is_none());
    let values = match editing.and_then(|k| working.set.question(k)) {
        Some(q) => QuestionForm::of(q),
        None => QuestionForm {
            kind: "single".into(),
            required: true,
            ..QuestionForm::default()
        },
    };
    Ok(QuestionsView {
        survey: (loaded.survey.slug.clone(), loaded.survey.title.clone()),
        instrument_items: loaded.instrument.items.len(),
        published,
        working: working.set,
        changed,
        may_change,
        csrf: signed.actor.csrf.clone(),
        editing: editing.map(str::to_string),
        values,
        errors: FieldErrors::new(),
    })
}

async fn shown(
    state: &ServerState,
    head: &Parts,
    signed: &Signed,
    view: QuestionsView,
    status: StatusCode,
) -> Response {
    let body = |v, lang| view! { <QuestionsPage view=v lang=lang /> }.into_any();
    page_with(
        state,
        head,
        signed,
        status,
        view,
        |v| {
            format!(
                "{} · {}",
                i18n::OWN_TITLE.get(Default::default()),
                v.survey.1
            )
        },
        body,
    )
    .await
}

/// The survey, whatever its status, when `signed` may `need` it.
async fn survey_for(
    state: &ServerState,
    signed: &Signed,
    slug: &str,
    need: Need,
) -> Result<(uuid::Uuid, LoadedSurvey), AppError> {
    let (agency, _) = access::survey(&state.db, &signed.actor, slug, need).await?;
    Ok((
        agency.id,
        load_any(&state.db, &state.definitions, slug).await?,
    ))
}

/// `GET /admin/s/{slug}/questions`.
pub async fn list(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    signed: Signed,
    head: Parts,
) -> Result<Response, AppError> {
    let (_, loaded) = survey_for(&state, &signed, &slug, Need::Read).await?;
    let may_change = access::survey(&state.db, &signed.actor, &slug, Need::Write)
        .await
        .is_ok();
    let view = view_of(&state, &signed, &loaded, may_change, None).await?;
    Ok(shown(&state, &head, &signed, view, StatusCode::OK).await)
}

/// `GET /admin/s/{slug}/questions/{key}`: one question's form.
pub async fn edit_form(
    State(state): State<ServerState>,
    Path((slug, key)): Path<(String, String)>,
    signed: Signed,
    head: Parts,
) -> Result<Response, AppError> {
    let (_, loaded) = survey_for(&state, &signed, &slug, Need::Write).await?;
    let view = view_of(&state, &signed, &loaded, true, Some(&key)).await?;
    if view.working.question(&key).is_none() {
        return Err(AppError::NotFound);
    }
    Ok(shown(&state, &head, &signed, view, StatusCode::OK).await)
}

fn form_of(post: &AdminPost) -> QuestionForm {
    let f = &post.form;
    QuestionForm {
        kind: f.get("kind").to_string(),
        text_id: f.get("text_id").to_string(),
        text_en: f.get("text_en").to_string(),
        help_id: f.get("help_id").to_string(),
        help_en: f.get("help_en").to_string(),
        required: f.get("required") == "yes",
        options: f.raw("options"),
        show_if: f.get("show_if").to_string(),
    }
}

/// The draft as it is now, with every key ever used.
async fn draft_of(
    state: &ServerState,
    loaded: &LoadedSurvey,
) -> Result<(Version, Vec<String>), AppError> {
    let all = questions::versions(&state.db, loaded.survey.id).await?;
    let taken = questions::keys_taken(&all)
        .into_iter()
        .map(str::to_string)
        .collect();
    Ok((questions::working(&all), taken))
}

/// Keeps `set` as the draft, audited, and goes back to the list.
async fn keep(
    state: &ServerState,
    post: &AdminPost,
    agency_id: uuid::Uuid,
    loaded: &LoadedSurvey,
    set: &OwnSet,
    what: &str,
) -> Result<Response, AppError> {
    questions::save_draft(&state.db, loaded.survey.id, set, state.clock.now()).await?;
    audit_for(
        &state.db,
        &post.signed.actor,
        Some(agency_id),
        what,
        serde_json::json!({ "survey": loaded.survey.slug, "draft": set.version }),
    )
    .await?;
    Ok(super::flash::saved(
        state,
        &format!("/admin/s/{}/questions", loaded.survey.slug),
    ))
}

/// The page again with the form's problems (422).
async fn refused(
    state: &ServerState,
    post: &AdminPost,
    loaded: &LoadedSurvey,
    editing: Option<&str>,
    values: Option<QuestionForm>,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let mut view = view_of(state, &post.signed, loaded, true, editing).await?;
    if let Some(values) = values {
        view.values = values;
    }
    view.errors = errors;
    Ok(shown(
        state,
        &post.head,
        &post.signed,
        view,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await)
}

/// `POST /admin/s/{slug}/questions`: adds a question to the draft.
pub async fn add(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    post: AdminPost,
) -> Result<Response, AppError> {
    save(state, slug, None, post).await
}

/// `POST /admin/s/{slug}/questions/{key}`: changes a question of the draft.
pub async fn change(
    State(state): State<ServerState>,
    Path((slug, key)): Path<(String, String)>,
    post: AdminPost,
) -> Result<Response, AppError> {
    save(state, slug, Some(key), post).await
}

async fn save(
    state: ServerState,
    slug: String,
    key: Option<String>,
    post: AdminPost,
) -> Result<Response, AppError> {
    let (agency_id, loaded) = survey_for(&state, &post.signed, &slug, Need::Write).await?;
    let (draft, taken) = draft_of(&state, &loaded).await?;
    if let Some(k) = &key
        && draft.set.question(k).is_none()
    {
        return Err(AppError::NotFound);
    }
    let form = form_of(&post);
    let new_key = draft.set.next_key(taken.iter().map(String::as_str));
    match edit::save(&draft.set, key.as_deref(), new_key, &form) {
        Ok(set) => keep(&state, &post, agency_id, &loaded, &set, "questions-save").await,
        Err(errors) => refused(&state, &post, &loaded, key.as_deref(), Some(form), errors).await,
    }
}

/// `POST /admin/s/{slug}/questions/{key}/up`: moves a question up.
pub async fn move_up(
    State(state): State<ServerState>,
    Path((slug, key)): Path<(String, String)>,
    post: AdminPost,
) -> Result<Response, AppError> {
    change_set(state, slug, key, post, edit::move_up, "questions-move").await
}

/// `POST /admin/s/{slug}/questions/{key}/remove`: takes a question out of
/// the draft (asked first on the page).
pub async fn remove(
    State(state): State<ServerState>,
    Path((slug, key)): Path<(String, String)>,
    post: AdminPost,
) -> Result<Response, AppError> {
    change_set(state, slug, key, post, edit::remove, "questions-remove").await
}

async fn change_set(
    state: ServerState,
    slug: String,
    key: String,
    post: AdminPost,
    change: fn(&OwnSet, &str) -> Result<OwnSet, Text>,
    what: &str,
) -> Result<Response, AppError> {
    let (agency_id, loaded) = survey_for(&state, &post.signed, &slug, Need::Write).await?;
    let (draft, _) = draft_of(&state, &loaded).await?;
    let outcome = match draft.set.question(&key) {
        Some(_) => change(&draft.set, &key),
        None => Err(i18n::OWN_NOT_FOUND.text()),
    };
    match outcome {
        Ok(set) => keep(&state, &post, agency_id, &loaded, &set, what).await,
        Err(why) => {
            let mut errors = FieldErrors::new();
            push_error(&mut errors, FORM_FIELD, why);
            refused(&state, &post, &loaded, None, None, errors).await
        }
    }
}

/// `POST /admin/s/{slug}/questions/publish`: citizens are asked the draft
/// from now on.
pub async fn publish(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    post: AdminPost,
) -> Result<Response, AppError> {
    let (agency_id, loaded) = survey_for(&state, &post.signed, &slug, Need::Write).await?;
    let Some(version) = questions::publish(&state.db, loaded.survey.id, state.clock.now()).await?
    else {
        return Ok(super::flash::saved(
            &state,
            &format!("/admin/s/{slug}/questions"),
        ));
    };
    state.surveys_changed();
    audit_for(
        &state.db,
        &post.signed.actor,
        Some(agency_id),
        "questions-publish",
        serde_json::json!({ "survey": slug, "version": version }),
    )
    .await?;
    Ok(super::flash::see_with(
        &state,
        &format!("/admin/s/{slug}/questions"),
        "questions-published",
    ))
}

/// The questions' pages and posts.
pub fn routes() -> Router<ServerState> {
    Router::new()
        .route("/admin/s/{slug}/questions", get(list).post(add))
        .route(
            "/admin/s/{slug}/questions/results",
            get(super::question_results::page),
        )
        .route("/admin/s/{slug}/questions/publish", post(publish))
        .route(
            "/admin/s/{slug}/questions/{key}",
            get(edit_form).post(change),
        )
        .route("/admin/s/{slug}/questions/{key}/up", post(move_up))
        .route("/admin/s/{slug}/questions/{key}/remove", post(remove))
}
