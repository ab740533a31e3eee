//! The Persepsi server: configuration, start-up and the HTTP routes.
//! `main.rs` parses the command line and calls [`build`]; the integration
//! tests call [`build`] too, so they exercise exactly what runs.

pub mod cli;
pub mod config;
pub mod dto;
pub mod error;
pub mod http;
pub mod metrics;
pub mod secret;
pub mod services;
pub mod store;

use crate::services::state::AppState;
use anyhow::Context;
use axum::Router;
use config::Config;
pub use http::ServerState;
use http::rate_limit::Limits;
use leptos::config::get_configuration;
use std::sync::Arc;

/// A built server: the router, and the state behind it (for tests and
/// commands).
pub struct Server {
    /// The HTTP routes.
    pub router: Router,
    /// The shared state.
    pub state: ServerState,
    /// How long a client may take to send a request's headers (the
    /// connection loop's deadline, [`http::serve::serve`]).
    pub header_timeout: std::time::Duration,
}

/// Connects to the database, applies migrations, loads the shipped
/// definitions and builds the router. Any failure names what failed.
pub async fn build(config: &Config) -> anyhow::Result<Server> {
    // Leptos spawns its rendering work on the global executor; harmless
    // when already set (tests build several servers in one process).
    let _ = any_spawner::Executor::init_tokio();
    let app = app_state(config).await?;
    let rebuilt = crate::store::retally::repair(&app.db, &app.definitions)
        .await
        .context("could not check the score tallies")?;
    if rebuilt > 0 {
        tracing::info!(
            surveys = rebuilt,
            "rebuilt score tallies from stored answers"
        );
    }
    let proofs = Arc::new(
        crate::services::proof::Proofs::from_config(&config.proof)
            .context("could not open the proof photo store")?,
    );
    crate::services::retention::spawn(
        app.clone(),
        proofs.clone(),
        config.responses.comment_retention_days,
    );
    crate::services::webhooks::spawn(
        app.clone(),
        std::time::Duration::from_secs(config.operations.webhook_batch_seconds),
        std::time::Duration::from_secs(config.operations.webhook_retry_seconds),
        config.operations.webhook_allow_private,
    );
    let heard = app.clone();
    crate::services::changes::listen(&config.database.database_url, move |change| {
        heard.forget(change)
    });
    let limits = Arc::new(Limits::with(
        &config.limits,
        http::rate_limit::Keyed::from_secret(&app.tokens),
        (config.limits.shared && !crate::store::db::is_sqlite(&config.database.database_url))
            .then(|| app.db.clone()),
    ));
    let state = ServerState {
        app,
        proofs,
        limits,
        trust_proxy: config.site.trust_proxy,
        body_limit: config.site.body_limit,
        body_timeout: std::time::Duration::from_secs(config.site.body_timeout),
        secure_cookies: config.site.secure_cookies,
        complaint_url: config.site.complaint_url.clone(),
        imports: Arc::new(tokio::sync::Semaphore::new(2)),
        operations: Arc::new(config.operations.clone()),
        public_url: config
            .site
            .public_url
            .as_deref()
            .map(|u| u.trim_end_matches('/').to_string())
            .filter(|u| !u.is_empty()),
    };
    spawn_purge(
        state.db.clone(),
        chrono::Duration::days(config.responses.abuse_retention_days),
    );
    Ok(Server {
        router: http::router(state.clone()),
        state,
        header_timeout: std::time::Duration::from_secs(config.site.header_timeout),
    })
}

/// The database (migrated, with the shipped definitions), the token key,
/// the site's settings and the response writer's own connections.
async fn app_state(config: &Config) -> anyhow::Result<AppState> {
    let db_name = config.database_for_display();
    let url = &config.database.database_url;
    let db = crate::store::db::connect(url, config.database.pool_size())
        .await
        .with_context(|| format!("could not open the database {db_name}"))?;
    crate::store::db::migrate(&db)
        .await
        .with_context(|| format!("could not migrate the database {db_name}"))?;
    crate::store::catalog::sync(&db)
        .await
        .with_context(|| format!("could not load the instrument definitions into {db_name}"))?;
    let given = crate::store::methods::backfill(&db)
        .await
        .with_context(|| format!("could not give surveys their method in {db_name}"))?;
    if given > 0 {
        tracing::info!(surveys = given, "surveys now name their assessment method");
    }
    let given = config
        .secrets
        .secret
        .as_ref()
        .map(crate::config::Secret::expose);
    let tokens = crate::services::token::token_secret(&db, given)
        .await
        .context("could not read or create the token secret")?;
    let mut leptos = get_configuration(None)
        .context("could not read the LEPTOS_* settings")?
        .leptos_options;
    if std::env::var_os("LEPTOS_ENV").is_none() {
        leptos.env = leptos::config::Env::PROD;
    }
    // The response writer has connections of its own: its large multi-row
    // statements stay prepared there only, and readers never wait behind it.
    let writers = crate::store::writer::Writer::workers_for(&db);
    let writer_db = crate::store::db::connect(url, writers as u32)
        .await
        .with_context(|| format!("could not open the database {db_name}"))?;
    Ok(AppState::new(
        db,
        writer_db,
        tokens,
        config.responses.token_ttl,
        config.responses.rules(),
        leptos,
    ))
}

/// Deletes expired abuse-control keys and sessions now and every hour
/// after.
fn spawn_purge(db: sea_orm::DatabaseConnection, retention: chrono::Duration) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(std::time::Duration::from_secs(3600));
        loop {
            tick.tick().await;
            match crate::store::privacy::purge(&db, retention).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(deleted = n, "purged expired abuse-control keys"),
                Err(e) => tracing::warn!(error = %e, "could not purge device hashes"),
            }
            if let Err(e) = crate::services::auth::purge_sessions(&db).await {
                tracing::warn!(error = %e, "could not purge expired sessions");
            }
        }
    });
}
