//! Where a webhook may send: a full `https://` address (plain `http://`
//! only where private addresses are allowed, as on a test machine) whose
//! name resolves to public addresses only, unless the operator allows
//! internal ones. Checked when the webhook is registered and again before
//! every delivery, since a name can be pointed elsewhere later.

use std::net::IpAddr;

/// Why an address is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UrlProblem {
    /// Not a full https address, or too long.
    Malformed,
    /// It resolves to this machine, an internal network, or nothing.
    Private,
}

/// Whether `ip` is one anyone on the internet could reach.
fn public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => {
            let o = v4.octets();
            !(v4.is_loopback()
                || v4.is_private()
                || v4.is_link_local()
                || v4.is_unspecified()
                || v4.is_broadcast()
                || v4.is_multicast()
                || v4.is_documentation()
                // 100.64.0.0/10, carrier-grade NAT.
                || (o[0] == 100 && (o[1] & 0xc0) == 64)
                || o[0] == 0)
        }
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return public(IpAddr::V4(v4));
            }
            let s = v6.segments();
            !(v6.is_loopback()
                || v6.is_unspecified()
                || v6.is_multicast()
                // fc00::/7 unique local, fe80::/10 link-local.
                || (s[0] & 0xfe00) == 0xfc00
                || (s[0] & 0xffc0) == 0xfe80)
        }
    }
}

/// Checks `url` for a webhook; `allow_private` lets internal and loopback
/// addresses (and plain http) through.
pub async fn check_url(url: &str, allow_private: bool) -> Result<(), UrlProblem> {
    if url.len() > 500 {
        return Err(UrlProblem::Malformed);
    }
    let parsed = reqwest::Url::parse(url).map_err(|_| UrlProblem::Malformed)?;
    let scheme_ok = parsed.scheme() == "https" || (allow_private && parsed.scheme() == "http");
    let Some(host) = parsed.host_str().filter(|_| scheme_ok) else {
        return Err(UrlProblem::Malformed);
    };
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return Err(UrlProblem::Malformed);
    }
    if allow_private {
        return Ok(());
    }
    let port = parsed.port_or_known_default().unwrap_or(443);
    let host = host.trim_start_matches('[').trim_end_matches(']');
    let addrs: Vec<IpAddr> = match tokio::net::lookup_host((host, port)).await {
        Ok(a) => a.map(|s| s.ip()).collect(),
        Err(_) => Vec::new(),
    };
    if addrs.is_empty() || !addrs.into_iter().all(public) {
        return Err(UrlProblem::Private);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn internal_and_malformed_addresses_are_refused() {
        for (url, problem) in [
            ("http://example.org/hook", UrlProblem::Malformed),
            ("ftp://example.org/hook", UrlProblem::Malformed),
            ("https://user:pw@example.org/hook", UrlProblem::Malformed),
            ("not a url", UrlProblem::Malformed),
            ("https://127.0.0.1/hook", UrlProblem::Private),
            ("https://localhost:8443/hook", UrlProblem::Private),
            ("https://10.1.2.3/hook", UrlProblem::Private),
            (
                "https://169.254.169.254/latest/meta-data",
                UrlProblem::Private,
            ),
            ("https://[::1]/hook", UrlProblem::Private),
            ("https://[::ffff:192.168.1.1]/hook", UrlProblem::Private),
            ("https://[fd00::1]/hook", UrlProblem::Private),
            ("https://100.64.0.1/hook", UrlProblem::Private),
            ("https://no-such-name.invalid/hook", UrlProblem::Private),
        ] {
            assert_eq!(check_url(url, false).await, Err(problem), "{url}");
        }
        assert_eq!(check_url("https://8.8.8.8/hook", false).await, Ok(()));
        assert_eq!(check_url("http://127.0.0.1:9/hook", true).await, Ok(()));
    }
}
