//! One error type for the server. What a person is shown is decided in one
//! place (`http::failure`); the cause is logged whole, never sent.
//!
//! A database that cannot be reached (or is busy past its timeout) is an
//! outage: 503 with `Retry-After`, worth trying again. Every other failure
//! is a defect: a 500 page that names a reference, which the log line
//! carries beside the original error.

use sea_orm::{DbErr, RuntimeErr, sqlx};

/// What can go wrong while answering a request.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// No such thing (or not published yet).
    #[error("not found")]
    NotFound,
    /// The caller sees this but may not change it.
    #[error("forbidden")]
    Forbidden,
    /// The survey is closed.
    #[error("this survey is closed")]
    Closed,
    /// The database cannot be reached or is busy: an outage, not a defect.
    #[error("the database is unavailable: {0}")]
    Unavailable(DbErr),
    /// Anything else: a defect, with its cause kept whole.
    #[error("internal error: {0:#}")]
    Internal(anyhow::Error),
}

impl From<DbErr> for AppError {
    fn from(e: DbErr) -> Self {
        if is_outage(&e) {
            AppError::Unavailable(e)
        } else {
            AppError::Internal(anyhow::Error::new(e))
        }
    }
}

impl AppError {
    /// A defect described by `message` (stored data that should be valid
    /// and is not, a library that failed).
    pub fn internal(message: impl std::fmt::Display) -> Self {
        AppError::Internal(anyhow::anyhow!("{message}"))
    }

    /// Whether this is an outage worth retrying.
    pub fn is_outage(&self) -> bool {
        matches!(self, AppError::Unavailable(_))
    }

    /// Logs the cause of an outage or a defect. A defect's log line carries
    /// a reference, returned so the page can name it.
    pub fn log(&self) -> Option<String> {
        match self {
            AppError::Unavailable(e) => {
                tracing::warn!(error = %e, "database unavailable");
                None
            }
            AppError::Internal(e) => {
                let reference = reference();
                tracing::error!(reference = %reference, error = ?e, "internal error");
                Some(reference)
            }
            _ => None,
        }
    }
}

/// A short reference for one failure, for a person to quote.
fn reference() -> String {
    let id = uuid::Uuid::new_v4().simple().to_string();
    id[..10].to_uppercase()
}

/// Whether `e` says the database is unreachable or busy, as opposed to a
/// query that is wrong.
pub fn is_outage(e: &DbErr) -> bool {
    match e {
        DbErr::ConnectionAcquire(_) | DbErr::Conn(_) => true,
        DbErr::Exec(RuntimeErr::SqlxError(s)) | DbErr::Query(RuntimeErr::SqlxError(s)) => {
            sqlx_outage(s)
        }
        // SQLite's lock held past the busy timeout, as some paths word it.
        other => other.to_string().contains("database is locked"),
    }
}

fn sqlx_outage(e: &sqlx::Error) -> bool {
    match e {
        sqlx::Error::Io(_)
        | sqlx::Error::PoolTimedOut
        | sqlx::Error::PoolClosed
        | sqlx::Error::WorkerCrashed
        | sqlx::Error::Tls(_)
        | sqlx::Error::Protocol(_) => true,
        sqlx::Error::Database(d) => d.code().is_some_and(|code| outage_code(&code)),
        _ => false,
    }
}

/// The SQLSTATEs (five characters) of PostgreSQL's connection, resource
/// and shutdown classes; SQLite's busy and locked codes (5, 6 and their
/// extended forms, at most four digits).
fn outage_code(code: &str) -> bool {
    if code.len() == 5 {
        return ["08", "53", "57P"].iter().any(|p| code.starts_with(p));
    }
    code.parse::<i32>().is_ok_and(|n| matches!(n & 0xff, 5 | 6))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outages_and_defects_are_told_apart() {
        assert!(
            AppError::from(DbErr::ConnectionAcquire(sea_orm::ConnAcquireErr::Timeout)).is_outage()
        );
        assert!(!AppError::from(DbErr::RecordNotFound("survey".into())).is_outage());
        assert!(!AppError::from(DbErr::Custom("bad definition".into())).is_outage());
        assert!(AppError::from(DbErr::Custom("database is locked".into())).is_outage());
        assert!(outage_code("5") && outage_code("517") && outage_code("6"));
        assert!(outage_code("08006") && outage_code("57P01") && outage_code("53300"));
        assert!(!outage_code("23505") && !outage_code("42P01") && !outage_code("19"));
    }

    #[test]
    fn a_defect_keeps_its_cause_and_gets_a_reference() {
        let e = AppError::from(DbErr::Custom("instrument 42: missing field".into()));
        assert!(format!("{e}").contains("instrument 42: missing field"));
        let reference = e.log().expect("a defect has a reference");
        assert_eq!(reference.len(), 10);
        assert!(AppError::NotFound.log().is_none());
    }
}
