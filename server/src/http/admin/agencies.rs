//! Providers and their service units; one-time codes for a unit.

use super::{AdminPost, Signed, admin_error, admin_page, form_page, see, shown};
use crate::ServerState;
use crate::dto::admin::AgencyInput;
use crate::error::AppError;
use crate::services::access::{self, Need};
use crate::store::admin::{self as repo, AgencyFields, WriteError};
use app::domain::answers::{FieldErrors, push_error};
use app::domain::text::Lang;
use app::i18n;
use app::pages::admin::agency::{AgencyPage, AgencyView, SurveyRow, UnitRow};
use app::pages::admin::home::{AgencyRow, HomePage};
use app::pages::admin::{AGENCY_KINDS, Field, FormView, Input};
use axum::extract::{Path, State};
use axum::http::{StatusCode, request::Parts};
use axum::response::Response;
use leptos::prelude::*;

pub(super) fn options(list: &[(&str, i18n::Tr)], lang: Lang) -> Vec<(String, String)> {
    list.iter()
        .map(|(c, t)| (c.to_string(), t.get(lang).to_string()))
        .collect()
}

/// `GET /admin`: the providers this account sees.
pub async fn home(State(state): State<ServerState>, signed: Signed, head: Parts) -> Response {
    let lang = signed.lang;
    let result = async {
        let agencies = access::agencies(&state.db, &signed.actor).await?;
        let counts = repo::counts(&state.db).await?;
        Ok::<_, AppError>(
            agencies
                .into_iter()
                .map(|a| {
                    let (units, surveys) = counts.get(&a.id).copied().unwrap_or_default();
                    AgencyRow {
                        slug: a.slug,
                        name: a.name,
                        kind: a.kind,
                        region: a.region,
                        units,
                        surveys,
                    }
                })
                .collect::<Vec<_>>(),
        )
    }
    .await;
    let rows = match result {
        Ok(r) => r,
        Err(e) => return admin_error(&state, &head, lang, Some(signed.who()), e).await,
    };
    let can_create = signed.actor.is_admin();
    admin_page(
        &state,
        &head,
        lang,
        Some(signed.who()),
        i18n::AGENCIES.get(lang).to_string(),
        StatusCode::OK,
        move || view! { <HomePage rows=rows.clone() can_create=can_create lang=lang /> }.into_any(),
    )
    .await
}

async fn agency_form(
    state: &ServerState,
    signed: &Signed,
    slug: Option<&str>,
    input: &AgencyInput,
    errors: FieldErrors,
) -> Result<FormView, AppError> {
    let lang = signed.lang;
    let mut parents = vec![(String::new(), i18n::NONE.get(lang).to_string())];
    parents.extend(
        access::agencies(&state.db, &signed.actor)
            .await?
            .into_iter()
            .filter(|a| Some(a.slug.as_str()) != slug)
            .map(|a| (a.slug, a.name)),
    );
    let mut fields: Vec<Field> = super::slug_field(slug.is_none(), &input.slug)
        .into_iter()
        .collect();
    fields.extend([
        Field::new("name", i18n::NAME, Input::Text, input.name.clone()).required(),
        Field::new(
            "kind",
            i18n::KIND,
            Input::Select(options(AGENCY_KINDS, lang)),
            input.kind.clone(),
        )
        .required(),
        Field::new("region", i18n::REGION, Input::Text, input.region.clone()).required(),
        Field::new(
            "parent",
            i18n::PARENT,
            Input::Select(parents),
            input.parent.clone(),
        ),
    ]);
    Ok(FormView {
        title: match slug {
            None => i18n::AGENCY_NEW.get(lang).to_string(),
            Some(_) => i18n::AGENCY_EDIT.get(lang).to_string(),
        },
        intro: None,
        action: match slug {
            None => "/admin/agencies/new".into(),
            Some(s) => format!("/admin/a/{s}/edit"),
        },
        fields,
        submit: i18n::SAVE,
        errors,
        csrf: signed.actor.csrf.clone(),
        back: Some(match slug {
            None => "/admin".into(),
            Some(s) => format!("/admin/a/{s}"),
        }),
        notice: None,
    })
}

/// `GET /admin/agencies/new` (admins only; for others it does not exist).
pub async fn new_form(State(state): State<ServerState>, signed: Signed, head: Parts) -> Response {
    if !signed.actor.is_admin() {
        return admin_error(
            &state,
            &head,
            signed.lang,
            Some(signed.who()),
            AppError::NotFound,
        )
        .await;
    }
    let input = AgencyInput {
        slug: String::new(),
        name: String::new(),
        kind: "regency".into(),
        region: String::new(),
        parent: String::new(),
    };
    match agency_form(&state, &signed, None, &input, FieldErrors::new()).await {
        Ok(f) => form_page(&state, &head, &signed, f, StatusCode::OK).await,
        Err(e) => admin_error(&state, &head, signed.lang, Some(signed.who()), e).await,
    }
}

/// The parent named in the form, if the account sees it.
async fn parent_id(
    state: &ServerState,
    signed: &Signed,
    input: &AgencyInput,
    errors: &mut FieldErrors,
) -> Result<Option<uuid::Uuid>, AppError> {
    if input.parent.is_empty() {
        return Ok(None);
    }
    match access::agency(&state.db, &signed.actor, &input.parent, Need::Read).await {
        Ok(a) => Ok(Some(a.id)),
        Err(AppError::NotFound) => {
            push_error(errors, "parent", i18n::BAD_CHOICE.text());
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// `POST /admin/agencies/new`.
pub async fn create(State(state): State<ServerState>, post: AdminPost) -> Response {
    let AdminPost { signed, form, head } = post;
    let lang = signed.lang;
    if !signed.actor.is_admin() {
        return admin_error(&state, &head, lang, Some(signed.who()), AppError::NotFound).await;
    }
    let (input, mut errors) = AgencyInput::read(&form, true);
    let parent = match parent_id(&state, &signed, &input, &mut errors).await {
        Ok(p) => p,
        Err(e) => return admin_error(&state, &head, lang, Some(signed.who()), e).await,
    };
    if errors.is_empty() {
        let fields = AgencyFields {
            name: &input.name,
            kind: &input.kind,
            region: &input.region,
            parent_id: parent,
        };
        match repo::create_agency(&state.db, &input.slug, fields).await {
            Ok(_) => {
                tracing::info!(by = %signed.actor.user_id, agency = %input.slug, "agency created");
                return see(&format!("/admin/a/{}", input.slug));
            }
            Err(WriteError::SlugTaken) => push_error(&mut errors, "slug", i18n::SLUG_TAKEN.text()),
            Err(WriteError::Database(e)) => {
                return admin_error(&state, &head, lang, Some(signed.who()), e.into()).await;
            }
        }
    }
    match agency_form(&state, &signed, None, &input, errors).await {
        Ok(f) => form_page(&state, &head, &signed, f, StatusCode::UNPROCESSABLE_ENTITY).await,
        Err(e) => admin_error(&state, &head, lang, Some(signed.who()), e).await,
    }
}

/// `GET /admin/a/{agency}`.
pub async fn show(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    signed: Signed,
    head: Parts,
) -> Response {
    let result = async {
        let a = access::agency(&state.db, &signed.actor, &slug, Need::Read).await?;
        let parent = match a.parent_id {
            Some(p) => crate::store::admin::agency_by_id(&state.db, p)
                .await?
                .filter(|p| signed.actor.sees(p))
                .map(|p| p.name),
            None => None,
        };
        let units = repo::units(&state.db, a.id).await?;
        let surveys = repo::surveys(&state.db, a.id).await?;
        Ok::<_, AppError>(AgencyView {
            can_write: signed.actor.check(&a, Need::Write).is_ok(),
            slug: a.slug,
            name: a.name,
            kind: a.kind,
            region: a.region,
            parent,
            units: units
                .into_iter()
                .map(|u| UnitRow {
                    slug: u.slug,
                    name: u.name,
                    sector: u.sector,
                    expected_users: u.expected_users,
                })
                .collect(),
            surveys: surveys
                .into_iter()
                .map(|s| SurveyRow {
                    slug: s.slug,
                    title: s.title,
                    status: s.status,
                })
                .collect(),
            csrf: signed.actor.csrf.clone(),
        })
    }
    .await;
    shown(
        &state,
        &head,
        &signed,
        result,
        |v| v.name.clone(),
        |v, lang| view! { <AgencyPage view=v lang=lang /> }.into_any(),
    )
    .await
}

/// `GET /admin/a/{agency}/edit`.
pub async fn edit_form(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    signed: Signed,
    head: Parts,
) -> Response {
    let lang = signed.lang;
    let result = async {
        let a = access::agency(&state.db, &signed.actor, &slug, Need::Write).await?;
        let parent = match a.parent_id {
            Some(p) => crate::store::admin::agency_by_id(&state.db, p)
                .await?
                .map(|p| p.slug),
            None => None,
        };
        let input = AgencyInput {
            slug: a.slug.clone(),
            name: a.name,
            kind: a.kind,
            region: a.region,
            parent: parent.unwrap_or_default(),
        };
        agency_form(&state, &signed, Some(&slug), &input, FieldErrors::new()).await
    }
    .await;
    match result {
        Ok(f) => form_page(&state, &head, &signed, f, StatusCode::OK).await,
        Err(e) => admin_error(&state, &head, lang, Some(signed.who()), e).await,
    }
}

/// `POST /admin/a/{agency}/edit`.
pub async fn update(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    post: AdminPost,
) -> Response {
    let AdminPost { signed, form, head } = post;
    let lang = signed.lang;
    let a = match access::agency(&state.db, &signed.actor, &slug, Need::Write).await {
        Ok(a) => a,
        Err(e) => return admin_error(&state, &head, lang, Some(signed.who()), e).await,
    };
    let (input, mut errors) = AgencyInput::read(&form, false);
    let parent = match parent_id(&state, &signed, &input, &mut errors).await {
        Ok(p) => p.filter(|p| *p != a.id),
        Err(e) => return admin_error(&state, &head, lang, Some(signed.who()), e).await,
    };
    if errors.is_empty() {
        let fields = AgencyFields {
            name: &input.name,
            kind: &input.kind,
            region: &input.region,
            parent_id: parent,
        };
        return match repo::update_agency(&state.db, a.id, fields).await {
            Ok(()) => {
                state.surveys_changed();
                see(&format!("/admin/a/{slug}"))
            }
            Err(e) => admin_error(&state, &head, lang, Some(signed.who()), e.into()).await,
        };
    }
    match agency_form(&state, &signed, Some(&slug), &input, errors).await {
        Ok(f) => form_page(&state, &head, &signed, f, StatusCode::UNPROCESSABLE_ENTITY).await,
        Err(e) => admin_error(&state, &head, lang, Some(signed.who()), e).await,
    }
}
