//! Where the data lives.

use clap::Args;

/// The database used when `DATABASE_URL` is not set.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://data/persepsi.db";

/// The database.
#[derive(Clone, Debug, Args)]
pub struct DatabaseConfig {
    /// Database: `sqlite://PATH` (created when missing) or
    /// `postgres://USER@HOST:PORT/DB`.
    #[arg(long, global = true, env = "DATABASE_URL", default_value = DEFAULT_DATABASE_URL)]
    pub database_url: String,

    /// Largest number of pooled database connections.
    #[arg(
        long,
        global = true,
        env = "PERSEPSI_DB_CONNECTIONS",
        default_value_t = 16
    )]
    pub db_connections: u32,
}

impl DatabaseConfig {
    /// The database URL without any password, for messages.
    pub fn for_display(&self) -> String {
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
