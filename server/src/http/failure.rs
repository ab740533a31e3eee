//! The one map from an [`AppError`] to what a person is told: the status,
//! the words and whether to retry. Citizens' pages, admin pages and the
//! JSON API render the same answer in their own form.

use crate::error::AppError;
use app::domain::text::Lang;
use app::i18n::{self, Tr};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

/// Who is being answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Surface {
    /// A citizen's or the public's page.
    Citizen,
    /// A signed-in manager's or assessor's page.
    Admin,
    /// The JSON API.
    Json,
}

/// What a failure answers.
#[derive(Clone, Debug)]
pub struct Answer {
    /// The HTTP status.
    pub status: StatusCode,
    /// The page title (pages only).
    pub title: Tr,
    /// The explanation (the JSON `error`).
    pub body: Tr,
    /// More to say: a defect's reference.
    pub detail: Option<String>,
    /// Seconds for `Retry-After`, on an outage.
    pub retry_after: Option<u32>,
}

/// Seconds a client is asked to wait during a database outage.
pub const OUTAGE_RETRY_SECS: u32 = 5;

/// What is left of an [`AppError`] once its cause is logged: enough to
/// answer it on any surface.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// [`AppError::NotFound`].
    NotFound,
    /// [`AppError::Forbidden`].
    Forbidden,
    /// [`AppError::Closed`].
    Closed,
    /// [`AppError::Unavailable`].
    Unavailable,
    /// [`AppError::Internal`].
    Internal,
}

/// A failure on its way to the person: its kind and, for a defect, the
/// reference its log line carries.
#[derive(Clone, Debug)]
pub struct Failure {
    /// What failed.
    pub kind: Kind,
    /// A defect's reference.
    pub reference: Option<String>,
}

impl Failure {
    /// Logs the cause of `e` (once) and keeps what answering needs.
    pub fn of(e: &AppError) -> Self {
        let kind = match e {
            AppError::NotFound => Kind::NotFound,
            AppError::Forbidden => Kind::Forbidden,
            AppError::Closed => Kind::Closed,
            AppError::Unavailable(_) => Kind::Unavailable,
            AppError::Internal(_) => Kind::Internal,
        };
        Failure {
            kind,
            reference: e.log(),
        }
    }

    /// What `surface` answers, in `lang`.
    pub fn answer(&self, surface: Surface, lang: Lang) -> Answer {
        let (status, title, body) = match (self.kind, surface) {
            (Kind::NotFound, Surface::Json) => (
                StatusCode::NOT_FOUND,
                i18n::NOT_FOUND_TITLE,
                i18n::SURVEY_NOT_FOUND,
            ),
            (Kind::NotFound | Kind::Closed, Surface::Admin) => (
                StatusCode::NOT_FOUND,
                i18n::ADMIN_NOT_FOUND_TITLE,
                i18n::ADMIN_NOT_FOUND_BODY,
            ),
            (Kind::NotFound, Surface::Citizen) => (
                StatusCode::NOT_FOUND,
                i18n::NOT_FOUND_TITLE,
                i18n::NOT_FOUND_BODY,
            ),
            (Kind::Closed, Surface::Json) => {
                (StatusCode::GONE, i18n::CLOSED_TITLE, i18n::SURVEY_CLOSED)
            }
            (Kind::Closed, Surface::Citizen) => {
                (StatusCode::GONE, i18n::CLOSED_TITLE, i18n::CLOSED_BODY)
            }
            (Kind::Forbidden, _) => (
                StatusCode::FORBIDDEN,
                i18n::FORBIDDEN_TITLE,
                i18n::FORBIDDEN_BODY,
            ),
            (Kind::Unavailable, Surface::Json) => (
                StatusCode::SERVICE_UNAVAILABLE,
                i18n::UNAVAILABLE_TITLE,
                i18n::SERVICE_BUSY,
            ),
            (Kind::Unavailable, _) => (
                StatusCode::SERVICE_UNAVAILABLE,
                i18n::UNAVAILABLE_TITLE,
                i18n::UNAVAILABLE_BODY,
            ),
            (Kind::Internal, _) => (
                StatusCode::INTERNAL_SERVER_ERROR,
                i18n::INTERNAL_TITLE,
                i18n::INTERNAL_BODY,
            ),
        };
        Answer {
            status,
            title,
            body,
            detail: self
                .reference
                .as_ref()
                .map(|r| i18n::INTERNAL_REFERENCE.with(lang, &[("reference", r.as_str().into())])),
            retry_after: (self.kind == Kind::Unavailable).then_some(OUTAGE_RETRY_SECS),
        }
    }
}

/// Logs the cause of `e` and says what `surface` answers, in `lang`.
pub fn answer(e: &AppError, surface: Surface, lang: Lang) -> Answer {
    Failure::of(e).answer(surface, lang)
}

/// Who a request's path answers: `/api/…` JSON, `/admin…` an admin page,
/// anything else a citizen's or the public's page.
pub fn surface_of(path: &str) -> Surface {
    if path.starts_with("/api/") {
        Surface::Json
    } else if path == "/admin" || path.starts_with("/admin/") {
        Surface::Admin
    } else {
        Surface::Citizen
    }
}

/// A handler's `Err`: logged now, answered by the layer in
/// `http::failure_layer` in the form its path calls for.
impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let failure = Failure::of(&self);
        let status = failure.answer(Surface::Json, Lang::default()).status;
        let mut r = status.into_response();
        r.extensions_mut().insert(failure);
        r
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_outage_asks_to_retry_and_a_defect_names_its_reference() {
        let outage = AppError::Unavailable(sea_orm::DbErr::ConnectionAcquire(
            sea_orm::ConnAcquireErr::Timeout,
        ));
        let a = answer(&outage, Surface::Citizen, Lang::Id);
        assert_eq!(
            (a.status, a.retry_after),
            (StatusCode::SERVICE_UNAVAILABLE, Some(5))
        );
        let bug = AppError::internal("a definition no longer parses");
        for surface in [Surface::Citizen, Surface::Admin, Surface::Json] {
            let a = answer(&bug, surface, Lang::En);
            assert_eq!(a.status, StatusCode::INTERNAL_SERVER_ERROR);
            assert_eq!(a.retry_after, None);
            assert!(a.detail.as_deref().is_some_and(|d| d.contains("reference")));
        }
        assert_eq!(
            answer(&AppError::Closed, Surface::Admin, Lang::Id).status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            answer(&AppError::Closed, Surface::Json, Lang::Id).status,
            StatusCode::GONE
        );
    }
}
