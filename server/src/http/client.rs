//! Who is asking: the client's network address as a keyed hash, and the
//! page language.

use crate::http::ServerState;
use crate::http::rate_limit::NetworkKey;
use crate::services::token::DeviceId;
use app::domain::text::Lang;
use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::{HeaderMap, HeaderValue, header, request::Parts};
use std::convert::Infallible;
use std::net::{IpAddr, SocketAddr};

/// The client's network: its key for the rate limits, and its address,
/// which is only ever stored as a keyed hash (`services::integrity`) and
/// never logged.
#[derive(Clone, Copy, Debug)]
pub struct Client(pub NetworkKey, pub Option<IpAddr>);

impl FromRequestParts<ServerState> for Client {
    type Rejection = Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &ServerState,
    ) -> Result<Self, Infallible> {
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip());
        let forwarded = state
            .trust_proxy
            .then(|| forwarded_for(&parts.headers))
            .flatten();
        let ip = forwarded.or(peer);
        // IPv6 clients are keyed by their /64: one household, one network.
        let key = match ip {
            Some(IpAddr::V6(v6)) => state.limits.key_of(&v6.octets()[..8]),
            Some(IpAddr::V4(v4)) => state.limits.key_of(v4.octets()),
            None => 0,
        };
        Ok(Client(NetworkKey(key), ip))
    }
}

/// The address the nearest trusted proxy saw: the last entry.
fn forwarded_for(headers: &HeaderMap) -> Option<IpAddr> {
    let value = headers
        .get_all("x-forwarded-for")
        .iter()
        .next_back()?
        .to_str()
        .ok()?;
    value.rsplit(',').next()?.trim().parse().ok()
}

/// The name of the language cookie.
pub const LANG_COOKIE: &str = "persepsi_lang";

/// The page language: an explicit choice (`?lang=` or a form field), else
/// the remembered cookie, else `Accept-Language`, else Indonesian.
pub fn lang(explicit: Option<&str>, headers: &HeaderMap) -> Lang {
    explicit
        .and_then(Lang::from_code)
        .or_else(|| cookie(headers, LANG_COOKIE).and_then(|c| Lang::from_code(&c)))
        .or_else(|| {
            headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Lang::from_accept_language)
        })
        .unwrap_or_default()
}

/// The name of the signed device cookie.
pub const DEVICE_COOKIE: &str = "persepsi_device";

/// A `Set-Cookie` value remembering the language for a year.
pub fn lang_cookie(lang: Lang, secure: bool) -> HeaderValue {
    set_cookie(LANG_COOKIE, lang.code(), false, secure)
}

/// A year-long cookie, `SameSite=Lax`; `HttpOnly` when scripts have no
/// business reading it.
pub fn set_cookie(name: &str, value: &str, http_only: bool, secure: bool) -> HeaderValue {
    cookie_value(name, value, 31_536_000, http_only, secure)
}

/// An `HttpOnly`, `SameSite=Lax` cookie kept `max_age` seconds.
pub fn set_cookie_for(name: &str, value: &str, max_age: u32, secure: bool) -> HeaderValue {
    cookie_value(name, value, max_age, true, secure)
}

fn cookie_value(
    name: &str,
    value: &str,
    max_age: u32,
    http_only: bool,
    secure: bool,
) -> HeaderValue {
    let mut v = format!("{name}={value}; Path=/; Max-Age={max_age}; SameSite=Lax");
    if http_only {
        v.push_str("; HttpOnly");
    }
    if secure {
        v.push_str("; Secure");
    }
    HeaderValue::from_str(&v).expect("cookie values are ASCII")
}

/// The device, from its signed cookie; `None` without one (or with a
/// forged one).
pub fn device(state: &ServerState, headers: &HeaderMap) -> Option<DeviceId> {
    cookie(headers, DEVICE_COOKIE).and_then(|c| state.tokens.verify_device(&c))
}

/// The value of a cookie.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|pair| {
            let (k, v) = pair.trim().split_once('=')?;
            (k == name).then(|| v.to_string())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_choice_order() {
        let mut h = HeaderMap::new();
        h.insert(
            header::ACCEPT_LANGUAGE,
            HeaderValue::from_static("en-US,en"),
        );
        assert_eq!(lang(None, &h), Lang::En);
        h.insert(
            header::COOKIE,
            HeaderValue::from_static("a=b; persepsi_lang=id"),
        );
        assert_eq!(lang(None, &h), Lang::Id);
        assert_eq!(lang(Some("en"), &h), Lang::En);
        assert_eq!(lang(None, &HeaderMap::new()), Lang::Id);
    }

    #[test]
    fn forwarded_for_takes_the_nearest_hop() {
        let mut h = HeaderMap::new();
        h.insert(
            "x-forwarded-for",
            HeaderValue::from_static("10.0.0.1, 203.0.113.9"),
        );
        assert_eq!(forwarded_for(&h), Some("203.0.113.9".parse().unwrap()));
    }
}
