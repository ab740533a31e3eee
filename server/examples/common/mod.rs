//! (Each benchmark program uses a part of this module.)
#![allow(dead_code)]

//! What the benchmark programs share: a fresh database, the real server on
//! a random port, an assessor's API token, and cleaning up.

use persepsi_server::ServerState;
use sea_orm::{ConnectionTrait, Database};
use uuid::Uuid;

/// A fresh database: a SQLite file in a temporary folder for `sqlite`, or a
/// new database on the PostgreSQL server `arg` names.
pub async fn database(arg: &str) -> (String, Option<tempfile::TempDir>) {
    if arg == "sqlite" {
        let dir = tempfile::tempdir().unwrap();
        return (
            format!("sqlite://{}/bench.db", dir.path().display()),
            Some(dir),
        );
    }
    let admin = Database::connect(arg).await.expect("PostgreSQL reachable");
    let name = format!("persepsi_bench_{}", Uuid::new_v4().simple());
    admin
        .execute_unprepared(&format!("CREATE DATABASE \"{name}\""))
        .await
        .unwrap();
    let (prefix, _) = arg.rsplit_once('/').unwrap();
    (format!("{prefix}/{name}"), None)
}

/// Drops the PostgreSQL database [`database`] made (SQLite's folder goes
/// with its guard).
pub async fn drop_database(arg: &str, url: &str, state: &ServerState) {
    if arg == "sqlite" {
        return;
    }
    state.db.close_by_ref().await.ok();
    let admin = Database::connect(arg).await.unwrap();
    let name = url.rsplit('/').next().unwrap();
    admin
        .execute_unprepared(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
        .await
        .ok();
}

/// Serves `router` on a random local port; returns its base address.
pub async fn serve(router: axum::Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move {
        axum::serve(
            listener,
            router.into_make_service_with_connect_info::<std::net::SocketAddr>(),
        )
        .await
        .unwrap();
    });
    base
}

/// An API token of a new assessor who sees every agency.
pub async fn assessor_token(state: &ServerState) -> String {
    let user = app::ssr::auth::create_user(
        &state.db,
        "bench@persepsi.id",
        "bench-password-1",
        app::ssr::access::Role::Assessor,
        None,
        None,
    )
    .await
    .unwrap();
    app::ssr::repo::api_tokens::create_for_user(&state.db, &state.tokens, user, "bench")
        .await
        .unwrap()
}
