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

    /// Largest number of pooled database connections (by default 16 for
    /// PostgreSQL; for SQLite twice the processors, at least 4: its reads
    /// wait on no network, so more connections add memory, not speed).
    #[arg(long, global = true, env = "PERSEPSI_DB_CONNECTIONS")]
    pub db_connections: Option<u32>,
}

/// PostgreSQL's default pool: connections that wait on the network.
const POSTGRES_POOL: u32 = 16;

/// SQLite's default pool for `processors`.
fn sqlite_pool(processors: usize) -> u32 {
    u32::try_from(processors.saturating_mul(2))
        .unwrap_or(u32::MAX)
        .max(4)
}

impl DatabaseConfig {
    /// The pool's size: as set, or the default for the database.
    pub fn pool_size(&self) -> u32 {
        self.db_connections.unwrap_or_else(|| {
            if crate::store::db::is_sqlite(&self.database_url) {
                sqlite_pool(std::thread::available_parallelism().map_or(1, |n| n.get()))
            } else {
                POSTGRES_POOL
            }
        })
    }

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
    fn pools_follow_the_database_unless_set() {
        let config = |url: &str, set: Option<u32>| DatabaseConfig {
            database_url: url.into(),
            db_connections: set,
        };
        assert_eq!(config("postgres://u@h/db", None).pool_size(), 16);
        assert!(config("sqlite://p.db", None).pool_size() >= 4);
        assert_eq!(config("sqlite://p.db", Some(9)).pool_size(), 9);
        assert_eq!(config("postgres://u@h/db", Some(3)).pool_size(), 3);
        assert_eq!((sqlite_pool(1), sqlite_pool(2), sqlite_pool(8)), (4, 4, 16));
    }

    #[test]
    fn passwords_are_not_shown() {
        assert_eq!(
            redact("postgres://u:secret@h:5432/db"),
            "postgres://u@h:5432/db"
        );
        assert_eq!(redact("sqlite://data/p.db"), "sqlite://data/p.db");
    }
}
