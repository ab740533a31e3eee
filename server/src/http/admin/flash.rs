//! A one-shot confirmation ("Tersimpan.") on the page a saved form lands
//! on: the 303 sets a short-lived cookie naming the message, the next
//! admin page shows it once and clears it. The cookie names a message from
//! a fixed list, never text to show, so it cannot carry markup.

use crate::http::ServerState;
use crate::http::client::cookie;
use app::i18n::{self, Tr};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};

/// The cookie's name.
const FLASH_COOKIE: &str = "persepsi_flash";

/// The messages a flash may name.
const MESSAGES: &[(&str, Tr)] = &[
    ("saved", i18n::SAVED),
    ("password-set", i18n::PASSWORD_SET),
    ("targets-saved", i18n::FIELD_TARGETS_SAVED),
    ("kiosk-revoked", i18n::KIOSK_REVOKED_DONE),
    ("questions-published", i18n::OWN_PUBLISHED_DONE),
];

fn header_of(state: &ServerState, value: &str, max_age: i64) -> HeaderValue {
    let mut v =
        format!("{FLASH_COOKIE}={value}; Path=/admin; Max-Age={max_age}; HttpOnly; SameSite=Lax");
    if state.secure_cookies {
        v.push_str("; Secure");
    }
    HeaderValue::from_str(&v).expect("cookie values are ASCII")
}

/// 303 to `to`, where the page says `key`'s message (one of [`MESSAGES`]).
pub fn see_with(state: &ServerState, to: &str, key: &'static str) -> Response {
    let mut r = Redirect::to(to).into_response();
    r.headers_mut()
        .append(header::SET_COOKIE, header_of(state, key, 120));
    r
}

/// 303 to `to`, where the page says "Saved".
pub fn saved(state: &ServerState, to: &str) -> Response {
    see_with(state, to, "saved")
}

/// The message a request's flash cookie names, if any.
pub fn pending(headers: &HeaderMap) -> Option<Tr> {
    let value = cookie(headers, FLASH_COOKIE)?;
    MESSAGES.iter().find(|(k, _)| *k == value).map(|(_, t)| *t)
}

/// Clears the flash once shown.
pub fn clear(state: &ServerState, headers: &mut HeaderMap) {
    headers.append(header::SET_COOKIE, header_of(state, "", 0));
}
