//! A provider's service units, and one-time service codes for a unit.

use super::{AdminPost, Signed, admin_page};
use crate::dto::admin::UnitInput;
use crate::error::AppError;
use crate::http::ServerState;
use crate::services::access::{self, Need};
use crate::store::admin::{self as repo, WriteError};
use crate::store::codes;
use app::domain::answers::{FieldErrors, push_error};
use app::domain::text::Text;
use app::i18n;
use app::pages::admin::{Field, FormView, Input, SECTORS};
use axum::extract::{Path, State};
use axum::http::{StatusCode, request::Parts};
use axum::response::Response;
use chrono::{DateTime, Utc};
use leptos::prelude::*;

use super::agencies::options;
use super::form_page;

fn unit_form(
    signed: &Signed,
    agency: &str,
    unit: Option<&str>,
    input: &UnitInput,
    errors: FieldErrors,
) -> FormView {
    let lang = signed.lang;
    let mut fields: Vec<Field> = super::slug_field(unit.is_none(), &input.slug)
        .into_iter()
        .collect();
    fields.extend([
        Field::new("name", i18n::NAME, Input::Text, input.name.clone()).required(),
        Field::new(
            "sector",
            i18n::SECTOR,
            Input::Select(options(SECTORS, lang)),
            input.sector.clone(),
        )
        .required(),
        Field::new(
            "expected_users",
            i18n::EXPECTED_USERS,
            Input::Number,
            input.expected_users.clone(),
        )
        .help(i18n::EXPECTED_USERS_HELP),
    ]);
    FormView {
        title: match unit {
            None => i18n::UNIT_NEW.get(lang).to_string(),
            Some(_) => i18n::UNIT_EDIT.get(lang).to_string(),
        },
        intro: None,
        action: match unit {
            None => format!("/admin/a/{agency}/units/new"),
            Some(u) => format!("/admin/a/{agency}/u/{u}/edit"),
        },
        fields,
        submit: i18n::SAVE,
        errors,
        csrf: signed.actor.csrf.clone(),
        back: Some(format!("/admin/a/{agency}")),
        notice: None,
    }
}

/// `GET /admin/a/{agency}/units/new`.
pub async fn new_unit_form(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    signed: Signed,
    head: Parts,
) -> Result<Response, AppError> {
    access::agency(&state.db, &signed.actor, &slug, Need::Write).await?;
    let input = UnitInput {
        slug: String::new(),
        name: String::new(),
        sector: "licensing".into(),
        expected_users: String::new(),
    };
    let f = unit_form(&signed, &slug, None, &input, FieldErrors::new());
    Ok(form_page(&state, &head, &signed, f, StatusCode::OK).await)
}

/// `POST /admin/a/{agency}/units/new`.
pub async fn create_unit(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    post: AdminPost,
) -> Result<Response, AppError> {
    let AdminPost { signed, form, head } = post;
    let a = access::agency(&state.db, &signed.actor, &slug, Need::Write).await?;
    let (input, users, mut errors) = UnitInput::read(&form, true);
    if errors.is_empty() {
        let made = repo::create_unit(
            &state.db,
            a.id,
            &input.slug,
            &input.name,
            &input.sector,
            users,
        )
        .await;
        match made {
            Ok(()) => return Ok(super::flash::saved(&state, &format!("/admin/a/{slug}"))),
            Err(WriteError::SlugTaken) => push_error(&mut errors, "slug", i18n::SLUG_TAKEN.text()),
            Err(WriteError::Database(e)) => return Err(e.into()),
        }
    }
    let f = unit_form(&signed, &slug, None, &input, errors);
    Ok(form_page(&state, &head, &signed, f, StatusCode::UNPROCESSABLE_ENTITY).await)
}

/// `GET /admin/a/{agency}/u/{unit}/edit`.
pub async fn edit_unit_form(
    State(state): State<ServerState>,
    Path((a, u)): Path<(String, String)>,
    signed: Signed,
    head: Parts,
) -> Result<Response, AppError> {
    let (_, unit) = access::unit(&state.db, &signed.actor, &a, &u, Need::Write).await?;
    let input = UnitInput {
        slug: unit.slug,
        name: unit.name,
        sector: unit.sector,
        expected_users: unit
            .expected_users
            .map(|n| n.to_string())
            .unwrap_or_default(),
    };
    let f = unit_form(&signed, &a, Some(&u), &input, FieldErrors::new());
    Ok(form_page(&state, &head, &signed, f, StatusCode::OK).await)
}

/// `POST /admin/a/{agency}/u/{unit}/edit`.
pub async fn update_unit(
    State(state): State<ServerState>,
    Path((a, u)): Path<(String, String)>,
    post: AdminPost,
) -> Result<Response, AppError> {
    let AdminPost { signed, form, head } = post;
    let (_, unit) = access::unit(&state.db, &signed.actor, &a, &u, Need::Write).await?;
    let (input, users, errors) = UnitInput::read(&form, false);
    if !errors.is_empty() {
        let f = unit_form(&signed, &a, Some(&u), &input, errors);
        return Ok(form_page(&state, &head, &signed, f, StatusCode::UNPROCESSABLE_ENTITY).await);
    }
    repo::update_unit(&state.db, unit.id, &input.name, &input.sector, users).await?;
    state.surveys_changed();
    Ok(super::flash::saved(&state, &format!("/admin/a/{a}")))
}

/// `POST /admin/a/{agency}/u/{unit}/codes`: a batch of one-time codes,
/// shown once.
pub async fn codes(
    State(state): State<ServerState>,
    Path((a, u)): Path<(String, String)>,
    post: AdminPost,
) -> Result<Response, AppError> {
    let AdminPost { signed, form, head } = post;
    let lang = signed.lang;
    let (_, unit) = access::unit(&state.db, &signed.actor, &a, &u, Need::Write).await?;
    let back = format!("/admin/a/{a}");
    let title = i18n::CODES.get(lang).to_string();
    let (count, expires) = match batch_of(form.get("count"), form.get("days")) {
        Ok(batch) => batch,
        Err(problem) => {
            let problem = problem.get(lang).to_string();
            return Ok(admin_page(
                &state,
                &head,
                lang,
                Some(signed.who()),
                title,
                StatusCode::UNPROCESSABLE_ENTITY,
                move || {
                    view! {
                    <h1>{i18n::CODES.get(lang)}</h1>
                    <p class="field-error" role="alert">{problem.clone()}</p>
                    <p><a class="button secondary" href=back.clone()>{i18n::BACK.get(lang)}</a></p>
                }
                .into_any()
                },
            )
            .await);
        }
    };
    let batch = codes::generate(&state.db, &state.tokens, unit.id, count, expires).await?;
    tracing::info!(by = %signed.actor.user_id, unit = %unit.id, count, "service codes generated");
    super::slips::made(&state, &head, &signed, &a, &unit, batch.codes).await
}

/// How many codes a batch asks for (1..=[`codes::MAX_BATCH`]) and when
/// they stop being accepted (after 1..=[`codes::MAX_DAYS`] days, or never
/// when empty); what is wrong, when either is out of range.
fn batch_of(count: &str, days: &str) -> Result<(usize, Option<DateTime<Utc>>), Text> {
    let count = count
        .trim()
        .parse::<usize>()
        .ok()
        .filter(|n| (1..=codes::MAX_BATCH).contains(n))
        .ok_or_else(|| i18n::CODE_COUNT_RANGE.text_with(&[("max", codes::MAX_BATCH.into())]))?;
    let expires = match days.trim() {
        "" => None,
        d => Some(
            d.parse::<u32>()
                .ok()
                .and_then(codes::expiry)
                .ok_or_else(|| {
                    i18n::CODE_DAYS_RANGE.text_with(&[("max", codes::MAX_DAYS.into())])
                })?,
        ),
    };
    Ok((count, expires))
}
