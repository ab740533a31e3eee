//! `GET /metrics` (Prometheus' text format, to the addresses the operator
//! names in `PERSEPSI_METRICS_FROM`; everyone else gets 404) and the layer
//! that times every request for it.

use crate::http::ServerState;
use crate::http::client::Client;
use crate::metrics::Gauges;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use sea_orm::DatabaseConnection;
use std::time::Instant;

/// The metrics, to an allowed address.
pub async fn metrics(State(state): State<ServerState>, client: Client) -> Response {
    if !state.operations.may_read_metrics(client.1) {
        return StatusCode::NOT_FOUND.into_response();
    }
    let gauges = Gauges {
        queued: state.writer.queued(),
        pool: pool(&state.db),
        writer_pool: pool(&state.writer_db),
    };
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        state.metrics.render(gauges),
    )
        .into_response()
}

/// Open and idle connections of a pool.
fn pool(db: &DatabaseConnection) -> (u32, usize) {
    match db.get_database_backend() {
        sea_orm::DatabaseBackend::Postgres => {
            let p = db.get_postgres_connection_pool();
            (p.size(), p.num_idle())
        }
        _ => {
            let p = db.get_sqlite_connection_pool();
            (p.size(), p.num_idle())
        }
    }
}

/// Counts and times each request under its route's pattern.
pub async fn observe(State(state): State<ServerState>, req: Request, next: Next) -> Response {
    let started = Instant::now();
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "unmatched".to_string(), |p| p.as_str().to_string());
    let method = req.method().clone();
    let res = next.run(req).await;
    state.metrics.request(
        &route,
        method.as_str(),
        res.status().as_u16(),
        started.elapsed(),
    );
    res
}
