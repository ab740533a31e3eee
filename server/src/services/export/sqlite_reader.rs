//! Exports read from a SQLite file by a reader of their own.
//!
//! The database driver hands every row from its thread to the server's one
//! at a time, copying each value; for a million rows that was half the
//! export. Here a read-only connection steps, on a blocking thread,
//! through each page's statement (the one the export would send through the
//! driver, its values bound as the driver binds them: ids as 16-byte
//! blobs, instants as RFC 3339 text) and hands the page over. Each page is
//! read in a read transaction of its own, ended before the page is handed
//! over from a task: a download that stalls holds neither a snapshot (the
//! write-ahead log can still be checkpointed behind it) nor a thread.

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
/// at a time: `query` gives the statement of the page after the last row
/// read (of the first page for `None`), which selects at most `page` rows;
/// a shorter page is the last. Each page is read on a blocking thread and
/// handed over from a task, so a download that stalls holds no thread.
pub(super) fn pages<T: Send + 'static>(
    file: PathBuf,
    query: impl Fn(Option<&T>) -> Statement + Send + 'static,
    page: usize,
    decode: Decode<T>,
) -> mpsc::Receiver<Result<Vec<T>, DbErr>> {
    super::paging::paged(Reader::Closed(file), page, move |reader, last| {
        let statement = query(last);
        blocking(move || {
            let conn = reader.open()?;
            let rows = read_page(&conn, &statement, page, decode)?;
            Ok((Reader::Open(conn), rows))
        })
    })
}

pub(super) fn failed(e: impl std::fmt::Display) -> DbErr {
    DbErr::Custom(format!("export: {e}"))
}

/// A reader's connection, opened for its first page and kept for the rest.
enum Reader {
    Closed(PathBuf),
    Open(rusqlite::Connection),
}

impl Reader {
    fn open(self) -> Result<rusqlite::Connection, DbErr> {
        match self {
            Reader::Closed(file) => open(&file),
            Reader::Open(conn) => Ok(conn),
        }
    }
}

/// `f` on a blocking thread.
async fn blocking<R: Send + 'static>(
    f: impl FnOnce() -> Result<R, DbErr> + Send + 'static,
) -> Result<R, DbErr> {
    tokio::task::spawn_blocking(f).await.map_err(failed)?
}

/// A read-only connection to `file`.
fn open(file: &std::path::Path) -> Result<rusqlite::Connection, DbErr> {
    use rusqlite::OpenFlags;
    let conn = rusqlite::Connection::open_with_flags(
        file,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(failed)?;
    conn.busy_timeout(std::time::Duration::from_secs(10))
        .map_err(failed)?;
    Ok(conn)
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Three numbered rows at a time, after the last one read.
    fn numbers(last: Option<&i64>) -> Statement {
        Statement::from_sql_and_values(
            DbBackend::Sqlite,
            "SELECT n FROM t WHERE n > ? ORDER BY n LIMIT 3",
            [Value::BigInt(Some(last.copied().unwrap_or(0)))],
        )
    }

    fn n(row: &rusqlite::Row<'_>) -> Result<i64, DbErr> {
        row.get(0).map_err(failed)
    }

    /// With a single blocking thread, two stalled readers still leave it
    /// free: a stalled download holds no thread, so thousands of them
    /// cannot starve the server's other blocking work.
    #[test]
    fn stalled_readers_hold_no_thread_and_pages_follow_each_other() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("t.db");
        let conn = rusqlite::Connection::open(&file).unwrap();
        conn.execute_batch(
            "CREATE TABLE t (n INTEGER PRIMARY KEY);
             WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 100)
             INSERT INTO t SELECT n FROM c;",
        )
        .unwrap();
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .max_blocking_threads(1)
            .enable_all()
            .build()
            .unwrap();
        let soon = std::time::Duration::from_secs(5);
        rt.block_on(async {
            let mut first = pages(file.clone(), numbers, 3, n);
            let mut second = pages(file.clone(), numbers, 3, n);
            assert_eq!(first.recv().await.unwrap().unwrap(), [1, 2, 3]);
            let page = tokio::time::timeout(soon, second.recv()).await;
            let page = page.expect("the second reader gets the thread");
            assert_eq!(page.unwrap().unwrap(), [1, 2, 3]);
            // Both stall with a page read ahead; other blocking work runs.
            let other = tokio::time::timeout(soon, tokio::task::spawn_blocking(|| 42)).await;
            assert_eq!(other.expect("the blocking thread is free").unwrap(), 42);
            let mut all = vec![1, 2, 3];
            while let Some(page) = first.recv().await {
                all.extend(page.unwrap());
            }
            assert_eq!(all, (1..=100).collect::<Vec<i64>>());
        });
    }
}
