//! Headers every response carries: `X-Content-Type-Options: nosniff`, and
//! a Content-Security-Policy. An HTML page gets the full policy: its own
//! scripts (same origin, and the inline ones carrying the response's nonce)
//! and nothing else; the WebAssembly bundle needs `'wasm-unsafe-eval'` to
//! be compiled. Who may frame a response stays the handler's decision (the
//! embed pages list the agency's sites): a handler's `frame-ancestors` is
//! kept, and anything else may not be framed at all.

use axum::extract::Request;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;

/// The CSP nonce of a rendered page, left in the response's extensions by
/// the renderer.
#[derive(Clone, Debug)]
pub struct PageNonce(pub String);

/// The middleware.
pub async fn security(req: Request, next: Next) -> Response {
    let mut res = next.run(req).await;
    let nonce = res.extensions().get::<PageNonce>().cloned();
    let headers = res.headers_mut();
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    let frame = frame_ancestors(headers);
    let policy = if is_html(headers) {
        page_policy(nonce.as_ref(), &frame)
    } else {
        format!("frame-ancestors {frame}")
    };
    if let Ok(value) = HeaderValue::from_str(&policy) {
        headers.insert(header::CONTENT_SECURITY_POLICY, value);
    }
    res
}

/// The policy of an HTML page.
fn page_policy(nonce: Option<&PageNonce>, frame: &str) -> String {
    let nonce = nonce
        .map(|n| format!(" 'nonce-{}'", n.0))
        .unwrap_or_default();
    format!(
        "default-src 'self'; script-src 'self'{nonce} 'wasm-unsafe-eval'; object-src 'none'; \
         base-uri 'none'; form-action 'self'; frame-ancestors {frame}"
    )
}

/// The sources the handler allowed to frame the response, `'none'` unless
/// it said otherwise.
fn frame_ancestors(headers: &HeaderMap) -> String {
    headers
        .get(header::CONTENT_SECURITY_POLICY)
        .and_then(|v| v.to_str().ok())
        .and_then(|policy| {
            policy
                .split(';')
                .map(str::trim)
                .find_map(|d| d.strip_prefix("frame-ancestors "))
                .map(|sources| sources.trim().to_string())
        })
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "'none'".to_string())
}

fn is_html(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("text/html"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_handlers_frame_ancestors_survive() {
        let mut h = HeaderMap::new();
        assert_eq!(frame_ancestors(&h), "'none'");
        h.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("frame-ancestors 'self' https://a.go.id"),
        );
        assert_eq!(frame_ancestors(&h), "'self' https://a.go.id");
    }
}
