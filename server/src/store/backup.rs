//! Backups of a SQLite database: a consistent copy taken while the server
//! serves (`VACUUM INTO`, which reads one snapshot and writes a compact
//! file beside it, never blocking the writer), its check, and putting it
//! back in place of the live file once the server has stopped. PostgreSQL
//! is backed up with its own `pg_dump` (docs/deploy.md).

use crate::store::db::sqlite_path;
use migration::{Migrator, MigratorTrait};
use sea_orm::{ConnectionTrait, Database, DatabaseConnection, Statement};
use std::path::{Path, PathBuf};

/// Why a backup or a restore did not happen, in the operator's words.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    /// The database is PostgreSQL: `pg_dump` and `pg_restore` do this.
    #[error(
        "this is a PostgreSQL database: back it up with pg_dump -Fc and restore it with pg_restore (see docs/deploy.md, \"Backups\")"
    )]
    Postgres,
    /// The URL names no file (memory).
    #[error("the database URL names no file to back up")]
    NoFile,
    /// The file to write exists already.
    #[error("{0} exists already; choose a new name (a backup never overwrites a file)")]
    Exists(PathBuf),
    /// The live database is not there.
    #[error("there is no database at {0}")]
    Missing(PathBuf),
    /// The copy is damaged, or not a Persepsi database.
    #[error("{0} is not a usable backup: {1}")]
    Unusable(PathBuf, String),
    /// A server still has the live database open.
    #[error(
        "the database {0} is in use: stop every `persepsi serve` on it first (systemctl stop persepsi), then restore"
    )]
    InUse(PathBuf),
    /// The database or the disk said no.
    #[error("{0}")]
    Io(String),
}

impl From<sea_orm::DbErr> for BackupError {
    fn from(e: sea_orm::DbErr) -> Self {
        BackupError::Io(e.to_string())
    }
}

impl From<std::io::Error> for BackupError {
    fn from(e: std::io::Error) -> Self {
        BackupError::Io(e.to_string())
    }
}

/// What a checked copy holds.
#[derive(Clone, Debug)]
pub struct Summary {
    /// Responses in it.
    pub responses: u64,
    /// When the newest of them was sent, as stored.
    pub newest: Option<String>,
    /// Migrations applied to it.
    pub migrations: usize,
    /// The file's size in bytes.
    pub bytes: u64,
}

/// Copies the live database at `url` into `dest` (a new file), then checks
/// the copy. Safe while the server writes: the copy is one snapshot.
pub async fn backup(url: &str, dest: &Path) -> Result<Summary, BackupError> {
    let live = live_file(url)?;
    if !live.exists() {
        return Err(BackupError::Missing(live));
    }
    if dest.exists() {
        return Err(BackupError::Exists(dest.to_path_buf()));
    }
    // Written under another name and renamed once whole: a backup cut off
    // half-way never looks like a backup.
    let partial = with_suffix(dest, ".partial");
    let _ = std::fs::remove_file(&partial);
    // Read-write (a read-only connection cannot join a live WAL database
    // whose shared-memory file it may not write); VACUUM INTO changes
    // nothing in it.
    let db = Database::connect(format!("sqlite://{}?mode=rw", live.display())).await?;
    let target = partial.to_string_lossy().replace('\'', "''");
    let copied = db
        .execute_unprepared(&format!("VACUUM INTO '{target}'"))
        .await;
    db.close().await.ok();
    copied?;
    let summary = check(&partial).await;
    if summary.is_err() {
        let _ = std::fs::remove_file(&partial);
    }
    let summary = summary?;
    std::fs::rename(&partial, dest)?;
    Ok(summary)
}

/// Checks that `file` is a whole Persepsi database this version can open.
pub async fn check(file: &Path) -> Result<Summary, BackupError> {
    let unusable = |why: String| BackupError::Unusable(file.to_path_buf(), why);
    if !file.is_file() {
        return Err(unusable("there is no such file".into()));
    }
    let db = Database::connect(format!("sqlite://{}?mode=ro", file.display()))
        .await
        .map_err(|e| unusable(e.to_string()))?;
    let summary = summarise(&db, file).await.map_err(unusable);
    db.close().await.ok();
    summary
}

async fn summarise(db: &DatabaseConnection, file: &Path) -> Result<Summary, String> {
    let text = |sql: &str| {
        let sql = sql.to_string();
        async move {
            db.query_one_raw(Statement::from_string(db.get_database_backend(), sql))
                .await
                .map_err(|e| e.to_string())
        }
    };
    let integrity = text("PRAGMA integrity_check")
        .await?
        .and_then(|r| r.try_get_by_index::<String>(0).ok());
    if integrity.as_deref() != Some("ok") {
        return Err(format!(
            "SQLite's integrity check says: {}",
            integrity.unwrap_or_else(|| "nothing".into())
        ));
    }
    let applied: Vec<String> = db
        .query_all_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT version FROM seaql_migrations",
        ))
        .await
        .map_err(|_| "it has no Persepsi migrations (not a Persepsi database)".to_string())?
        .into_iter()
        .filter_map(|r| r.try_get_by_index::<String>(0).ok())
        .collect();
    let known: Vec<String> = Migrator::migrations()
        .iter()
        .map(|m| m.name().to_string())
        .collect();
    if let Some(newer) = applied.iter().find(|v| !known.contains(v)) {
        return Err(format!(
            "it was made by a newer Persepsi (migration {newer}); restore it with that version"
        ));
    }
    let row = text("SELECT COUNT(*), MAX(submitted_at) FROM response")
        .await?
        .ok_or("it has no responses table")?;
    Ok(Summary {
        responses: row.try_get_by_index::<i64>(0).unwrap_or(0).max(0) as u64,
        newest: row.try_get_by_index::<Option<String>>(1).ok().flatten(),
        migrations: applied.len(),
        bytes: std::fs::metadata(file).map(|m| m.len()).unwrap_or(0),
    })
}

/// What a restore did.
#[derive(Clone, Debug)]
pub struct Restored {
    /// What the restored database holds.
    pub summary: Summary,
    /// Where the database it replaced was kept (none when there was none).
    pub kept: Option<PathBuf>,
}

/// Puts the backup `file` in place of the database at `url`, which no
/// server may have open. The replaced file is kept beside it, renamed.
pub async fn restore(url: &str, file: &Path, now: &str) -> Result<Restored, BackupError> {
    let live = live_file(url)?;
    let summary = check(file).await?;
    let kept = if live.exists() {
        release(&live).await?;
        let kept = with_suffix(&live, &format!(".before-restore-{now}"));
        std::fs::rename(&live, &kept)?;
        Some(kept)
    } else {
        None
    };
    for side in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(with_suffix(&live, side));
    }
    let partial = with_suffix(&live, ".restoring");
    std::fs::copy(file, &partial)?;
    std::fs::File::open(&partial)?.sync_all()?;
    std::fs::rename(&partial, &live)?;
    Ok(Restored { summary, kept })
}

/// Folds the live database's write-ahead log into its file and leaves
/// WAL mode, which SQLite allows only when no other connection has the
/// file open: a server that is still running makes this fail.
async fn release(live: &Path) -> Result<(), BackupError> {
    let in_use = || BackupError::InUse(live.to_path_buf());
    let db = Database::connect(format!("sqlite://{}?mode=rw", live.display()))
        .await
        .map_err(|_| in_use())?;
    let mode = db
        .query_one_raw(Statement::from_string(
            db.get_database_backend(),
            "PRAGMA journal_mode = DELETE",
        ))
        .await
        .ok()
        .flatten()
        .and_then(|r| r.try_get_by_index::<String>(0).ok());
    db.close().await.ok();
    match mode.as_deref() {
        Some("delete") => Ok(()),
        _ => Err(in_use()),
    }
}

fn live_file(url: &str) -> Result<PathBuf, BackupError> {
    if !crate::store::db::is_sqlite(url) {
        return Err(BackupError::Postgres);
    }
    sqlite_path(url).ok_or(BackupError::NoFile)
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}
