//! The Origin check: a state-changing request under `/admin` that says it
//! comes from another site (its `Origin`, or without one its `Referer`) is
//! refused with 403 before any handler runs. It stands beside the
//! anti-forgery token, not instead of it: a request naming neither header
//! (old browsers, curl, scripts) passes here and is judged by the token.

use super::page_lang;
use crate::http::ServerState;
use crate::http::render::message;
use app::i18n;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::Response;

/// Refuses a cross-site post to `/admin`; lets everything else through.
pub async fn same_site(State(state): State<ServerState>, req: Request, next: Next) -> Response {
    let safe = matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    let path = req.uri().path();
    let admin = path == "/admin" || path.starts_with("/admin/");
    if safe || !admin {
        return next.run(req).await;
    }
    let Some(claimed) = claimed_origin(req.headers()) else {
        return next.run(req).await;
    };
    if is_own(own_origin(&state, req.headers()).as_deref(), &claimed) {
        return next.run(req).await;
    }
    tracing::warn!(path = %path, "post refused: it came from another site");
    let (head, _) = req.into_parts();
    let lang = page_lang(&head);
    message(
        &state,
        &head,
        StatusCode::FORBIDDEN,
        lang,
        i18n::ORIGIN_TITLE,
        i18n::ORIGIN_BODY,
        None,
    )
    .await
}

/// The site the request says it comes from: `Origin`, else the origin of
/// `Referer`; `None` when it names neither. A value that is no origin at
/// all (`null`, from sandboxed frames and some redirects) is kept as it
/// is, and matches nothing.
fn claimed_origin(headers: &HeaderMap) -> Option<String> {
    if let Some(o) = headers.get(header::ORIGIN) {
        return Some(o.to_str().unwrap_or("null").trim().to_string());
    }
    let referer = headers.get(header::REFERER)?.to_str().unwrap_or("null");
    Some(origin_of(referer).unwrap_or_else(|| "null".into()))
}

/// `scheme://host[:port]` of a URL, lower-cased, without a default port.
fn origin_of(url: &str) -> Option<String> {
    let (scheme, rest) = url.trim().split_once("://")?;
    let authority = rest.split(['/', '?', '#']).next()?;
    if authority.is_empty() || authority.contains('@') {
        return None;
    }
    let scheme = scheme.to_ascii_lowercase();
    let authority = authority.to_ascii_lowercase();
    let authority = match scheme.as_str() {
        "https" => authority.strip_suffix(":443").unwrap_or(&authority),
        "http" => authority.strip_suffix(":80").unwrap_or(&authority),
        _ => &authority,
    };
    Some(format!("{scheme}://{authority}"))
}

/// This site's origin: that of `PERSEPSI_PUBLIC_URL` when set; else only
/// the host and port the request was sent to (`None` when it has no
/// usable `Host`), since behind a TLS proxy the server cannot tell the
/// scheme the browser used.
fn own_origin(state: &ServerState, headers: &HeaderMap) -> Option<String> {
    if let Some(url) = &state.public_url {
        return origin_of(url);
    }
    let host = headers.get(header::HOST)?.to_str().ok()?.trim();
    (!host.is_empty()).then(|| format!("//{}", host.to_ascii_lowercase()))
}

/// Whether `claimed` is `own` (a full origin, or `//host` when only the
/// host is known).
fn is_own(own: Option<&str>, claimed: &str) -> bool {
    let (Some(own), Some(claimed)) = (own, origin_of(claimed)) else {
        return false;
    };
    match own.strip_prefix("//") {
        None => own == claimed,
        Some(host) => {
            let with_scheme = |s: &str| origin_of(&format!("{s}://{host}"));
            claimed
                .split_once("://")
                .and_then(|(scheme, _)| with_scheme(scheme))
                .is_some_and(|o| o == claimed)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_compare_without_case_or_default_ports() {
        assert_eq!(
            origin_of("HTTPS://Survei.Example:443/admin?x=1").as_deref(),
            Some("https://survei.example")
        );
        assert!(is_own(Some("https://a.example"), "https://A.example"));
        assert!(!is_own(Some("https://a.example"), "http://a.example"));
        assert!(is_own(Some("//127.0.0.1:3000"), "http://127.0.0.1:3000"));
        assert!(is_own(Some("//a.example"), "https://a.example:443"));
        assert!(!is_own(Some("//a.example"), "https://a.example.evil"));
        assert!(!is_own(Some("//a.example"), "null"));
        assert!(!is_own(None, "https://a.example"));
    }
}
