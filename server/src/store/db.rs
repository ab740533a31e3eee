//! Connecting to SQLite (the embedded default) or PostgreSQL, and running
//! the migrations.

use migration::{Migrator, MigratorTrait};
use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{ConnectOptions, Database, DatabaseConnection, DbErr};
use std::time::Duration;

/// Whether a URL names a SQLite database.
pub fn is_sqlite(url: &str) -> bool {
    url.starts_with("sqlite:")
}

/// Opens a pool. For SQLite the file and its folder are created when
/// missing, and the connection is set up for crash safety: WAL journal,
/// `synchronous = FULL` (a commit is on disk before it is acknowledged),
/// foreign keys on, and a busy timeout so that writers queue instead of
/// failing.
pub async fn connect(url: &str, max_connections: u32) -> Result<DatabaseConnection, DbErr> {
    let mut opts = ConnectOptions::new(url.to_string());
    opts.max_connections(max_connections)
        .min_connections(1)
        .connect_timeout(Duration::from_secs(5))
        .acquire_timeout(Duration::from_secs(5))
        .sqlx_logging(false);
    if is_sqlite(url) {
        if let Some(dir) = sqlite_dir(url) {
            std::fs::create_dir_all(&dir).map_err(|e| {
                DbErr::Custom(format!("cannot create the folder {}: {e}", dir.display()))
            })?;
        }
        opts.map_sqlx_sqlite_opts(|o| {
            o.create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Full)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(10))
        });
    }
    Database::connect(opts).await
}

/// Applies every pending migration.
pub async fn migrate(db: &DatabaseConnection) -> Result<(), DbErr> {
    Migrator::up(db, None).await
}

/// How many of this build's migrations the database has not applied.
pub async fn pending_migrations(db: &DatabaseConnection) -> Result<usize, DbErr> {
    Ok(Migrator::get_pending_migrations(db).await?.len())
}

/// The file a SQLite URL names (`None` for memory or another database).
pub fn sqlite_path(url: &str) -> Option<std::path::PathBuf> {
    let path = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    let path = path.split('?').next()?;
    if path.is_empty() || path == ":memory:" {
        return None;
    }
    Some(std::path::PathBuf::from(path))
}

fn sqlite_dir(url: &str) -> Option<std::path::PathBuf> {
    let path = sqlite_path(url)?;
    let parent = path.parent()?;
    (!parent.as_os_str().is_empty()).then(|| parent.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_folder_of_a_sqlite_file() {
        assert_eq!(
            sqlite_dir("sqlite://data/p.db").unwrap(),
            std::path::Path::new("data")
        );
        assert_eq!(
            sqlite_dir("sqlite:///tmp/x/p.db?mode=rwc").unwrap(),
            std::path::Path::new("/tmp/x")
        );
        assert!(sqlite_dir("sqlite::memory:").is_none());
        assert!(sqlite_dir("sqlite://p.db").is_none());
    }
}
