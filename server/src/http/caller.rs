//! Who calls an export or the ranking: the owner of an API token, or a
//! signed-in account.

use super::admin::{SESSION_COOKIE, Signed};
use super::api::error;
use super::extract::bearer;
use crate::http::ServerState;
use crate::http::client::{cookie, lang};
use crate::services::access::Actor;
use crate::services::bearer::{Presented, actor_of_token};
use app::domain::text::Lang;
use axum::extract::FromRequestParts;
use axum::http::{HeaderValue, StatusCode, header, request::Parts};
use axum::response::Response;

/// Who asks for an export: a token's owner or a signed-in account.
pub struct Caller {
    /// Their reach.
    pub actor: Actor,
    /// A read-only token: a route that changes something refuses it.
    pub read_only: bool,
}

impl FromRequestParts<ServerState> for Caller {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &ServerState) -> Result<Self, Response> {
        let lang = lang(None, &parts.headers);
        if let Some(token) = bearer(&parts.headers) {
            return match actor_of_token(&state.db, &state.tokens, token).await {
                Ok(Presented::Valid { who, read_only }) => Ok(Caller {
                    actor: who,
                    read_only,
                }),
                Ok(Presented::Expired) => Err(expired(lang)),
                Ok(Presented::Unknown) => Err(unauthorized(lang)),
                Err(e) => Err(super::api::app_error(e.into(), lang)),
            };
        }
        if cookie(&parts.headers, SESSION_COOKIE).is_some()
            || parts.uri.path().starts_with("/admin")
        {
            return Signed::from_request_parts(parts, state)
                .await
                .map(|s| Caller {
                    actor: s.actor,
                    read_only: false,
                });
        }
        Err(unauthorized(lang))
    }
}

/// 401: no token, or one the server does not know.
pub(crate) fn unauthorized(lang: Lang) -> Response {
    refused(app::i18n::API_TOKEN_NEEDED.get(lang), "Bearer")
}

/// 401: a token past its end date, said so (its holder needs a new one,
/// not a second look at the header).
pub(crate) fn expired(lang: Lang) -> Response {
    refused(
        app::i18n::API_TOKEN_EXPIRED.get(lang),
        "Bearer error=\"invalid_token\", error_description=\"expired\"",
    )
}

/// 403: a read-only token on a route that changes something.
pub(crate) fn read_only(lang: Lang) -> Response {
    error(
        StatusCode::FORBIDDEN,
        app::i18n::API_TOKEN_READ_ONLY.get(lang),
    )
}

fn refused(message: &str, challenge: &'static str) -> Response {
    let mut r = error(StatusCode::UNAUTHORIZED, message);
    r.headers_mut().insert(
        header::WWW_AUTHENTICATE,
        HeaderValue::from_static(challenge),
    );
    r
}
