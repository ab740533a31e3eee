//! `/admin/tokens`: an account's API tokens for its own tools. A token acts
//! with the account's role and reach; it is shown once and kept only as a
//! keyed hash. Making one asks for the account's password again (a session
//! alone, borrowed or stolen, cannot mint a lasting credential), and a
//! password change revokes them all. Each token has an end date and a
//! scope (read only, or read and change), chosen when it is made, and
//! revoking one asks first ([`super::token_revoke`]).

use super::token_form::{Choice, Problems, create_form, terms};
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
    show(&state, &head, &signed, Outcome::Blank, StatusCode::OK).await
}

/// What the page shows after a post: a fresh token with its terms, or the
/// choice again with its problems beside the fields.
enum Outcome {
    Blank,
    Fresh(String, String),
    Wrong(Choice, Problems),
}

async fn show(
    state: &ServerState,
    head: &Parts,
    signed: &Signed,
    outcome: Outcome,
    status: StatusCode,
) -> Result<Response, AppError> {
    let lang = signed.lang;
    let (fresh, choice, problems) = match outcome {
        Outcome::Blank => (None, Choice::default(), Problems::default()),
        Outcome::Fresh(t, terms) => (Some((t, terms)), Choice::default(), Problems::default()),
        Outcome::Wrong(c, p) => (None, c, p),
    };
    let tokens = api_tokens::of_user(&state.db, signed.actor.user_id).await?;
    let csrf = signed.actor.csrf.clone();
    let rows: Vec<(String, String, String, Option<String>)> = tokens
        .into_iter()
        .map(|t| {
            (
                t.id.to_string(),
                t.name,
                (t.created_at + chrono::Duration::hours(7))
                    .format("%Y-%m-%d %H:%M")
                    .to_string(),
                t.revoked_at
                    .is_none()
                    .then(|| terms(t.read_only, t.expires_at, lang)),
            )
        })
        .collect();
    Ok(admin_page(state, head, lang, Some(signed.who()), i18n::TOKENS.get(lang).to_string(), status, move || {
        let items = rows
            .iter()
            .map(|(id, name, at, live)| {
                view! {
                    <li>
                        <strong>{name.clone()}</strong> " · " {at.clone()}
                        {match live {
                            None => view! { " · " <span>{i18n::REVOKED.get(lang)}</span> }.into_any(),
                            Some(terms) => view! {
                                " · " <span class="terms">{terms.clone()}</span> " · "
                                <a href=format!("/admin/tokens/{id}/revoke")>{i18n::REVOKE.get(lang)}</a>
                            }
                            .into_any(),
                        }}
                    </li>
                }
            })
            .collect_view();
        view! {
            <h1>{i18n::TOKENS.get(lang)}</h1>
            <p class="lead">{i18n::TOKENS_INTRO.get(lang)}</p>
            <p><a href="/api/docs">{i18n::API_DOCS_READ.get(lang)}</a></p>
            {fresh.clone().map(|(t, terms)| view! {
                <p class="notice" role="status">{i18n::TOKEN_ONCE.get(lang)} " (" {terms} ")"</p>
                <pre class="snippet"><code id="new-token">{t}</code></pre>
            })}
            <ul>{items}</ul>
            {create_form(csrf.clone(), choice.clone(), problems, lang)}
        }
        .into_any()
    })
    .await)
}

/// `POST /admin/tokens`: a new token, shown once, after the account's
/// password and a valid end date (wrong: 422, each problem beside its
/// field, no token).
pub async fn create(
    State(state): State<ServerState>,
    client: Client,
    post: AdminPost,
) -> Result<Response, AppError> {
    let AdminPost { signed, form, head } = post;
    let choice = Choice::read(&form);
    let name = match choice.name.as_str() {
        "" => "token".to_string(),
        n => n.to_string(),
    };
    // Guessing the password from a stolen session is throttled, in a
    // bucket of its own.
    let bucket = format!("token-create:{}", signed.actor.email);
    if let Err(limited) = state.limits.check_login(client.0, &bucket).await {
        return Ok(limited_page(&state, &head, signed.lang, limited).await);
    }
    let password = form.raw("password");
    let right = password.len() <= 1000
        && auth::check_login(&state.db, &signed.actor.email, &password)
            .await?
            .is_some_and(|u| u.id == signed.actor.user_id);
    let grant = choice.grant(chrono::Utc::now());
    let (Some(grant), true) = (grant, right) else {
        if !right {
            tracing::info!(user = %signed.actor.user_id, "API token refused: wrong password");
        }
        let problems = Problems {
            password: !right,
            until: grant.is_none(),
        };
        let wrong = Outcome::Wrong(choice, problems);
        return show(
            &state,
            &head,
            &signed,
            wrong,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    };
    let token = api_tokens::create_for_user_with(
        &state.db,
        &state.tokens,
        signed.actor.user_id,
        &name,
        grant,
    )
    .await?;
    tracing::info!(user = %signed.actor.user_id, read_only = grant.read_only, "API token created");
    let fresh = Outcome::Fresh(token, terms(grant.read_only, grant.expires_at, signed.lang));
    show(&state, &head, &signed, fresh, StatusCode::OK).await
}

/// `POST /admin/tokens/{id}/revoke`: the account's own tokens only; any
/// other id does not exist. Without the confirmation page's `confirm`, it
/// asks first (303 to that page) and revokes nothing.
pub async fn revoke(
    State(state): State<ServerState>,
    Path(id): Path<String>,
    post: AdminPost,
) -> Result<Response, AppError> {
    let id = uuid::Uuid::parse_str(&id).map_err(|_| AppError::NotFound)?;
    if post.form.get("confirm") != "yes" {
        return Ok(see(&format!("/admin/tokens/{id}/revoke")));
    }
    if api_tokens::revoke_for_user(&state.db, post.signed.actor.user_id, id).await? {
        Ok(see("/admin/tokens"))
    } else {
        Err(AppError::NotFound)
    }
}
