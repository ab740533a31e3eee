//! `/admin/tokens`: an account's API tokens for its own tools. A token acts
//! with the account's role and reach; it is shown once and kept only as a
//! keyed hash.

use super::{AdminPost, Signed, admin_page, see};
use crate::error::AppError;
use crate::http::ServerState;
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
    show(&state, &head, &signed, None).await
}

async fn show(
    state: &ServerState,
    head: &Parts,
    signed: &Signed,
    fresh: Option<String>,
) -> Result<Response, AppError> {
    let lang = signed.lang;
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
    Ok(admin_page(state, head, lang, Some(signed.who()), i18n::TOKENS.get(lang).to_string(), StatusCode::OK, move || {
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
            <form method="post" action="/admin/tokens" class="admin-form">
                <input type="hidden" name="csrf" value=csrf.clone() />
                <div class="item">
                    <label for="in-name">{i18n::TOKEN_NAME.get(lang)}</label>
                    <input type="text" id="in-name" name="name" maxlength="100" />
                </div>
                <button type="submit" class="button">{i18n::TOKEN_CREATE.get(lang)}</button>
            </form>
        }
        .into_any()
    })
    .await)
}

/// `POST /admin/tokens`: a new token, shown once.
pub async fn create(
    State(state): State<ServerState>,
    post: AdminPost,
) -> Result<Response, AppError> {
    let AdminPost { signed, form, head } = post;
    let name: String = match form.get("name") {
        "" => "token".into(),
        n => n.chars().take(100).collect(),
    };
    let token =
        api_tokens::create_for_user(&state.db, &state.tokens, signed.actor.user_id, &name).await?;
    tracing::info!(user = %signed.actor.user_id, "API token created");
    show(&state, &head, &signed, Some(token)).await
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
