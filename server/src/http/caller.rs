//! Who calls an export or the ranking: the owner of an API token, or a
//! signed-in account.

use super::admin::{SESSION_COOKIE, Signed};
use super::api::error;
use super::extract::bearer;
use crate::http::ServerState;
use crate::http::client::{cookie, lang};
use crate::services::access::Actor;
use app::domain::text::Lang;
use axum::extract::FromRequestParts;
use axum::http::{HeaderValue, StatusCode, header, request::Parts};
use axum::response::Response;

/// Who asks for an export: a token's owner or a signed-in account.
pub struct Caller {
    /// Their reach.
    pub actor: Actor,
}

impl FromRequestParts<ServerState> for Caller {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &ServerState) -> Result<Self, Response> {
        let lang = lang(None, &parts.headers);
        if let Some(token) = bearer(&parts.headers) {
            return match crate::services::auth::actor_of_token(&state.db, &state.tokens, token)
                .await
            {
                Ok(Some(actor)) => Ok(Caller { actor }),
                Ok(None) => Err(unauthorized(lang)),
                Err(e) => Err(super::api::app_error(e.into(), lang)),
            };
        }
        if cookie(&parts.headers, SESSION_COOKIE).is_some()
            || parts.uri.path().starts_with("/admin")
        {
            return Signed::from_request_parts(parts, state)
                .await
                .map(|s| Caller { actor: s.actor });
        }
        Err(unauthorized(lang))
    }
}

fn unauthorized(lang: Lang) -> Response {
    let mut r = error(
        StatusCode::UNAUTHORIZED,
        app::i18n::API_TOKEN_NEEDED.get(lang),
    );
    r.headers_mut()
        .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
    r
}
