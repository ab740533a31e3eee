//! `GET /healthz` (the process is alive and serving) and `GET /readyz`
//! (it can do its work: the database answers and every migration this
//! build knows is applied). A proxy or an orchestrator sends traffic only
//! to a ready server and restarts one that is not alive.

use crate::http::ServerState;
use axum::extract::State;
use axum::http::StatusCode;

/// Alive: answers without touching the database, so a database outage
/// does not make every server look dead and get restarted for nothing.
#[utoipa::path(
    get,
    path = "/healthz",
    tag = "operations",
    summary = "200 while the process serves requests (the database is not asked)",
    responses((status = 200, description = "alive"))
)]
pub async fn healthz() -> (StatusCode, &'static str) {
    (StatusCode::OK, "ok\n")
}

/// Ready: the database answers and no migration is pending.
#[utoipa::path(
    get,
    path = "/readyz",
    tag = "operations",
    summary = "200 when the database answers and its migrations are done, 503 when not",
    responses(
        (status = 200, description = "ready"),
        (status = 503, description = "database unavailable, or migrations pending")
    )
)]
pub async fn readyz(State(state): State<ServerState>) -> (StatusCode, &'static str) {
    if let Err(e) = state.db.ping().await {
        tracing::warn!(error = %e, "readiness: database unreachable");
        return (StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n");
    }
    match crate::store::db::pending_migrations(&state.db).await {
        Ok(0) => (StatusCode::OK, "ready\n"),
        Ok(n) => {
            tracing::warn!(pending = n, "readiness: migrations pending");
            (StatusCode::SERVICE_UNAVAILABLE, "migrations pending\n")
        }
        Err(e) => {
            tracing::warn!(error = %e, "readiness: could not read the migrations");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n")
        }
    }
}
