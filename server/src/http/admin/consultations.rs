//! A manager's consultations (*uji publik*):
//! - `GET /admin/a/{agency}/consultations`: the agency's list;
//! - `GET`/`POST /admin/a/{agency}/consultations/new`: title, address
//!   code, service, dates and the draft of each component;
//! - `GET /admin/k/{slug}`: agreement per component with its interval,
//!   the comments, the answers and the final text;
//! - `GET`/`POST /admin/k/{slug}/c/{key}`: the answer to one component;
//! - `GET`/`POST /admin/k/{slug}/final`: the final standard's text;
//! - `GET`/`POST /admin/k/{slug}/close`: closing, after a confirmation.
//!
//! Another agency's manager gets 404 on every one; an assessor reads.

use super::{AdminPost, Signed, form_page, page_of, public_base, slug_field};
use crate::dto::admin::FormData;
use crate::error::AppError;
use crate::http::ServerState;
use crate::services::access::{self, Need};
use crate::services::clock::wib_day;
use crate::services::consultation::{self as service, manage, reach, state_word};
use crate::store::consultations;
use crate::store::entities::consultation;
use app::domain::answers::FieldErrors;
use app::domain::consultation::{COMPONENTS, Decision, component};
use app::i18n;
use app::pages::admin::consultation::{
    ConsultAdminView, ConsultListView, ConsultRow, list_page, show_page,
};
use app::pages::admin::{Field, FormView, Input};
use axum::extract::{Path, State};
use axum::http::{StatusCode, request::Parts};
use axum::response::Response;

/// `GET /admin/a/{agency}/consultations`.
pub async fn list(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    signed: Signed,
    head: Parts,
) -> Result<Response, AppError> {
    let a = access::agency(&state.db, &signed.actor, &slug, Need::Read).await?;
    let now = state.clock.now();
    let mut rows = Vec::new();
    for c in consultations::list(&state.db, a.id).await? {
        let parts = consultations::components(&state.db, c.id).await?;
        rows.push(ConsultRow {
            slug: c.slug.clone(),
            title: c.title.clone(),
            period: format!("{} – {}", wib_day(c.opens_at), service::last_day(&c)),
            state: state_word(&c, &parts, now).get(signed.lang).to_string(),
        });
    }
    let view = ConsultListView {
        agency_slug: a.slug.clone(),
        agency: a.name.clone(),
        may_change: signed.actor.check(&a, Need::Write).is_ok(),
        rows,
    };
    Ok(page_of(
        &state,
        &head,
        &signed,
        view,
        |_| i18n::UJI_LIST.get(app::domain::text::Lang::Id).to_string(),
        list_page,
    )
    .await)
}

/// The new consultation's form with `form`'s values.
fn new_form(signed: &Signed, agency: &str, form: &FormData, errors: FieldErrors) -> FormView {
    let mut fields =
        vec![Field::new("title", i18n::TITLE, Input::Text, form.get("title")).required()];
    fields.extend(slug_field(true, form.get("slug")));
    fields.push(
        Field::new(
            "service",
            i18n::UJI_SERVICE,
            Input::Text,
            form.get("service"),
        )
        .help(i18n::UJI_SERVICE_HELP)
        .required(),
    );
    fields.push(Field::new("opens", i18n::OPENS, Input::Date, form.get("opens")).required());
    fields.push(Field::new("closes", i18n::CLOSES, Input::Date, form.get("closes")).required());
    for c in COMPONENTS {
        fields.push(Field::new(
            c.field,
            c.name,
            Input::Textarea,
            form.get(c.field),
        ));
    }
    FormView {
        title: i18n::UJI_NEW.get(signed.lang).to_string(),
        intro: Some(i18n::UJI_DRAFTS_HELP.get(signed.lang).to_string()),
        action: format!("/admin/a/{agency}/consultations/new"),
        fields,
        submit: i18n::UJI_CREATE,
        errors,
        csrf: signed.actor.csrf.clone(),
        back: Some(format!("/admin/a/{agency}/consultations")),
        notice: None,
    }
}

/// `GET /admin/a/{agency}/consultations/new`.
pub async fn new(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    signed: Signed,
    head: Parts,
) -> Result<Response, AppError> {
    let a = access::agency(&state.db, &signed.actor, &slug, Need::Write).await?;
    let form = new_form(&signed, &a.slug, &FormData::default(), FieldErrors::new());
    Ok(form_page(&state, &head, &signed, form, StatusCode::OK).await)
}

/// `POST /admin/a/{agency}/consultations/new`.
pub async fn create(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    post: AdminPost,
) -> Result<Response, AppError> {
    let AdminPost { signed, form, head } = post;
    let a = access::agency(&state.db, &signed.actor, &slug, Need::Write).await?;
    match manage::create(&state, &signed.actor, &a, &form).await? {
        Ok(c) => Ok(super::flash::saved(&state, &format!("/admin/k/{}", c.slug))),
        Err(errors) => {
            let view = new_form(&signed, &a.slug, &form, errors);
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            Ok(form_page(&state, &head, &signed, view, status).await)
        }
    }
}

/// `GET /admin/k/{slug}`.
pub async fn show(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    signed: Signed,
    head: Parts,
) -> Result<Response, AppError> {
    let (a, c) = reach(&state.db, &signed.actor, &slug, Need::Read).await?;
    let now = state.clock.now();
    let parts = consultations::components(&state.db, c.id).await?;
    let view = ConsultAdminView {
        consultation: service::view(&state.db, &a, &c, now).await?,
        agency_slug: a.slug.clone(),
        may_change: signed.actor.check(&a, Need::Write).is_ok(),
        link: format!("{}/k/{}", public_base(&state, &head), c.slug),
        state: state_word(&c, &parts, now).get(signed.lang).to_string(),
    };
    Ok(page_of(
        &state,
        &head,
        &signed,
        view,
        |v| v.consultation.title.clone(),
        show_page,
    )
    .await)
}

/// The answer form of component `key` of `c`.
pub(super) async fn answer_form(
    state: &ServerState,
    signed: &Signed,
    c: &consultation::Model,
    key: &str,
    form: Option<&FormData>,
    errors: FieldErrors,
) -> Result<FormView, AppError> {
    let lang = signed.lang;
    let parts = consultations::components(&state.db, c.id).await?;
    let part = parts
        .iter()
        .find(|p| p.key == key)
        .ok_or(AppError::NotFound)?;
    let name = component(key).ok_or(AppError::NotFound)?.name;
    let stored = |field: &str| match (form, field) {
        (Some(f), _) => f.get(field).to_string(),
        (None, "decision") => part.decision.clone().unwrap_or_default(),
        (None, "reason") => part.reason.clone().unwrap_or_default(),
        (None, _) => part.final_text.clone().unwrap_or_default(),
    };
    let options = std::iter::once((String::new(), String::new()))
        .chain(
            Decision::ALL
                .iter()
                .map(|d| (d.code().to_string(), d.label().get(lang).to_string())),
        )
        .collect();
    Ok(FormView {
        title: format!("{}: {}", i18n::UJI_ANSWER.get(lang), name.get(lang)),
        intro: Some(format!("{}: {}", i18n::UJI_DRAFT.get(lang), part.draft)),
        action: format!("/admin/k/{}/c/{key}", c.slug),
        fields: vec![
            Field::new(
                "decision",
                i18n::UJI_DECISION,
                Input::Select(options),
                stored("decision"),
            )
            .required(),
            Field::new(
                "reason",
                i18n::UJI_REASON,
                Input::Textarea,
                stored("reason"),
            )
            .help(i18n::UJI_REASON_HELP)
            .required(),
            Field::new(
                "final_text",
                i18n::UJI_FINAL_COMPONENT,
                Input::Textarea,
                stored("final_text"),
            )
            .help(i18n::UJI_FINAL_COMPONENT_HELP),
        ],
        submit: i18n::SAVE,
        errors,
        csrf: signed.actor.csrf.clone(),
        back: Some(format!("/admin/k/{}", c.slug)),
        notice: None,
    })
}
