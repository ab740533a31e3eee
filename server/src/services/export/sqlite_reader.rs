//! Exports read from a SQLite file by a reader of their own.
//!
//! The database driver hands every row from its thread to the server's one
//! at a time, copying each value; for a million rows that was half the
//! export. Here a read-only connection on a blocking thread steps through
//! each page's statement (the one the export would send through the
//! driver, its values bound as the driver binds them: ids as 16-byte
//! blobs, instants as RFC 3339 text) and hands the page over. Each page is
//! read in a read transaction of its own, ended before the page is handed
//! over: a download that stalls holds no snapshot open, so the write-ahead
//! log can still be checkpointed behind it.

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

/// The rows of a paged query on `file`, made into `T`s by `decode`, a page
/// at a time, read on a blocking thread: `query` gives the statement of the
/// page after the last row read (of the first page for `None`), which
/// selects at most `page` rows; a shorter page is the last.
pub(super) fn pages<T: Send + 'static>(
    file: PathBuf,
    query: impl Fn(Option<&T>) -> Statement + Send + 'static,
    page: usize,
    decode: Decode<T>,
) -> mpsc::Receiver<Result<Vec<T>, DbErr>> {
    let (tx, rx) = mpsc::channel(1);
    tokio::task::spawn_blocking(move || {
        if let Err(e) = read(&file, &query, page, decode, &tx) {
            let _ = tx.blocking_send(Err(e));
        }
    });
    rx
}

pub(super) fn failed(e: impl std::fmt::Display) -> DbErr {
    DbErr::Custom(format!("export: {e}"))
}

/// Reads page after page, handing each over; stops after a short page, or
/// early when nobody listens any more.
fn read<T>(
    file: &std::path::Path,
    query: &impl Fn(Option<&T>) -> Statement,
    size: usize,
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
    let mut statement = query(None);
    loop {
        let page = read_page(&conn, &statement, size, decode)?;
        let full = page.len() == size;
        if full {
            statement = query(page.last());
        }
        if tx.blocking_send(Ok(page)).is_err() || !full {
            return Ok(());
        }
    }
}

/// One page, read in its own read transaction (ended when the statement
/// is reset, on return).
fn read_page<T>(
    conn: &rusqlite::Connection,
    statement: &Statement,
    size: usize,
    decode: Decode<T>,
) -> Result<Vec<T>, DbErr> {
    let values = statement
        .values
        .iter()
        .flat_map(|v| v.0.iter())
        .map(bound)
        .collect::<Result<Vec<_>, _>>()?;
    // Prepared afresh: tens of microseconds a page of thousands of rows.
    let mut query = conn.prepare(&statement.sql).map_err(failed)?;
    let mut rows = query
        .query(rusqlite::params_from_iter(values))
        .map_err(failed)?;
    let mut page = Vec::with_capacity(size);
    while let Some(row) = rows.next().map_err(failed)? {
        page.push(decode(row)?);
    }
    Ok(page)
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
        // A page's `LIMIT`.
        Value::BigUnsigned(Some(n)) => Bound::Integer(i64::try_from(*n).map_err(failed)?),
        Value::Unsigned(Some(n)) => Bound::Integer(i64::from(*n)),
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
