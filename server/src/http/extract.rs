//! What a handler reads off a request before it does anything: the bearer
//! token and the query string.

use axum::http::{HeaderMap, header, request::Parts};
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
        .filter(|(k, v)| !v.is_empty() && k != "lang")
        .collect()
}
