//! How the site is reached: its address, cookies, the proxy in front, the
//! largest request and how long a client may take to send one.

use clap::Args;

/// The site.
#[derive(Clone, Debug, Args)]
pub struct SiteConfig {
    /// The site's public address (`https://survei.example.go.id`), for the
    /// links in QR codes, posters and embed snippets. When unset, the
    /// address the request came to.
    #[arg(long, global = true, env = "PERSEPSI_PUBLIC_URL")]
    pub public_url: Option<String>,

    /// The national complaint channel offered on the thanks page to those
    /// whose answers tell of maladministration.
    #[arg(
        long,
        global = true,
        env = "PERSEPSI_COMPLAINT_URL",
        default_value = "https://www.lapor.go.id"
    )]
    pub complaint_url: String,

    /// Mark cookies `Secure` (sent over HTTPS only). Set it when the site
    /// is served over HTTPS, as it should be [default: false].
    #[arg(
        long,
        global = true,
        env = "PERSEPSI_SECURE_COOKIES",
        default_value_t = false
    )]
    pub secure_cookies: bool,

    /// Believe the client address in `X-Forwarded-For` (only behind a
    /// reverse proxy that sets it) [default: false].
    #[arg(
        long,
        global = true,
        env = "PERSEPSI_TRUST_PROXY",
        default_value_t = false
    )]
    pub trust_proxy: bool,

    /// Largest request body accepted, in bytes.
    #[arg(long, global = true, env = "PERSEPSI_BODY_LIMIT", default_value_t = 64 * 1024)]
    pub body_limit: usize,

    /// Seconds a client may take to send a request's headers; a slower
    /// one is disconnected.
    #[arg(long, global = true, env = "PERSEPSI_HEADER_TIMEOUT", default_value_t = 10,
          value_parser = clap::value_parser!(u64).range(1..))]
    pub header_timeout: u64,

    /// Seconds a client may take to send a request's body once its headers
    /// are in; a slower one is answered 408. Raise it for large imports
    /// over slow links.
    #[arg(long, global = true, env = "PERSEPSI_BODY_TIMEOUT", default_value_t = 30,
          value_parser = clap::value_parser!(u64).range(1..))]
    pub body_timeout: u64,
}
