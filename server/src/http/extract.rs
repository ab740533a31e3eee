//! What a handler reads off a request before it does anything: the bearer
//! token and the query string.

use app::domain::answers::{FieldErrors, push_error};
use axum::http::{HeaderMap, header, request::Parts};
use serde::de::DeserializeOwned;
use std::collections::BTreeMap;

/// The token of an `Authorization: Bearer …` header.
pub fn bearer(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(header::AUTHORIZATION)?
        .to_str()
        .ok()?
        .strip_prefix("Bearer ")
        .map(str::trim)
}

/// The query string as a map (the last of a repeated key wins).
pub fn query(parts: &Parts) -> BTreeMap<String, String> {
    pairs(parts.uri.query()).into_iter().collect()
}

/// The query string's pairs, in order.
pub fn pairs(raw: Option<&str>) -> Vec<(String, String)> {
    serde_urlencoded::from_str::<Vec<(String, String)>>(raw.unwrap_or("")).unwrap_or_default()
}

/// The query string's filled-in pairs, without the page language.
pub fn pairs_of(raw: Option<&str>) -> Vec<(String, String)> {
    pairs(raw)
        .into_iter()
        .filter(|(k, v)| filled(k, v) && k != "lang")
        .collect()
}

/// Whether a filter's pair counts: a form leaves a field empty to mean no
/// filter, but a yes-or-no filter is sent `true` or not at all (a
/// checkbox), so an empty one is kept, to be refused as the wrong type.
pub fn filled(key: &str, value: &str) -> bool {
    !value.is_empty() || matches!(key, "verified" | "suspect" | "bom")
}

/// The pairs as `T`: a key `T` does not know, or a value it cannot take,
/// is refused with serde's words.
pub fn strict<T: DeserializeOwned>(pairs: &[(String, String)]) -> Result<T, String> {
    let text = serde_urlencoded::to_string(pairs).map_err(|e| e.to_string())?;
    serde_urlencoded::from_str(&text).map_err(|e| e.to_string())
}

/// The whole query string as `T`, strictly; what is wrong is a field error
/// on `query`.
pub fn strict_query<T: DeserializeOwned>(raw: Option<&str>) -> Result<T, FieldErrors> {
    serde_urlencoded::from_str(raw.unwrap_or("")).map_err(|e| {
        let mut errors = FieldErrors::new();
        push_error(
            &mut errors,
            "query",
            app::i18n::INVALID_PARAMETER.text_with(&[("detail", e.to_string().into())]),
        );
        errors
    })
}
