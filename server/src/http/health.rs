//! `GET /healthz`: 200 when the database answers, 503 when it does not.

use crate::http::ServerState;
use axum::extract::State;
use axum::http::StatusCode;

/// Pings the database.
#[utoipa::path(
    get,
    path = "/healthz",
    tag = "operations",
    summary = "200 when the database answers, 503 when it does not",
    responses((status = 200, description = "ok"), (status = 503, description = "database unavailable"))
)]
pub async fn healthz(State(state): State<ServerState>) -> (StatusCode, &'static str) {
    match state.db.ping().await {
        Ok(()) => (StatusCode::OK, "ok\n"),
        Err(e) => {
            tracing::warn!(error = %e, "health check: database unreachable");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n")
        }
    }
}
