//! One error type for the server. Its `Display` text is safe to show to a
//! user; internal causes are logged, never sent.

/// What can go wrong while answering a request.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// No such survey (or not published yet).
    #[error("not found")]
    NotFound,
    /// The caller sees this but may not change it.
    #[error("forbidden")]
    Forbidden,
    /// The survey is closed.
    #[error("this survey is closed")]
    Closed,
    /// The database could not be reached or answered with an error.
    #[error("the database is unavailable")]
    Database(#[from] sea_orm::DbErr),
    /// Stored data that should be valid is not (e.g. a definition that no
    /// longer parses).
    #[error("internal error")]
    Internal(String),
}

impl AppError {
    /// Logs internal causes; called where an error is turned into a response.
    pub fn log(&self) {
        match self {
            AppError::Database(e) => tracing::error!(error = %e, "database error"),
            AppError::Internal(e) => tracing::error!(error = %e, "internal error"),
            _ => {}
        }
    }
}
