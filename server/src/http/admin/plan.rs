//! The follow-up plan (*Rencana Tindak Lanjut*) of a survey:
//! - `GET /admin/s/{slug}/plan?period=`: the weakest elements, the
//!   period's actions and the previous period's outcomes, for whoever may
//!   read the survey (another agency's manager gets 404);
//! - `GET|POST /admin/s/{slug}/plan/new?period=&item=`: a new action;
//! - `GET|POST /admin/s/{slug}/plan/{id}`: its status and evidence.
//!
//! Writing takes the right to change the survey; every change is audited.

use super::{AdminPost, Signed, form_page, page_of};
use crate::dto::admin::FormData;
use crate::error::AppError;
use crate::http::ServerState;
use crate::services::access::{self, Need};
use crate::services::auth::audit_for;
use crate::services::followup::{self, MAX_ACTION, MAX_EVIDENCE, MAX_OWNER};
use crate::store::entities::{agency, followup_action};
use crate::store::followup as store;
use crate::store::surveys::LoadedSurvey;
use app::domain::answers::{FieldErrors, push_error};
use app::domain::period;
use app::domain::plan::{Status, is_date};
use app::i18n;
use app::pages::admin::plan::{PlanPage, STATUSES, label_of};
use app::pages::admin::{Field, FormView, Input};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::Response;
use leptos::prelude::*;
use uuid::Uuid;

/// The survey, its agency, and whether the account may change its plan.
async fn planned(
    state: &ServerState,
    signed: &Signed,
    slug: &str,
    need: Need,
) -> Result<(agency::Model, LoadedSurvey, bool), AppError> {
    let (a, _) = access::survey(&state.db, &signed.actor, slug, need).await?;
    let can_write = signed.actor.check(&a, Need::Write).is_ok();
    Ok((a, state.survey(slug).await?, can_write))
}

/// The period asked for in the query, else this year.
fn period_of(state: &ServerState, head: &Parts) -> String {
    crate::http::extract::query(head)
        .get("period")
        .filter(|p| period::months(p).is_some())
        .cloned()
        .unwrap_or_else(|| followup::today(state)[..4].to_string())
}

/// `GET /admin/s/{slug}/plan`.
pub async fn page(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    signed: Signed,
    head: Parts,
) -> Result<Response, AppError> {
    let (_, loaded, can_write) = planned(&state, &signed, &slug, Need::Read).await?;
    let period = period_of(&state, &head);
    let mut view = followup::view(&state, &loaded, &period, signed.lang).await?;
    view.can_write = can_write;
    Ok(page_of(
        &state,
        &head,
        &signed,
        view,
        |v| v.survey.1.clone(),
        |v, lang| view! { <PlanPage view=v lang=lang /> }.into_any(),
    )
    .await)
}

/// The elements (scored items) to choose from, by short name.
fn elements(loaded: &LoadedSurvey, signed: &Signed) -> Vec<(String, String)> {
    loaded
        .instrument
        .scored_items()
        .map(|i| (i.key.clone(), i.short_name().get(signed.lang).to_string()))
        .collect()
}

fn new_form(
    loaded: &LoadedSurvey,
    signed: &Signed,
    period: &str,
    form: &FormData,
    errors: FieldErrors,
) -> FormView {
    let slug = &loaded.survey.slug;
    let lang = signed.lang;
    let mut units = vec![(String::new(), i18n::PLAN_WHOLE.get(lang).to_string())];
    units.extend(
        loaded
            .units
            .iter()
            .map(|u| (u.slug.clone(), u.name.clone())),
    );
    FormView {
        title: i18n::PLAN_NEW.get(lang).to_string(),
        intro: Some(format!("{} · {period}", loaded.survey.title)),
        action: format!("/admin/s/{slug}/plan/new?period={period}"),
        fields: vec![
            Field::new(
                "item",
                i18n::PLAN_ELEMENT,
                Input::Select(elements(loaded, signed)),
                form.get("item"),
            )
            .required(),
            Field::new(
                "unit",
                i18n::PLAN_UNIT,
                Input::Select(units),
                form.get("unit"),
            ),
            Field::new(
                "action",
                i18n::PLAN_ACTION,
                Input::Textarea,
                form.get("action"),
            )
            .help(i18n::PLAN_ACTION_HELP)
            .required(),
            Field::new("owner", i18n::PLAN_OWNER, Input::Text, form.get("owner"))
                .help(i18n::PLAN_OWNER_HELP)
                .required(),
            Field::new("due_on", i18n::PLAN_DUE, Input::Date, form.get("due_on")).required(),
        ],
        submit: i18n::SAVE,
        errors,
        csrf: signed.actor.csrf.clone(),
        back: Some(format!("/admin/s/{slug}/plan?period={period}")),
        notice: None,
    }
}

/// `GET /admin/s/{slug}/plan/new`.
pub async fn new_action(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    signed: Signed,
    head: Parts,
) -> Result<Response, AppError> {
    let (_, loaded, _) = planned(&state, &signed, &slug, Need::Write).await?;
    let period = period_of(&state, &head);
    let item = crate::http::extract::query(&head)
        .get("item")
        .cloned()
        .unwrap_or_default();
    let form = FormData(vec![("item".into(), item)]);
    let f = new_form(&loaded, &signed, &period, &form, FieldErrors::new());
    Ok(form_page(&state, &head, &signed, f, StatusCode::OK).await)
}

/// A text that must be there and not too long.
fn needed(errors: &mut FieldErrors, form: &FormData, name: &str, max: usize) -> String {
    let v = form.get(name);
    if v.is_empty() {
        push_error(errors, name, i18n::FIELD_REQUIRED.text());
    } else if v.chars().count() > max {
        push_error(
            errors,
            name,
            i18n::PLAN_TOO_LONG.text_with(&[("max", max.into())]),
        );
    }
    v.to_string()
}

/// `POST /admin/s/{slug}/plan/new`.
pub async fn create_action(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    post: AdminPost,
) -> Result<Response, AppError> {
    let AdminPost { signed, form, head } = post;
    let (a, loaded, _) = planned(&state, &signed, &slug, Need::Write).await?;
    let period = period_of(&state, &head);
    let mut errors = FieldErrors::new();
    let item = form.get("item").to_string();
    if loaded.instrument.scored_items().all(|i| i.key != item) {
        push_error(&mut errors, "item", i18n::PLAN_ELEMENT_WRONG.text());
    }
    let unit = match form.get("unit") {
        "" => None,
        u => Some(loaded.unit(u).ok_or(AppError::NotFound)?.id),
    };
    let action = needed(&mut errors, &form, "action", MAX_ACTION);
    let owner = needed(&mut errors, &form, "owner", MAX_OWNER);
    let due_on = form.get("due_on").to_string();
    if !is_date(&due_on) {
        push_error(&mut errors, "due_on", i18n::PLAN_DATE_WRONG.text());
    }
    if !errors.is_empty() {
        let f = new_form(&loaded, &signed, &period, &form, errors);
        return Ok(form_page(&state, &head, &signed, f, StatusCode::UNPROCESSABLE_ENTITY).await);
    }
    let fields = store::Fields {
        unit_id: unit,
        item_key: item.clone(),
        action,
        owner,
        due_on,
    };
    let id = store::add(
        &state.db,
        loaded.survey.id,
        &period,
        fields,
        signed.actor.user_id,
    )
    .await?;
    let detail =
        serde_json::json!({ "survey": slug, "period": period, "item": item, "action": id });
    audit_for(
        &state.db,
        &signed.actor,
        Some(a.id),
        "plan-action-add",
        detail,
    )
    .await?;
    let back = format!("/admin/s/{slug}/plan?period={period}");
    Ok(super::flash::saved(&state, &back))
}

/// The action `id` of the survey, or 404.
async fn action_of(
    state: &ServerState,
    loaded: &LoadedSurvey,
    id: &str,
) -> Result<followup_action::Model, AppError> {
    let id = Uuid::parse_str(id).map_err(|_| AppError::NotFound)?;
    store::one(&state.db, loaded.survey.id, id)
        .await?
        .ok_or(AppError::NotFound)
}

fn progress_form(
    loaded: &LoadedSurvey,
    signed: &Signed,
    found: &followup_action::Model,
    form: &FormData,
    errors: FieldErrors,
) -> FormView {
    let lang = signed.lang;
    let slug = &loaded.survey.slug;
    let statuses = STATUSES
        .iter()
        .map(|(c, _)| {
            let s = Status::parse(c).unwrap_or(Status::Planned);
            (c.to_string(), label_of(s, lang).to_string())
        })
        .collect();
    FormView {
        title: i18n::PLAN_EDIT.get(lang).to_string(),
        intro: Some(found.action.clone()),
        action: format!("/admin/s/{slug}/plan/{}", found.id),
        fields: vec![
            Field::new(
                "status",
                i18n::STATUS,
                Input::Select(statuses),
                form.get("status"),
            )
            .required(),
            Field::new(
                "evidence",
                i18n::PLAN_EVIDENCE,
                Input::Textarea,
                form.get("evidence"),
            )
            .help(i18n::PLAN_EVIDENCE_HELP),
        ],
        submit: i18n::SAVE,
        errors,
        csrf: signed.actor.csrf.clone(),
        back: Some(format!("/admin/s/{slug}/plan?period={}", found.period)),
        notice: None,
    }
}

/// `GET /admin/s/{slug}/plan/{id}`.
pub async fn edit_action(
    State(state): State<ServerState>,
    Path((slug, id)): Path<(String, String)>,
    signed: Signed,
    head: Parts,
) -> Result<Response, AppError> {
    let (_, loaded, _) = planned(&state, &signed, &slug, Need::Write).await?;
    let found = action_of(&state, &loaded, &id).await?;
    let form = FormData(vec![
        ("status".into(), found.status.clone()),
        ("evidence".into(), found.evidence.clone()),
    ]);
    let f = progress_form(&loaded, &signed, &found, &form, FieldErrors::new());
    Ok(form_page(&state, &head, &signed, f, StatusCode::OK).await)
}

/// `POST /admin/s/{slug}/plan/{id}`.
pub async fn update_action(
    State(state): State<ServerState>,
    Path((slug, id)): Path<(String, String)>,
    post: AdminPost,
) -> Result<Response, AppError> {
    let AdminPost { signed, form, head } = post;
    let (a, loaded, _) = planned(&state, &signed, &slug, Need::Write).await?;
    let found = action_of(&state, &loaded, &id).await?;
    let mut errors = FieldErrors::new();
    let status = form.get("status").to_string();
    if Status::parse(&status).is_none() {
        push_error(&mut errors, "status", i18n::FIELD_REQUIRED.text());
    }
    let evidence = form.get("evidence").to_string();
    if evidence.chars().count() > MAX_EVIDENCE {
        let too_long = i18n::PLAN_TOO_LONG.text_with(&[("max", MAX_EVIDENCE.into())]);
        push_error(&mut errors, "evidence", too_long);
    }
    if !errors.is_empty() {
        let f = progress_form(&loaded, &signed, &found, &form, errors);
        return Ok(form_page(&state, &head, &signed, f, StatusCode::UNPROCESSABLE_ENTITY).await);
    }
    let back = format!("/admin/s/{slug}/plan?period={}", found.period);
    let detail = serde_json::json!({
        "survey": slug,
        "action": found.id,
        "from": found.status,
        "to": status,
    });
    store::progress(&state.db, found, &status, &evidence).await?;
    audit_for(
        &state.db,
        &signed.actor,
        Some(a.id),
        "plan-action-progress",
        detail,
    )
    .await?;
    Ok(super::flash::saved(&state, &back))
}
