//! What is wrong with the filters of an export or a ranking: a field to
//! fix, or a failure behind it.

use crate::error::AppError;
use app::domain::answers::{FieldErrors, push_error};

/// Why an export or a ranking cannot be made from its filters.
#[derive(Debug)]
pub enum PlanError {
    /// A filter is wrong: messages per field.
    Invalid(FieldErrors),
    /// The database failed.
    App(AppError),
}

impl From<sea_orm::DbErr> for PlanError {
    fn from(e: sea_orm::DbErr) -> Self {
        PlanError::App(AppError::from(e))
    }
}

impl From<AppError> for PlanError {
    fn from(e: AppError) -> Self {
        PlanError::App(e)
    }
}

/// A refused filter: `message` on `field`.
pub fn invalid(field: &str, message: app::i18n::Tr) -> PlanError {
    let mut e = FieldErrors::new();
    push_error(&mut e, field, message.text());
    PlanError::Invalid(e)
}
