//! "Check your site" on a survey's page: is the site of a page the manager
//! names on the survey's list of sites allowed to frame it? Only the
//! address is compared with the list; the server never fetches the page
//! (it would reach any address a signed-in account typed).

use crate::http::extract::query;
use app::pages::admin::survey::embed::SiteCheck;
use axum::http::{header, request::Parts};
use axum::response::{IntoResponse, Response};

const COPY_JS: &str = include_str!("../../../assets/admin-copy.js");

/// `GET /admin-copy.js`: the copy buttons of the embed codes.
pub async fn copy_js() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        COPY_JS,
    )
        .into_response()
}

/// The address typed into "check your site" (`?site=`), when there is one.
pub fn typed_site(head: &Parts) -> Option<String> {
    query(head)
        .get("site")
        .map(|s| s.trim().chars().take(300).collect::<String>())
        .filter(|s| !s.is_empty())
}

/// The origin of a page address as a browser compares it with
/// `frame-ancestors` (scheme, host and port; no path), or `None`.
/// A bare host (`dukcapil.go.id/survei`) is read as `https://`.
pub fn origin_of_page(typed: &str) -> Option<String> {
    let typed = typed.trim();
    let with_scheme = if typed.contains("://") {
        typed.to_string()
    } else {
        format!("https://{typed}")
    };
    let (scheme, rest) = with_scheme.split_once("://")?;
    let host = rest.split(['/', '?', '#']).next()?;
    // Credentials in an address (`user@host`) are not part of its origin.
    let host = host.rsplit('@').next()?;
    crate::dto::admin::origin(&format!("{scheme}://{host}"))
}

/// Whether the page's site is among `allowed` (origins as stored).
pub fn check_site(typed: &str, allowed: &[String]) -> SiteCheck {
    match origin_of_page(typed) {
        None => SiteCheck::Invalid,
        Some(o) if allowed.contains(&o) => SiteCheck::Allowed(o),
        Some(o) => SiteCheck::Missing(o),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list() -> Vec<String> {
        vec!["https://dukcapil.klungkungkab.go.id".into()]
    }

    #[test]
    fn a_page_on_a_listed_site_is_allowed_whatever_its_path() {
        assert_eq!(
            check_site(
                "https://Dukcapil.KlungkungKab.go.id/layanan/survei?x=1#a",
                &list()
            ),
            SiteCheck::Allowed("https://dukcapil.klungkungkab.go.id".into())
        );
        assert_eq!(
            check_site("dukcapil.klungkungkab.go.id/survei", &list()),
            SiteCheck::Allowed("https://dukcapil.klungkungkab.go.id".into())
        );
    }

    #[test]
    fn another_scheme_port_or_host_is_missing_and_named() {
        for (typed, origin) in [
            (
                "http://dukcapil.klungkungkab.go.id/",
                "http://dukcapil.klungkungkab.go.id",
            ),
            (
                "https://dukcapil.klungkungkab.go.id:8443/a",
                "https://dukcapil.klungkungkab.go.id:8443",
            ),
            ("https://klungkungkab.go.id", "https://klungkungkab.go.id"),
            ("https://x@evil.example/", "https://evil.example"),
        ] {
            assert_eq!(
                check_site(typed, &list()),
                SiteCheck::Missing(origin.into()),
                "{typed}"
            );
        }
    }

    #[test]
    fn what_is_no_address_says_so() {
        for typed in ["", "ftp://a.go.id", "https://", "bukan alamat"] {
            assert_eq!(check_site(typed, &list()), SiteCheck::Invalid, "{typed:?}");
        }
    }
}
