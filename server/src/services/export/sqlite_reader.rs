//! The responses export read from a SQLite file by a reader of its own.
//!
//! The database driver hands every row from its thread to the server's one
//! at a time, copying each value; for a million rows that was half the
//! export. Here a read-only connection on a blocking thread steps through
//! the rows in one statement, inside one read transaction (so the export is
//! one consistent snapshot, as a write-ahead log allows beside writers),
//! and hands them over a page at a time. The statement is the one the
//! export would send through the driver, its values bound as the driver
//! binds them (ids as 16-byte blobs, instants as RFC 3339 text).

use super::responses::{ExportRow, PAGE};
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

/// The rows `statement` selects from `file`, a page at a time, read on a
/// blocking thread.
pub(super) fn pages(
    file: PathBuf,
    statement: Statement,
) -> mpsc::Receiver<Result<Vec<ExportRow>, DbErr>> {
    let (tx, rx) = mpsc::channel(1);
    tokio::task::spawn_blocking(move || {
        if let Err(e) = read(&file, &statement, &tx) {
            let _ = tx.blocking_send(Err(e));
        }
    });
    rx
}

fn failed(e: impl std::fmt::Display) -> DbErr {
    DbErr::Custom(format!("export: {e}"))
}

/// Reads every row, sending full pages as they fill; stops early when
/// nobody listens any more.
fn read(
    file: &std::path::Path,
    statement: &Statement,
    tx: &mpsc::Sender<Result<Vec<ExportRow>, DbErr>>,
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
    let page_size = PAGE as usize;
    let mut page = Vec::with_capacity(page_size);
    while let Some(row) = rows.next().map_err(failed)? {
        page.push(export_row(row)?);
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
fn id(v: ValueRef<'_>) -> Result<Option<Uuid>, DbErr> {
    match v {
        ValueRef::Null => Ok(None),
        ValueRef::Blob(b) => Uuid::from_slice(b).map(Some).map_err(failed),
        other => Err(failed(format!("an id stored as {:?}", other.data_type()))),
    }
}

fn text(v: ValueRef<'_>) -> Result<&str, DbErr> {
    v.as_str().map_err(failed)
}

/// An instant stored as the driver stores it (RFC 3339 text; the driver
/// also reads SQLite's own `YYYY-MM-DD HH:MM:SS`).
fn instant(v: ValueRef<'_>) -> Result<DateTime<Utc>, DbErr> {
    let t = text(v)?;
    DateTime::parse_from_rfc3339(t)
        .map(|t| t.with_timezone(&Utc))
        .or_else(|_| chrono::NaiveDateTime::parse_from_str(t, "%F %T%.f").map(|t| t.and_utc()))
        .map_err(failed)
}

/// One row, in the order of [`super::responses::COLUMNS`].
fn export_row(row: &rusqlite::Row<'_>) -> Result<ExportRow, DbErr> {
    let at = |i: usize| row.get_ref(i).map_err(failed);
    let required = |i: usize| id(at(i)?)?.ok_or_else(|| failed("an id is missing"));
    Ok(ExportRow {
        id: required(0)?,
        survey_id: required(1)?,
        unit_id: id(at(2)?)?,
        channel: text(at(3)?)?.to_string(),
        interviewer_id: id(at(4)?)?,
        verified: at(5)?.as_i64().map_err(failed)? != 0,
        suspect: at(6)?.as_i64().map_err(failed)? != 0,
        flags: text(at(7)?)?.to_string(),
        answers: text(at(8)?)?.to_string(),
        submitted_at: instant(at(9)?)?,
        questions_version: match at(10)? {
            ValueRef::Null => None,
            v => Some(i32::try_from(v.as_i64().map_err(failed)?).map_err(failed)?),
        },
    })
}
