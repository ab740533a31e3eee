//! `/admin/tokens`: an account's API tokens for its own tools. A token acts
//! with the account's role and reach; it is shown once and kept only as a
//! keyed hash. Making one asks for the account's password again (a session
//! alone, borrowed or stolen, cannot mint a lasting credential), and a
//! password change revokes them all.

use super::{AdminPost, Signed, admin_page, see};
use crate::error::AppError;
use crate::http::ServerState;
use crate::http::client::Client;
use crate::http::render::limited_page;
use crate::services::auth;
use crate::store::api_tokens;
use app::i18n;
use axum::extract::{Path, State};
use axum::http::{StatusCode, request::Parts};
use axum::response::Response;
use leptos::prelude::*;

/// `GET /admin/tokens`.
pub async fn list(
    State(state): State<ServerState>,
    signed: Signed,
    head: Parts,
) -> Result<Response, AppError> {
    show(&state, &head, &signed, None, StatusCode::OK).await
}

/// What the page shows after a post: a fresh token, or the password's
/// problem beside its field.
enum Outcome {
    Fresh(String),
    WrongPassword,
}

async fn show(
    state: &ServerState,
    head: &Parts,
    signed: &Signed,
    outcome: Option<Outcome>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let lang = signed.lang;
    let (fresh, wrong) = match outcome {
        Some(Outcome::Fresh(t)) => (Some(t), false),
        Some(Outcome::WrongPassword) => (None, true),
        None => (None, false),
    };
    let tokens = api_tokens::of_user(&state.db, signed.actor.user_id).await?;
    let csrf = signed.actor.csrf.clone();
    let rows: Vec<(String, String, String, bool)> = tokens
        .into_iter()
        .map(|t| {
            (
                t.id.to_string(),
                t.name,
                (t.created_at + chrono::Duration::hours(7))
                    .format("%Y-%m-%d %H:%M")
                    .to_string(),
                t.revoked_at.is_some(),
            )
        })
        .collect();
    Ok(admin_page(state, head, lang, Some(signed.who()), i18n::TOKENS.get(lang).to_string(), status, move || {
        let items = rows
            .iter()
            .map(|(id, name, at, revoked)| {
                let csrf = csrf.clone();
                view! {
                    <li>
                        <strong>{name.clone()}</strong> " · " {at.clone()}
                        {if *revoked {
                            view! { " · " <span>{i18n::REVOKED.get(lang)}</span> }.into_any()
                        } else {
                            view! {
                                <form method="post" action=format!("/admin/tokens/{id}/revoke") class="inline">
                                    <input type="hidden" name="csrf" value=csrf />
                                    " " <button type="submit" class="link">{i18n::REVOKE.get(lang)}</button>
                                </form>
                            }
                            .into_any()
                        }}
                    </li>
                }
            })
            .collect_view();
        view! {
            <h1>{i18n::TOKENS.get(lang)}</h1>
            <p class="lead">{i18n::TOKENS_INTRO.get(lang)}</p>
            {fresh.clone().map(|t| view! {
                <p class="notice" role="status">{i18n::TOKEN_ONCE.get(lang)}</p>
                <pre class="snippet"><code id="new-token">{t}</code></pre>
            })}
            <ul>{items}</ul>
            {create_form(csrf.clone(), wrong, lang)}
        }
        .into_any()
    })
    .await)
}

/// The form that makes a token: its name, and the account's password (with
/// its problem beside it when it was wrong).
fn create_form(csrf: String, wrong: bool, lang: app::domain::text::Lang) -> impl IntoView {
    view! {
        <form method="post" action="/admin/tokens" class="admin-form">
            <input type="hidden" name="csrf" value=csrf />
            <div class="item">
                <label for="in-name">{i18n::TOKEN_NAME.get(lang)}</label>
                <input type="text" id="in-name" name="name" maxlength="100" />
            </div>
            <div class="item" class:invalid=wrong>
                <label for="in-password">{i18n::TOKEN_PASSWORD.get(lang)}</label>
                {wrong.then(|| view! {
                    <p class="field-error" id="err-password">{i18n::TOKEN_PASSWORD_WRONG.get(lang)}</p>
                })}
                <input type="password" id="in-password" name="password" required=true
                    autocomplete="current-password"
                    aria-describedby=wrong.then_some("err-password")
                    aria-invalid=wrong.then_some("true") />
            </div>
            <button type="submit" class="button">{i18n::TOKEN_CREATE.get(lang)}</button>
        </form>
    }
}

/// `POST /admin/tokens`: a new token, shown once, after the account's
/// password (wrong: 422, the problem beside the field, no token).
pub async fn create(
    State(state): State<ServerState>,
    client: Client,
    post: AdminPost,
) -> Result<Response, AppError> {
    let AdminPost { signed, form, head } = post;
    let name: String = match form.get("name") {
        "" => "token".into(),
        n => n.chars().take(100).collect(),
    };
    // Guessing the password from a stolen session is throttled, in a
    // bucket of its own.
    let bucket = format!("token-create:{}", signed.actor.email);
    if let Err(limited) = state.limits.check_login(client.0, &bucket) {
        return Ok(limited_page(&state, &head, signed.lang, limited).await);
    }
    let password = form.raw("password");
    let right = password.len() <= 1000
        && auth::check_login(&state.db, &signed.actor.email, &password)
            .await?
            .is_some_and(|u| u.id == signed.actor.user_id);
    if !right {
        tracing::info!(user = %signed.actor.user_id, "API token refused: wrong password");
        let wrong = Some(Outcome::WrongPassword);
        return show(
            &state,
            &head,
            &signed,
            wrong,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    let token =
        api_tokens::create_for_user(&state.db, &state.tokens, signed.actor.user_id, &name).await?;
    tracing::info!(user = %signed.actor.user_id, "API token created");
    let fresh = Some(Outcome::Fresh(token));
    show(&state, &head, &signed, fresh, StatusCode::OK).await
}

/// `POST /admin/tokens/{id}/revoke`: the account's own tokens only; any
/// other id does not exist.
pub async fn revoke(
    State(state): State<ServerState>,
    Path(id): Path<String>,
    post: AdminPost,
) -> Result<Response, AppError> {
    let id = uuid::Uuid::parse_str(&id).map_err(|_| AppError::NotFound)?;
    if api_tokens::revoke_for_user(&state.db, post.signed.actor.user_id, id).await? {
        Ok(see("/admin/tokens"))
    } else {
        Err(AppError::NotFound)
    }
}
