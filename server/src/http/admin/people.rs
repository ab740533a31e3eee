//! `GET /admin/people`: the accounts one manages; `/admin/people/new`:
//! invite someone (the account now, a one-time link to pass on);
//! `POST /admin/people/{id}/disable`. Who may touch which account is
//! decided in `services::people`.

use super::{AdminPost, Signed, admin_page, form_page, see};
use crate::error::AppError;
use crate::http::ServerState;
use crate::services::access::{self, Actor, Role};
use crate::services::people;
use crate::store::people::{NewAccount, is_invited};
use app::domain::answers::{FieldErrors, push_error};
use app::domain::text::Lang;
use app::i18n::{self, Tr};
use app::pages::admin::people::{
    InvitedPage, InvitedView, PeoplePage, PeopleView, PersonRow, Standing,
};
use app::pages::admin::{Field, FormView, Input};
use axum::extract::{Path, State};
use axum::http::{StatusCode, request::Parts};
use axum::response::Response;
use leptos::prelude::*;
use uuid::Uuid;

/// The roles an admin may give, in words.
const ROLES: &[(Role, Tr)] = &[
    (Role::Manager, i18n::ROLE_MANAGER),
    (Role::Assessor, i18n::ROLE_ASSESSOR),
    (Role::Enumerator, i18n::ROLE_ENUMERATOR),
    (Role::Admin, i18n::ROLE_ADMIN),
];

fn role_label(code: &str, lang: Lang) -> String {
    ROLES
        .iter()
        .find(|(r, _)| r.code() == code)
        .map(|(_, t)| t.get(lang).to_string())
        .unwrap_or_else(|| code.to_string())
}

/// `GET /admin/people`.
pub async fn list(
    State(state): State<ServerState>,
    signed: Signed,
    head: Parts,
) -> Result<Response, AppError> {
    let lang = signed.lang;
    let accounts = people::accounts(&state.db, &signed.actor).await?;
    let agencies = access::agencies(&state.db, &signed.actor).await?;
    let rows = accounts
        .into_iter()
        .map(|u| {
            let standing = if u.disabled_at.is_some() {
                Standing::Disabled
            } else if is_invited(&u) {
                Standing::Invited
            } else {
                Standing::Active
            };
            let agency = u
                .agency_id
                .and_then(|id| agencies.iter().find(|a| a.id == id))
                .map(|a| a.name.clone());
            PersonRow {
                id: u.id.to_string(),
                can_disable: u.id != signed.actor.user_id
                    && (signed.actor.is_admin() || u.role == Role::Manager.code()),
                email: u.email,
                role: role_label(&u.role, lang),
                place: agency.or(u.province),
                standing,
            }
        })
        .collect();
    let view = PeopleView {
        rows,
        csrf: signed.actor.csrf.clone(),
    };
    Ok(admin_page(
        &state,
        &head,
        lang,
        Some(signed.who()),
        i18n::PEOPLE_TITLE.get(lang).to_string(),
        StatusCode::OK,
        move || view! { <PeoplePage view=view.clone() lang=lang /> }.into_any(),
    )
    .await)
}

/// What the invite form was given.
#[derive(Default)]
struct Asked {
    email: String,
    role: String,
    agency: String,
    province: String,
}

/// The invite form: an admin chooses the role and agency; a manager's are
/// fixed (a manager of their own agency).
async fn invite_form(
    state: &ServerState,
    actor: &Actor,
    lang: Lang,
    asked: &Asked,
    errors: FieldErrors,
) -> Result<FormView, AppError> {
    let mut fields =
        vec![Field::new("email", i18n::EMAIL, Input::Email, asked.email.clone()).required()];
    let agencies = access::agencies(&state.db, actor).await?;
    if actor.is_admin() {
        let roles = ROLES
            .iter()
            .map(|(r, t)| (r.code().to_string(), t.get(lang).to_string()))
            .collect();
        let mut choices = vec![(String::new(), i18n::PEOPLE_NO_AGENCY.get(lang).to_string())];
        choices.extend(agencies.iter().map(|a| (a.slug.clone(), a.name.clone())));
        fields.push(
            Field::new(
                "role",
                i18n::PEOPLE_ROLE,
                Input::Select(roles),
                asked.role.clone(),
            )
            .required(),
        );
        fields.push(
            Field::new(
                "agency",
                i18n::PEOPLE_AGENCY,
                Input::Select(choices),
                asked.agency.clone(),
            )
            .help(i18n::PEOPLE_AGENCY_HELP),
        );
        fields.push(
            Field::new(
                "province",
                i18n::PEOPLE_PROVINCE,
                Input::Text,
                asked.province.clone(),
            )
            .help(i18n::PEOPLE_PROVINCE_HELP),
        );
    } else {
        let name = agencies.first().map(|a| a.name.clone()).unwrap_or_default();
        fields.push(Field::new(
            "role",
            i18n::PEOPLE_ROLE,
            Input::Fixed,
            i18n::ROLE_MANAGER.get(lang),
        ));
        fields.push(Field::new(
            "agency",
            i18n::PEOPLE_AGENCY,
            Input::Fixed,
            name,
        ));
    }
    Ok(FormView {
        title: i18n::PEOPLE_NEW_TITLE.get(lang).to_string(),
        intro: Some(i18n::PEOPLE_NEW_INTRO.get(lang).to_string()),
        action: "/admin/people/new".into(),
        fields,
        submit: i18n::PEOPLE_INVITE,
        errors,
        csrf: actor.csrf.clone(),
        back: Some("/admin/people".into()),
        notice: None,
    })
}

/// `GET /admin/people/new`.
pub async fn new_form(
    State(state): State<ServerState>,
    signed: Signed,
    head: Parts,
) -> Result<Response, AppError> {
    people::reach(&signed.actor)?;
    let asked = Asked {
        role: Role::Manager.code().into(),
        ..Asked::default()
    };
    let form = invite_form(
        &state,
        &signed.actor,
        signed.lang,
        &asked,
        FieldErrors::new(),
    )
    .await?;
    Ok(form_page(&state, &head, &signed, form, StatusCode::OK).await)
}

/// A plausible e-mail address: one `@` with text either side and a dot
/// after it, no spaces, not too long.
fn is_email(s: &str) -> bool {
    let Some((user, host)) = s.split_once('@') else {
        return false;
    };
    !user.is_empty()
        && host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
        && !host.contains('@')
        && s.len() <= 200
        && !s.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// `POST /admin/people/new`: a manager asking for any other role or agency
/// is refused (403) and nothing is made.
pub async fn invite(
    State(state): State<ServerState>,
    post: AdminPost,
) -> Result<Response, AppError> {
    let AdminPost { signed, form, head } = post;
    let actor = &signed.actor;
    let own = people::reach(actor)?;
    let asked = Asked {
        email: form.get("email").to_lowercase(),
        role: form.get("role").to_string(),
        agency: form.get("agency").to_string(),
        province: form.get("province").to_string(),
    };
    // A manager's form has no role or agency to choose; whatever is sent
    // must be what the form shows, or the request is refused.
    let role = match (own, asked.role.as_str()) {
        (Some(_), "" | "manager") => Role::Manager,
        (Some(_), _) => return Err(AppError::Forbidden),
        (None, r) => Role::parse(r).ok_or(AppError::Forbidden)?,
    };
    let agency = match (own, asked.agency.as_str()) {
        (Some(id), "") => Some(id),
        (_, "") => None,
        (_, slug) => Some(
            access::agency(&state.db, actor, slug, access::Need::Write)
                .await?
                .id,
        ),
    };
    let mut errors = FieldErrors::new();
    if !is_email(&asked.email) {
        push_error(&mut errors, "email", i18n::PEOPLE_EMAIL_BAD.text());
    } else if crate::store::people::email_taken(&state.db, &asked.email).await? {
        push_error(&mut errors, "email", i18n::PEOPLE_EMAIL_TAKEN.text());
    }
    if role == Role::Manager && agency.is_none() {
        push_error(&mut errors, "agency", i18n::PEOPLE_AGENCY_NEEDED.text());
    }
    if !errors.is_empty() {
        let form = invite_form(&state, actor, signed.lang, &asked, errors).await?;
        return Ok(form_page(
            &state,
            &head,
            &signed,
            form,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await);
    }
    let province = (matches!(role, Role::Assessor | Role::Enumerator)
        && !asked.province.is_empty())
    .then(|| access::canonical_region(&asked.province));
    let new = NewAccount {
        email: &asked.email,
        role: role.code(),
        agency_id: if role == Role::Manager { agency } else { None },
        province,
    };
    let (id, secret) = people::invite(&state.db, &state.tokens, actor, new, role).await?;
    tracing::info!(by = %actor.user_id, user = %id, "account invited");
    let view = InvitedView {
        email: asked.email,
        link: format!(
            "{}/admin/invite/{secret}",
            super::public_base(&state, &head)
        ),
        hours: people::INVITE_HOURS,
    };
    let lang = signed.lang;
    let mut r = admin_page(
        &state,
        &head,
        lang,
        Some(signed.who()),
        i18n::INVITED_TITLE.get(lang).to_string(),
        StatusCode::OK,
        move || view! { <InvitedPage view=view.clone() lang=lang /> }.into_any(),
    )
    .await;
    // The link is a secret: not kept by the browser's cache.
    r.headers_mut().insert(
        axum::http::header::CACHE_CONTROL,
        axum::http::HeaderValue::from_static("no-store"),
    );
    Ok(r)
}

/// `POST /admin/people/{id}/disable`, once `confirm` is ticked.
pub async fn disable(
    State(state): State<ServerState>,
    Path(id): Path<String>,
    post: AdminPost,
) -> Result<Response, AppError> {
    let AdminPost { signed, form, .. } = post;
    let id = Uuid::parse_str(&id).map_err(|_| AppError::NotFound)?;
    if form.get("confirm") != "yes" {
        people::target(&state.db, &signed.actor, id).await?;
        return Ok(see("/admin/people"));
    }
    people::disable(&state.db, &signed.actor, id).await?;
    tracing::info!(by = %signed.actor.user_id, user = %id, "account disabled");
    Ok(super::flash::saved(&state, "/admin/people"))
}
