//! The consultation (*uji publik*) pages' routes.

use super::consultations::{create, list, new, show};
use crate::http::ServerState;
use axum::Router;

/// The consultation (*uji publik*) pages.
pub fn routes() -> Router<ServerState> {
    use super::consultation_answers as answers;
    use super::consultation_record as record;
    use axum::routing::get;
    Router::new()
        .route("/admin/a/{agency}/consultations", get(list))
        .route("/admin/a/{agency}/consultations/new", get(new).post(create))
        .route("/admin/k/{slug}", get(show))
        .route(
            "/admin/k/{slug}/c/{key}",
            get(answers::answer_page).post(answers::answer),
        )
        .route(
            "/admin/k/{slug}/final",
            get(answers::final_page).post(answers::save_final),
        )
        .route(
            "/admin/k/{slug}/close",
            get(answers::close_page).post(answers::close),
        )
        .route("/admin/k/{slug}/record", get(record::page))
        .route("/admin/k/{slug}/record.pdf", get(record::pdf))
        .route("/admin/k/{slug}/poster", get(record::poster))
}
