//! `GET /admin/invite/{secret}`: an invited person chooses their password;
//! `POST` sets it (the password policy applies) and uses the link up. A
//! used, expired or unknown link, or one of a disabled account, is a page
//! saying so (410), never a form. The link's secret, posted back with the
//! form, is the form's anti-forgery token: nobody else knows it.

use super::{admin_page, read_form};
use crate::error::AppError;
use crate::http::ServerState;
use crate::http::client::{Client, lang};
use crate::http::render::limited_page;
use crate::services::{auth, password_policy};
use crate::store::entities::{app_user, invite};
use crate::store::people;
use app::domain::answers::{FieldErrors, push_error};
use app::domain::text::Lang;
use app::i18n;
use app::pages::admin::{Field, FormPage, FormView, Input};
use axum::body::Body;
use axum::extract::{Path, Request, State};
use axum::http::{HeaderValue, StatusCode, header, request::Parts};
use axum::response::Response;
use leptos::prelude::*;

fn page_lang(head: &Parts) -> Lang {
    let q = crate::http::extract::query(head);
    lang(q.get("lang").map(String::as_str), &head.headers)
}

/// The page of a link that does not work.
async fn gone(state: &ServerState, head: &Parts, lang: Lang) -> Response {
    crate::http::render::message(
        state,
        head,
        StatusCode::GONE,
        lang,
        i18n::INVITE_GONE_TITLE,
        i18n::INVITE_GONE_BODY,
        None,
    )
    .await
}

async fn form(
    state: &ServerState,
    head: &Parts,
    lang: Lang,
    secret: &str,
    user: &app_user::Model,
    errors: FieldErrors,
    status: StatusCode,
) -> Response {
    let view = FormView {
        title: i18n::INVITE_TITLE.get(lang).to_string(),
        intro: Some(i18n::INVITE_INTRO.with(lang, &[("email", user.email.clone().into())])),
        action: format!("/admin/invite/{secret}"),
        fields: vec![
            Field::new("new", i18n::PASSWORD_NEW, Input::Password, "")
                .help(i18n::PASSWORD_NEW_HELP)
                .required(),
        ],
        submit: i18n::SAVE,
        errors,
        csrf: secret.to_string(),
        back: None,
        notice: None,
    };
    let mut r = admin_page(
        state,
        head,
        lang,
        None,
        i18n::INVITE_TITLE.get(lang).to_string(),
        status,
        move || view! { <FormPage form=view.clone() lang=lang /> }.into_any(),
    )
    .await;
    // The address holds a secret: not cached. (It goes as a referrer to
    // this site only, the admin pages' policy; "no-referrer" would make the
    // browser post `Origin: null`, which the Origin check refuses.)
    r.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

async fn open(
    state: &ServerState,
    secret: &str,
) -> Result<Option<(invite::Model, app_user::Model)>, AppError> {
    Ok(people::open_invite(&state.db, &state.tokens, secret, chrono::Utc::now()).await?)
}

/// `GET /admin/invite/{secret}`.
pub async fn page(
    State(state): State<ServerState>,
    Path(secret): Path<String>,
    head: Parts,
) -> Result<Response, AppError> {
    let lang = page_lang(&head);
    Ok(match open(&state, &secret).await? {
        Some((_, user)) => {
            form(
                &state,
                &head,
                lang,
                &secret,
                &user,
                FieldErrors::new(),
                StatusCode::OK,
            )
            .await
        }
        None => gone(&state, &head, lang).await,
    })
}

/// `POST /admin/invite/{secret}`: the new password; 303 to sign in.
pub async fn accept(
    State(state): State<ServerState>,
    Path(secret): Path<String>,
    client: Client,
    req: Request<Body>,
) -> Result<Response, AppError> {
    let (head, body) = req.into_parts();
    let lang = page_lang(&head);
    let posted = match read_form(&state, &head, body, lang).await {
        Ok(f) => f,
        Err(too_large) => return Ok(too_large),
    };
    // Guessing links is throttled as guessing passwords is.
    if let Err(limited) = state.limits.check_login(client.0, "invite").await {
        return Ok(limited_page(&state, &head, lang, limited).await);
    }
    let Some((inv, user)) = open(&state, &secret).await? else {
        return Ok(gone(&state, &head, lang).await);
    };
    let new = posted.raw("new");
    if let Err(weak) = password_policy::check(&new, &user.email) {
        let mut errors = FieldErrors::new();
        push_error(
            &mut errors,
            "new",
            super::session::weak_message(weak).text(),
        );
        let status = StatusCode::UNPROCESSABLE_ENTITY;
        return Ok(form(&state, &head, lang, &secret, &user, errors, status).await);
    }
    let hash = auth::hash_password(new).await?;
    if !people::accept(&state.db, inv.id, user.id, hash).await? {
        return Ok(gone(&state, &head, lang).await);
    }
    tracing::info!(user = %user.id, "invited account chose its password");
    Ok(super::flash::see_with(
        &state,
        "/admin/login",
        "password-set",
    ))
}
