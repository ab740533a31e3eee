//! Creating a provider (admins only) and editing one: the form, and the
//! posts that save it or show it again with its problems (422).

use super::{AdminPost, Signed, agencies::options, form_page};
use crate::dto::admin::AgencyInput;
use crate::error::AppError;
use crate::http::ServerState;
use crate::services::access::{self, Need};
use crate::store::admin::{self as repo, AgencyFields, WriteError};
use app::domain::answers::{FieldErrors, push_error};
use app::i18n;
use app::pages::admin::{AGENCY_KINDS, Field, FormView, Input, label_of};
use axum::extract::{Path, State};
use axum::http::{StatusCode, request::Parts};
use axum::response::Response;
use uuid::Uuid;

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
    fields.push(Field::new("name", i18n::NAME, Input::Text, input.name.clone()).required());
    if signed.actor.may_place() {
        fields.extend([
            Field::new(
                "kind",
                i18n::KIND,
                Input::Select(options(AGENCY_KINDS, lang)),
                input.kind.clone(),
            )
            .required(),
            Field::new("region", i18n::REGION, Input::Text, input.region.clone()).required(),
        ]);
    } else {
        // Kind and region decide whose assessment the agency falls under:
        // its manager sees them, and cannot change them.
        let kind = label_of(AGENCY_KINDS, &input.kind, lang);
        fields.extend([
            Field::new("kind", i18n::KIND, Input::Fixed, kind).help(i18n::PLACE_FIXED_HELP),
            Field::new("region", i18n::REGION, Input::Fixed, input.region.clone())
                .help(i18n::PLACE_FIXED_HELP),
        ]);
    }
    fields.extend([Field::new(
        "parent",
        i18n::PARENT,
        Input::Select(parents),
        input.parent.clone(),
    )]);
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

/// The form for `slug` (a new provider when `None`) with `input` and
/// `errors`, answered with `status`.
async fn show_form(
    state: &ServerState,
    head: &Parts,
    signed: &Signed,
    slug: Option<&str>,
    input: &AgencyInput,
    errors: FieldErrors,
    status: StatusCode,
) -> Result<Response, AppError> {
    let form = agency_form(state, signed, slug, input, errors).await?;
    Ok(form_page(state, head, signed, form, status).await)
}

/// `GET /admin/agencies/new` (admins only; for others it does not exist).
pub async fn new_form(
    State(state): State<ServerState>,
    signed: Signed,
    head: Parts,
) -> Result<Response, AppError> {
    if !signed.actor.is_admin() {
        return Err(AppError::NotFound);
    }
    let input = AgencyInput {
        slug: String::new(),
        name: String::new(),
        kind: "regency".into(),
        region: String::new(),
        parent: String::new(),
    };
    show_form(
        &state,
        &head,
        &signed,
        None,
        &input,
        FieldErrors::new(),
        StatusCode::OK,
    )
    .await
}

/// The parent named in the form, if the account sees it.
async fn parent_id(
    state: &ServerState,
    signed: &Signed,
    input: &AgencyInput,
    errors: &mut FieldErrors,
) -> Result<Option<Uuid>, AppError> {
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
pub async fn create(
    State(state): State<ServerState>,
    post: AdminPost,
) -> Result<Response, AppError> {
    let AdminPost { signed, form, head } = post;
    if !signed.actor.is_admin() {
        return Err(AppError::NotFound);
    }
    let (mut input, mut errors) = AgencyInput::read(&form, true);
    input.region = access::canonical_region(&input.region);
    let parent = parent_id(&state, &signed, &input, &mut errors).await?;
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
                return Ok(super::flash::saved(
                    &state,
                    &format!("/admin/a/{}", input.slug),
                ));
            }
            Err(WriteError::SlugTaken) => push_error(&mut errors, "slug", i18n::SLUG_TAKEN.text()),
            Err(WriteError::Database(e)) => return Err(e.into()),
        }
    }
    let status = StatusCode::UNPROCESSABLE_ENTITY;
    show_form(&state, &head, &signed, None, &input, errors, status).await
}

/// `GET /admin/a/{agency}/edit`.
pub async fn edit_form(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    signed: Signed,
    head: Parts,
) -> Result<Response, AppError> {
    let a = access::agency(&state.db, &signed.actor, &slug, Need::Write).await?;
    let parent = match a.parent_id {
        Some(p) => repo::agency_by_id(&state.db, p).await?.map(|p| p.slug),
        None => None,
    };
    let input = AgencyInput {
        slug: a.slug,
        name: a.name,
        kind: a.kind,
        region: a.region,
        parent: parent.unwrap_or_default(),
    };
    let errors = FieldErrors::new();
    show_form(
        &state,
        &head,
        &signed,
        Some(&slug),
        &input,
        errors,
        StatusCode::OK,
    )
    .await
}

/// `POST /admin/a/{agency}/edit`.
pub async fn update(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    post: AdminPost,
) -> Result<Response, AppError> {
    let AdminPost { signed, form, head } = post;
    let a = access::agency(&state.db, &signed.actor, &slug, Need::Write).await?;
    let (mut input, mut errors) = AgencyInput::read(&form, false);
    if signed.actor.may_place() {
        input.region = access::canonical_region(&input.region);
    } else {
        // A manager's kind and region, whatever was posted, stay as the
        // admin set them: moving the agency would take it out of its
        // assessor's reach.
        if form.get("kind") != a.kind || form.get("region") != a.region {
            tracing::warn!(by = %signed.actor.user_id, agency = %slug, "a manager's kind or region ignored");
        }
        errors.remove("kind");
        errors.remove("region");
        input.kind = a.kind.clone();
        input.region = a.region.clone();
    }
    let parent = parent_id(&state, &signed, &input, &mut errors)
        .await?
        .filter(|p| *p != a.id);
    if errors.is_empty() {
        let fields = AgencyFields {
            name: &input.name,
            kind: &input.kind,
            region: &input.region,
            parent_id: parent,
        };
        repo::update_agency(&state.db, a.id, fields).await?;
        state.surveys_changed();
        return Ok(super::flash::saved(&state, &format!("/admin/a/{slug}")));
    }
    let status = StatusCode::UNPROCESSABLE_ENTITY;
    show_form(&state, &head, &signed, Some(&slug), &input, errors, status).await
}
