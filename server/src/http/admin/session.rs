//! Signing in and out, and changing one's password.

use super::{AdminPost, SESSION_COOKIE, Signed, admin_page, read_form, same, see};
use crate::error::AppError;
use crate::http::ServerState;
use crate::http::client::{Client, cookie, lang};
use crate::http::render::limited_page;
use crate::services::auth;
use crate::services::password_policy::{self, Weak};
use app::domain::answers::{FieldErrors, push_error};
use app::domain::text::Lang;
use app::i18n::{self, Tr};
use app::pages::admin::{Field, FormPage, FormView, Input};
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header, request::Parts};
use axum::response::Response;
use leptos::prelude::*;

/// The login form's double-submit cookie (before there is a session).
const LOGIN_COOKIE: &str = "persepsi_login";

fn cookie_header(state: &ServerState, name: &str, value: &str, max_age: i64) -> HeaderValue {
    let mut v = format!("{name}={value}; Path=/admin; Max-Age={max_age}; HttpOnly; SameSite=Lax");
    if state.secure_cookies {
        v.push_str("; Secure");
    }
    HeaderValue::from_str(&v).expect("cookie values are ASCII")
}

/// Where to go after signing in: a local admin path only, of visible
/// ASCII (no spaces, line breaks or other bytes a `Location` header cannot
/// carry); anything else is `/admin`.
fn next_of(raw: &str) -> String {
    let local = raw == "/admin" || raw.starts_with("/admin/") || raw.starts_with("/admin?");
    let plain = raw.len() <= 2000 && raw.bytes().all(|b| b.is_ascii_graphic() && b != b'\\');
    if local && plain {
        raw.to_string()
    } else {
        "/admin".to_string()
    }
}

async fn login_page(
    state: &ServerState,
    head: &Parts,
    lang: Lang,
    email: String,
    next: String,
    errors: FieldErrors,
    status: StatusCode,
) -> Response {
    let csrf = crate::services::token::TokenKey::generate_secret();
    let action = format!(
        "/admin/login?{}",
        serde_urlencoded::to_string([("next", next.as_str())]).unwrap_or_default()
    );
    let form = FormView {
        title: i18n::LOGIN_TITLE.get(lang).to_string(),
        intro: Some(i18n::LOGIN_INTRO.get(lang).to_string()),
        action,
        fields: vec![
            Field::new("email", i18n::EMAIL, Input::Email, email).required(),
            Field::new("password", i18n::PASSWORD, Input::Password, "").required(),
        ],
        submit: i18n::LOGIN,
        errors,
        csrf: csrf.clone(),
        back: None,
        notice: None,
    };
    let mut r = admin_page(
        state,
        head,
        lang,
        None,
        i18n::LOGIN_TITLE.get(lang).to_string(),
        status,
        move || view! { <FormPage form=form.clone() lang=lang /> }.into_any(),
    )
    .await;
    r.headers_mut().append(
        header::SET_COOKIE,
        cookie_header(state, LOGIN_COOKIE, &csrf, 3600),
    );
    r
}

/// `GET /admin/login`.
pub async fn login_form(State(state): State<ServerState>, head: Parts) -> Response {
    let q = crate::http::extract::query(&head);
    let lang = lang(q.get("lang").map(String::as_str), &head.headers);
    let next = next_of(q.get("next").map(String::as_str).unwrap_or(""));
    login_page(
        &state,
        &head,
        lang,
        String::new(),
        next,
        FieldErrors::new(),
        StatusCode::OK,
    )
    .await
}

/// `POST /admin/login`: throttled per address and per account; a wrong
/// e-mail and a wrong password take as long and read alike.
pub async fn login(
    State(state): State<ServerState>,
    client: Client,
    req: Request<Body>,
) -> Result<Response, AppError> {
    let (head, body) = req.into_parts();
    let q = crate::http::extract::query(&head);
    let lang = lang(q.get("lang").map(String::as_str), &head.headers);
    let next = next_of(q.get("next").map(String::as_str).unwrap_or(""));
    // A body too large, a forged form and too many tries each have a page
    // of their own (413, 403, 429), not an `AppError`.
    let form = match read_form(&state, &head, body, lang).await {
        Ok(f) => f,
        Err(too_large) => return Ok(too_large),
    };
    let expected = cookie(&head.headers, LOGIN_COOKIE).unwrap_or_default();
    if !same(form.get("csrf"), &expected) {
        return Ok(super::csrf_refused(&state, &head, lang).await);
    }
    let email = form.get("email").to_string();
    if let Err(limited) = state.limits.check_login(client.0, &email).await {
        return Ok(limited_page(&state, &head, lang, limited).await);
    }
    let password = form.raw("password");
    let user =
        if email.is_empty() || password.is_empty() || email.len() > 200 || password.len() > 1000 {
            None
        } else {
            auth::check_login(&state.db, &email, &password).await?
        };
    let Some(user) = user else {
        tracing::info!("sign-in refused");
        let mut errors = FieldErrors::new();
        push_error(&mut errors, "email", i18n::LOGIN_FAILED.text());
        return Ok(login_page(
            &state,
            &head,
            lang,
            email,
            next,
            errors,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await);
    };
    let value = auth::open_session(&state.db, &state.tokens, &user).await?;
    tracing::info!(user = %user.id, "signed in");
    let mut r = see(&next);
    let h = r.headers_mut();
    h.append(
        header::SET_COOKIE,
        cookie_header(&state, SESSION_COOKIE, &value, auth::SESSION_HOURS * 3600),
    );
    h.append(
        header::SET_COOKIE,
        cookie_header(&state, LOGIN_COOKIE, "", 0),
    );
    Ok(r)
}

/// `POST /admin/logout`.
pub async fn logout(
    State(state): State<ServerState>,
    post: AdminPost,
) -> Result<Response, AppError> {
    auth::close_session(&state.db, &state.tokens, &post.signed.cookie).await?;
    let mut r = see("/admin/login");
    r.headers_mut().append(
        header::SET_COOKIE,
        cookie_header(&state, SESSION_COOKIE, "", 0),
    );
    Ok(r)
}

fn password_view(signed: &Signed, errors: FieldErrors, notice: Option<Tr>) -> FormView {
    FormView {
        title: i18n::PASSWORD_TITLE.get(signed.lang).to_string(),
        intro: None,
        action: "/admin/password".into(),
        fields: vec![
            Field::new("current", i18n::PASSWORD_CURRENT, Input::Password, "").required(),
            Field::new("new", i18n::PASSWORD_NEW, Input::Password, "")
                .help(i18n::PASSWORD_NEW_HELP)
                .required(),
        ],
        submit: i18n::SAVE,
        errors,
        csrf: signed.actor.csrf.clone(),
        back: Some("/admin".into()),
        notice,
    }
}

async fn show_password(
    state: &ServerState,
    head: &Parts,
    signed: &Signed,
    errors: FieldErrors,
    notice: Option<Tr>,
    status: StatusCode,
) -> Response {
    super::form_page(
        state,
        head,
        signed,
        password_view(signed, errors, notice),
        status,
    )
    .await
}

/// `GET /admin/password`.
pub async fn password_form(
    State(state): State<ServerState>,
    signed: Signed,
    head: Parts,
) -> Response {
    show_password(
        &state,
        &head,
        &signed,
        FieldErrors::new(),
        None,
        StatusCode::OK,
    )
    .await
}

/// What the page says of a refused new password.
pub(super) fn weak_message(weak: Weak) -> Tr {
    match weak {
        Weak::Length => i18n::PASSWORD_SHORT,
        Weak::Guessable => i18n::PASSWORD_COMMON,
        Weak::Email => i18n::PASSWORD_IS_EMAIL,
    }
}

/// `POST /admin/password`: the current password again, then the new one;
/// other sessions of the account end.
pub async fn password(
    State(state): State<ServerState>,
    client: Client,
    post: AdminPost,
) -> Result<Response, AppError> {
    let AdminPost { signed, form, head } = post;
    let (current, new) = (form.raw("current"), form.raw("new"));
    // Guessing the current password from a stolen session is throttled
    // too, in a bucket of its own.
    let bucket = format!("password-change:{}", signed.actor.email);
    if let Err(limited) = state.limits.check_login(client.0, &bucket).await {
        return Ok(limited_page(&state, &head, signed.lang, limited).await);
    }
    let mut errors = FieldErrors::new();
    if auth::check_login(&state.db, &signed.actor.email, &current)
        .await?
        .is_none()
    {
        push_error(&mut errors, "current", i18n::PASSWORD_WRONG.text());
    }
    if let Err(weak) = password_policy::check(&new, &signed.actor.email) {
        push_error(&mut errors, "new", weak_message(weak).text());
    }
    if !errors.is_empty() {
        return Ok(show_password(
            &state,
            &head,
            &signed,
            errors,
            None,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await);
    }
    auth::change_password(
        &state.db,
        &state.tokens,
        signed.actor.user_id,
        &new,
        &signed.cookie,
    )
    .await?;
    tracing::info!(user = %signed.actor.user_id, "password changed");
    Ok(show_password(
        &state,
        &head,
        &signed,
        FieldErrors::new(),
        Some(i18n::PASSWORD_CHANGED),
        StatusCode::OK,
    )
    .await)
}
