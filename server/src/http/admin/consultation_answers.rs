//! The manager's answers to a consultation:
//! - `GET`/`POST /admin/k/{slug}/c/{key}`: the decision on one component
//!   (accepted, partly, not), its reason and its final text;
//! - `GET`/`POST /admin/k/{slug}/final`: the final standard's text;
//! - `GET`/`POST /admin/k/{slug}/close`: closing it, after a confirmation
//!   (it cannot be undone).
//!
//! Only the agency's manager (or an administrator) changes; an assessor
//! is refused (403), another agency's manager finds nothing (404).

use super::consultations::answer_form;
use super::{AdminPost, Signed, form_page};
use crate::error::AppError;
use crate::http::ServerState;
use crate::services::access::Need;
use crate::services::consultation::{manage, reach};
use crate::store::entities::consultation;
use app::domain::answers::FieldErrors;
use app::i18n;
use app::pages::admin::{Field, FormView, Input};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::Response;

/// `GET /admin/k/{slug}/c/{key}`.
pub async fn answer_page(
    State(state): State<ServerState>,
    Path((slug, key)): Path<(String, String)>,
    signed: Signed,
    head: Parts,
) -> Result<Response, AppError> {
    let (_, c) = reach(&state.db, &signed.actor, &slug, Need::Write).await?;
    let form = answer_form(&state, &signed, &c, &key, None, FieldErrors::new()).await?;
    Ok(form_page(&state, &head, &signed, form, StatusCode::OK).await)
}

/// `POST /admin/k/{slug}/c/{key}`.
pub async fn answer(
    State(state): State<ServerState>,
    Path((slug, key)): Path<(String, String)>,
    post: AdminPost,
) -> Result<Response, AppError> {
    let AdminPost { signed, form, head } = post;
    let (_, c) = reach(&state.db, &signed.actor, &slug, Need::Write).await?;
    // The component must be one the consultation asked.
    let view = answer_form(&state, &signed, &c, &key, Some(&form), FieldErrors::new()).await?;
    match manage::answer(&state, &signed.actor, &c, &key, &form).await? {
        Ok(()) => Ok(super::flash::saved(
            &state,
            &format!("/admin/k/{slug}#k-{key}"),
        )),
        Err(errors) => {
            let view = FormView { errors, ..view };
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            Ok(form_page(&state, &head, &signed, view, status).await)
        }
    }
}

/// The final text's form.
fn final_form(
    signed: &Signed,
    c: &consultation::Model,
    value: &str,
    errors: FieldErrors,
) -> FormView {
    FormView {
        title: i18n::UJI_FINAL_EDIT.get(signed.lang).to_string(),
        intro: Some(c.title.clone()),
        action: format!("/admin/k/{}/final", c.slug),
        fields: vec![
            Field::new("final_text", i18n::UJI_FINAL, Input::Textarea, value)
                .help(i18n::UJI_FINAL_HELP)
                .required(),
        ],
        submit: i18n::SAVE,
        errors,
        csrf: signed.actor.csrf.clone(),
        back: Some(format!("/admin/k/{}", c.slug)),
        notice: None,
    }
}

/// `GET /admin/k/{slug}/final`.
pub async fn final_page(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    signed: Signed,
    head: Parts,
) -> Result<Response, AppError> {
    let (_, c) = reach(&state.db, &signed.actor, &slug, Need::Write).await?;
    let value = c.final_text.clone().unwrap_or_default();
    let form = final_form(&signed, &c, &value, FieldErrors::new());
    Ok(form_page(&state, &head, &signed, form, StatusCode::OK).await)
}

/// `POST /admin/k/{slug}/final`.
pub async fn save_final(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    post: AdminPost,
) -> Result<Response, AppError> {
    let AdminPost { signed, form, head } = post;
    let (_, c) = reach(&state.db, &signed.actor, &slug, Need::Write).await?;
    match manage::set_final(&state, &signed.actor, &c, &form).await? {
        Ok(()) => Ok(super::flash::saved(&state, &format!("/admin/k/{slug}"))),
        Err(errors) => {
            let view = final_form(&signed, &c, form.get("final_text"), errors);
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            Ok(form_page(&state, &head, &signed, view, status).await)
        }
    }
}

/// `GET /admin/k/{slug}/close`: asks before the irreversible step.
pub async fn close_page(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    signed: Signed,
    head: Parts,
) -> Result<Response, AppError> {
    let (_, c) = reach(&state.db, &signed.actor, &slug, Need::Write).await?;
    let lang = signed.lang;
    let form = FormView {
        title: i18n::UJI_CLOSE.get(lang).to_string(),
        intro: Some(i18n::UJI_CLOSE_ASK.with(lang, &[("title", c.title.clone().into())])),
        action: format!("/admin/k/{}/close", c.slug),
        fields: Vec::new(),
        submit: i18n::UJI_CLOSE_CONFIRM,
        errors: FieldErrors::new(),
        csrf: signed.actor.csrf.clone(),
        back: Some(format!("/admin/k/{}", c.slug)),
        notice: None,
    };
    Ok(form_page(&state, &head, &signed, form, StatusCode::OK).await)
}

/// `POST /admin/k/{slug}/close`.
pub async fn close(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    post: AdminPost,
) -> Result<Response, AppError> {
    let (_, c) = reach(&state.db, &post.signed.actor, &slug, Need::Write).await?;
    manage::close(&state, &post.signed.actor, &c).await?;
    Ok(super::flash::saved(&state, &format!("/admin/k/{slug}")))
}
