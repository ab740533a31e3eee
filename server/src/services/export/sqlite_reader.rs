//! Exports read from a SQLite file by a reader of their own.
//!
//! The database driver hands every row from its thread to the server's one
//! at a time, copying each value; for a million rows that was half the
//! export. Here a read-only connection on a blocking thread steps through
//! the rows in one statement, inside one read transaction (so the export is
//! one consistent snapshot, as a write-ahead log allows beside writers),
//! and hands them over a page at a time. The statement is the one the
//! export would send through the driver, its values bound as the driver
//! binds them (ids as 16-byte blobs, instants as RFC 3339 text).

use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::types::{Value as Bound, ValueRef};
use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, DbErr, Statement, Value};
use std::path::PathBuf;
use tokio::sync::mpsc;
use uuid::Uuid;

/// The file of a SQLite database (`None` for PostgreSQL or a database in
/// memory).
pub(super) async fn file_of(db: &DatabaseConnection) -> Result<Option<PathBuf>, DbErr> {
    if db.get_database_backend() != DbBackend::Sqlite {
        return Ok(None);
    }
    let row = db
        .query_one_raw(Statement::from_string(
            DbBackend::Sqlite,
            "SELECT file FROM pragma_database_list WHERE name = 'main'",
        ))
        .await?;
    let file: Option<String> = match row {
        Some(row) => row.try_get_by_index(0)?,
        None => None,
    };
    Ok(file.filter(|f| !f.is_empty()).map(PathBuf::from))
}

/// Makes one row of a statement into a `T`.
pub(super) type Decode<T> = fn(&rusqlite::Row<'_>) -> Result<T, DbErr>;

/// The rows `statement` selects from `file`, made into `T`s by `decode`,
/// `page` at a time, read on a blocking thread.
pub(super) fn pages<T: Send + 'static>(
    file: PathBuf,
    statement: Statement,
    page: usize,
    decode: Decode<T>,
) -> mpsc::Receiver<Result<Vec<T>, DbErr>> {
    let (tx, rx) = mpsc::channel(1);
    tokio::task::spawn_blocking(move || {
        if let Err(e) = read(&file, &statement, page, decode, &tx) {
            let _ = tx.blocking_send(Err(e));
        }
    });
    rx
}

pub(super) fn failed(e: impl std::fmt::Display) -> DbErr {
    DbErr::Custom(format!("export: {e}"))
}

/// Reads every row, sending full pages as they fill; stops early when
/// nobody listens any more.
fn read<T>(
    file: &std::path::Path,
    statement: &Statement,
    page_size: usize,
    decode: Decode<T>,
    tx: &mpsc::Sender<Result<Vec<T>, DbErr>>,
) -> Result<(), DbErr> {
    use rusqlite::OpenFlags;
    let conn = rusqlite::Connection::open_with_flags(
        file,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(failed)?;
    conn.busy_timeout(std::time::Duration::from_secs(10))
        .map_err(failed)?;
    conn.execute_batch("BEGIN").map_err(failed)?;
    let values = statement
        .values
        .iter()
        .flat_map(|v| v.0.iter())
        .map(bound)
        .collect::<Result<Vec<_>, _>>()?;
    let mut query = conn.prepare(&statement.sql).map_err(failed)?;
    let mut rows = query
        .query(rusqlite::params_from_iter(values))
        .map_err(failed)?;
    let mut page = Vec::with_capacity(page_size);
    while let Some(row) = rows.next().map_err(failed)? {
        page.push(decode(row)?);
        if page.len() == page_size {
            let full = std::mem::replace(&mut page, Vec::with_capacity(page_size));
            if tx.blocking_send(Ok(full)).is_err() {
                return Ok(());
            }
        }
    }
    if !page.is_empty() {
        let _ = tx.blocking_send(Ok(page));
    }
    Ok(())
}

/// A value bound as the driver binds it.
fn bound(v: &Value) -> Result<Bound, DbErr> {
    Ok(match v {
        Value::Uuid(Some(u)) => Bound::Blob(u.as_bytes().to_vec()),
        Value::ChronoDateTimeUtc(Some(t)) => {
            Bound::Text(t.to_rfc3339_opts(SecondsFormat::AutoSi, false))
        }
        Value::Bool(Some(b)) => Bound::Integer(i64::from(*b)),
        Value::SmallInt(Some(n)) => Bound::Integer(i64::from(*n)),
        Value::Int(Some(n)) => Bound::Integer(i64::from(*n)),
        Value::BigInt(Some(n)) => Bound::Integer(*n),
        Value::String(Some(s)) => Bound::Text(s.clone()),
        v if !v.is_some() => Bound::Null,
        other => return Err(failed(format!("cannot bind {other:?}"))),
    })
}

/// An id stored as the driver stores it: 16 bytes.
pub(super) fn id(v: ValueRef<'_>) -> Result<Option<Uuid>, DbErr> {
    match v {
        ValueRef::Null => Ok(None),
        ValueRef::Blob(b) => Uuid::from_slice(b).map(Some).map_err(failed),
        other => Err(failed(format!("an id stored as {:?}", other.data_type()))),
    }
}

pub(super) fn text(v: ValueRef<'_>) -> Result<&str, DbErr> {
    v.as_str().map_err(failed)
}

/// An instant stored as the driver stores it (RFC 3339 text; the driver
/// also reads SQLite's own `YYYY-MM-DD HH:MM:SS`).
pub(super) fn instant(v: ValueRef<'_>) -> Result<DateTime<Utc>, DbErr> {
    let t = text(v)?;
    DateTime::parse_from_rfc3339(t)
        .map(|t| t.with_timezone(&Utc))
        .or_else(|_| chrono::NaiveDateTime::parse_from_str(t, "%F %T%.f").map(|t| t.and_utc()))
        .map_err(failed)
}
