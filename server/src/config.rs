//! Configuration from environment variables (or the matching flags), with
//! defaults in code. `persepsi --help` lists them all.

use clap::Args;
use std::str::FromStr;

/// Settings shared by every command.
#[derive(Clone, Debug, Args)]
pub struct Config {
    /// Database: `sqlite://PATH` (created when missing) or
    /// `postgres://USER@HOST:PORT/DB`.
    #[arg(long, global = true, env = "DATABASE_URL", default_value = crate::store::db::DEFAULT_DATABASE_URL)]
    pub database_url: String,

    /// Largest number of pooled database connections.
    #[arg(
        long,
        global = true,
        env = "PERSEPSI_DB_CONNECTIONS",
        default_value_t = 16
    )]
    pub db_connections: u32,

    /// Secret that signs form tokens (32+ random characters). When unset,
    /// one is generated on first start and kept in the database.
    #[arg(long, global = true, env = "PERSEPSI_SECRET", hide_env_values = true)]
    pub secret: Option<String>,

    /// How long a form stays valid after it is shown, in seconds.
    #[arg(
        long,
        global = true,
        env = "PERSEPSI_TOKEN_TTL",
        default_value_t = 86_400
    )]
    pub token_ttl: i64,

    /// Responses sent sooner than this many seconds after their form was
    /// shown are stored but flagged suspect (left out of scores).
    #[arg(
        long,
        global = true,
        env = "PERSEPSI_MIN_FILL_SECONDS",
        default_value_t = 4
    )]
    pub min_fill_secs: i64,

    /// Days after which abuse-control keys (hashed device ids) are deleted.
    #[arg(
        long,
        global = true,
        env = "PERSEPSI_ABUSE_RETENTION_DAYS",
        default_value_t = 40
    )]
    pub abuse_retention_days: i64,

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

    /// Submissions of one form token from one network address
    /// (COUNT/SECONDS): stops a client replaying one form.
    #[arg(
        long,
        global = true,
        env = "PERSEPSI_LIMIT_SUBMIT_CLIENT",
        default_value = "5/60"
    )]
    pub limit_submit_client: Rate,

    /// Submissions from one device (its cookie), whatever the form
    /// (COUNT/SECONDS): a kiosk tablet needs room, a script does not.
    #[arg(
        long,
        global = true,
        env = "PERSEPSI_LIMIT_SUBMIT_DEVICE",
        default_value = "60/600"
    )]
    pub limit_submit_device: Rate,

    /// Submissions from one network address (COUNT/SECONDS). Generous: many
    /// citizens share one counter Wi-Fi.
    #[arg(
        long,
        global = true,
        env = "PERSEPSI_LIMIT_SUBMIT_NETWORK",
        default_value = "120/600"
    )]
    pub limit_submit_network: Rate,

    /// Submissions to one survey from everyone (COUNT/SECONDS).
    #[arg(
        long,
        global = true,
        env = "PERSEPSI_LIMIT_SUBMIT_SURVEY",
        default_value = "3000/60"
    )]
    pub limit_submit_survey: Rate,

    /// Forms (and API tokens) handed to one network address (COUNT/SECONDS).
    #[arg(
        long,
        global = true,
        env = "PERSEPSI_LIMIT_FORM_NETWORK",
        default_value = "600/600"
    )]
    pub limit_form_network: Rate,

    /// Sign-in attempts from one network address (COUNT/SECONDS).
    #[arg(
        long,
        global = true,
        env = "PERSEPSI_LIMIT_LOGIN_NETWORK",
        default_value = "20/600"
    )]
    pub limit_login_network: Rate,

    /// Sign-in attempts for one account (COUNT/SECONDS).
    #[arg(
        long,
        global = true,
        env = "PERSEPSI_LIMIT_LOGIN_ACCOUNT",
        default_value = "10/600"
    )]
    pub limit_login_account: Rate,

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

    /// Largest request body accepted, in bytes.
    #[arg(long, global = true, env = "PERSEPSI_BODY_LIMIT", default_value_t = 64 * 1024)]
    pub body_limit: usize,
}

impl Config {
    /// A configuration for the given database with every default.
    pub fn for_database(database_url: impl Into<String>) -> Self {
        use clap::Parser;
        #[derive(Parser)]
        struct Only {
            #[command(flatten)]
            config: Config,
        }
        let mut c = Only::parse_from(["persepsi"]).config;
        c.database_url = database_url.into();
        c
    }

    /// The database URL without any password, for messages.
    pub fn database_for_display(&self) -> String {
        redact(&self.database_url)
    }
}

/// Removes the password from a URL.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let userinfo = &url[scheme + 3..at];
            let user = userinfo.split(':').next().unwrap_or("");
            format!("{}{}@{}", &url[..scheme + 3], user, &url[at + 1..])
        }
        _ => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_not_shown() {
        assert_eq!(
            redact("postgres://u:secret@h:5432/db"),
            "postgres://u@h:5432/db"
        );
        assert_eq!(redact("sqlite://data/p.db"), "sqlite://data/p.db");
    }
}

/// COUNT requests per SECONDS, as written in the environment: `5/60`.
/// The whole COUNT may come at once, then one more every SECONDS/COUNT.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rate {
    /// Requests allowed in the period (and in one burst).
    pub count: u32,
    /// The period, in seconds.
    pub seconds: u32,
}

impl FromStr for Rate {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let bad = || format!("`{s}`: write COUNT/SECONDS, e.g. 5/60, both above zero");
        let (count, seconds) = s.split_once('/').ok_or_else(bad)?;
        let count: u32 = count.trim().parse().map_err(|_| bad())?;
        let seconds: u32 = seconds.trim().parse().map_err(|_| bad())?;
        if count == 0 || seconds == 0 {
            return Err(bad());
        }
        Ok(Rate { count, seconds })
    }
}
