//! `GET /admin/tokens/{id}/revoke`: asks before a token is revoked. The
//! tools using it stop at once and it cannot be undone, so the list only
//! links here; the button on this page sends the revoking post, and "No"
//! goes back to the list. Works without JavaScript.

use super::token_form::terms;
use super::{Signed, admin_page};
use crate::error::AppError;
use crate::http::ServerState;
use crate::store::api_tokens;
use app::i18n;
use axum::extract::{Path, State};
use axum::http::{StatusCode, request::Parts};
use axum::response::Response;
use leptos::prelude::*;

/// The handler: the account's own live tokens only; any other id does not
/// exist.
pub async fn confirm(
    State(state): State<ServerState>,
    Path(id): Path<String>,
    signed: Signed,
    head: Parts,
) -> Result<Response, AppError> {
    let id = uuid::Uuid::parse_str(&id).map_err(|_| AppError::NotFound)?;
    let token = api_tokens::one_of_user(&state.db, signed.actor.user_id, id)
        .await?
        .filter(|t| t.revoked_at.is_none())
        .ok_or(AppError::NotFound)?;
    let lang = signed.lang;
    let csrf = signed.actor.csrf.clone();
    let question = i18n::REVOKE_ASK.with(lang, &[("name", token.name.clone().into())]);
    let detail = terms(token.read_only, token.expires_at, lang);
    let title = i18n::REVOKE_TITLE.get(lang).to_string();
    Ok(admin_page(
        &state,
        &head,
        lang,
        Some(signed.who()),
        title,
        StatusCode::OK,
        move || {
            view! {
            <h1>{question.clone()}</h1>
            <p>{detail.clone()}</p>
            <p class="notice">{i18n::REVOKE_WARNING.get(lang)}</p>
            <form method="post" action=format!("/admin/tokens/{id}/revoke") class="admin-form">
                <input type="hidden" name="csrf" value=csrf.clone() />
                <input type="hidden" name="confirm" value="yes" />
                <button type="submit" class="button warning">{i18n::REVOKE_YES.get(lang)}</button>
            </form>
            <p><a href="/admin/tokens">{i18n::REVOKE_NO.get(lang)}</a></p>
        }
        .into_any()
        },
    )
    .await)
}
