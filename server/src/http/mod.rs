//! The HTTP layer: routes, extractors, responders and rate limits. It
//! calls the services and the store, never the other way round.

pub mod admin;
pub mod api;
pub mod api_docs;
pub mod caller;
pub mod certificate;
pub mod citizen;
pub mod client;
pub mod codes;
pub mod consultation;
pub mod dashboard;
pub mod deadline;
pub mod embed;
pub mod export_doc;
pub mod exports;
pub mod extract;
pub mod failure;
pub mod failure_layer;
pub mod field_send;
pub mod form_page;
pub mod framing;
pub mod headers;
pub mod health;
pub mod html;
pub mod import;
pub mod install;
pub mod kiosk;
pub mod listing;
pub mod metrics;
pub mod open_data;
pub mod openapi;
pub mod opinion_api;
pub mod photo;
pub mod public;
pub mod publication;
pub mod ranking;
pub mod rate_limit;
pub mod render;
pub mod results_page;
pub mod scores;
pub mod sent;
pub mod serve;
pub mod shared_budget;
pub mod state;
pub mod steps;
pub mod upload;

pub use state::ServerState;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use std::time::Duration;
use tower_http::compression::CompressionLayer;
use tower_http::services::ServeDir;

/// Every route of the server.
pub fn router(state: ServerState) -> Router {
    let pkg_dir = format!("{}/{}", state.leptos.site_root, state.leptos.site_pkg_dir);
    let pkg_url = format!("/{}", state.leptos.site_pkg_dir);
    let limits = state.limits.clone();
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(60));
        loop {
            tick.tick().await;
            limits.forget_idle().await;
        }
    });
    let static_files = Router::new()
        .fallback_service(ServeDir::new(pkg_dir).precompressed_gzip())
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            hashed_names,
        ));
    Router::new()
        .route("/", get(public::home))
        .route("/s/{slug}", get(citizen::form).post(citizen::submit))
        .route("/s/{slug}/thanks", get(public::thanks))
        .route("/s/{slug}/qr.svg", get(embed::qr_svg))
        .route("/s/{slug}/qr.png", get(embed::qr_png))
        .route(
            "/k/{slug}",
            get(consultation::form).post(consultation::submit),
        )
        .route("/k/{slug}/thanks", get(consultation::thanks))
        .route("/uji/{slug}", get(consultation::public))
        .route("/embed.js", get(embed::embed_js))
        .route("/embed-frame.js", get(embed::frame_js))
        .route("/sw.js", get(embed::service_worker))
        .route("/admin-export.js", get(embed::export_js))
        .route("/print.js", get(embed::print_js))
        .route("/proof-photo.js", get(embed::proof_photo_js))
        .route("/field.js", get(kiosk::field_js))
        .route("/conditions.js", get(embed::conditions_js))
        .route("/kiosk.webmanifest", get(install::kiosk_manifest))
        .route("/interviews.webmanifest", get(install::interviews_manifest))
        .route("/icon-192.png", get(install::icon_192))
        .route("/icon-512.png", get(install::icon_512))
        .route("/kiosk", get(kiosk::page).post(kiosk::post))
        .route("/kiosk/pair", get(kiosk::pair_form).post(kiosk::pair))
        .route("/kiosk/responses", post(kiosk::responses))
        .route("/embed/{slug}", get(embed::form).post(embed::submit))
        .route("/embed/{slug}/thanks", get(embed::thanks))
        .route("/s/{slug}/results", get(results_page::results))
        .route("/p/{agency}", get(publication::agency_page))
        .route("/v/{code}", get(certificate::verify))
        .route("/p/{agency}/{unit}/badge.svg", get(publication::badge_svg))
        .route("/p/{agency}/{unit}/badge", get(publication::badge_page))
        .route("/api/v1/surveys/{slug}", get(api::definition))
        .route(
            "/api/v1/surveys/{slug}/responses",
            axum::routing::post(api::submit),
        )
        .route("/api/v1/surveys/{slug}/score", get(scores::survey))
        .route(
            "/api/v1/surveys/{slug}/responses/import",
            axum::routing::post(import::import).layer(DefaultBodyLimit::max(import::BODY_LIMIT)),
        )
        .route(
            "/api/v1/agencies/{agency}/units/{unit}/codes",
            axum::routing::post(codes::generate),
        )
        .route("/api/v1/scores", get(scores::levels))
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        .route("/metrics", get(metrics::metrics))
        .route("/favicon.ico", get(public::favicon))
        .merge(admin::routes())
        .route("/admin/ranking", get(ranking::page))
        .route("/api/v1/ranking", get(ranking::api))
        .route("/api/openapi.json", get(openapi::document))
        .route("/api/docs", get(api_docs::page))
        .route("/admin/dashboard/{*path}", get(dashboard::dashboard))
        .route("/admin/exports", get(exports::page))
        .route("/admin/exports/download", get(exports::from_form))
        .route("/admin/exports/{file}", get(exports::download))
        .route("/api/v1/exports/{file}", get(exports::download))
        .route(
            "/api/v1/agencies/{agency}/opinion",
            get(opinion_api::opinion),
        )
        .merge(open_data::routes())
        .nest_service(&pkg_url, static_files)
        .fallback(public::not_found)
        // Before any handler: a post to /admin from another site.
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            admin::origin::same_site,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            failure_layer::answer_failures,
        ))
        // Pages may be framed only where a handler says so (embeds).
        .layer(axum::middleware::from_fn(headers::security))
        .layer(DefaultBodyLimit::max(state.body_limit))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            deadline::body_deadline,
        ))
        .layer(CompressionLayer::new())
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            metrics::observe,
        ))
        .with_state(state)
}

/// Serves `persepsi.<hash>.js` (and `.wasm`, `.css`) from the file of the
/// plain name, cached for a year when the hash is this build's.
async fn hashed_names(
    axum::extract::State(state): axum::extract::State<ServerState>,
    mut req: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    use crate::services::assets::{IMMUTABLE, SHORT};
    let path = req.uri().path().trim_start_matches('/');
    let (file, current) = state.assets.resolve(path);
    if file != path {
        let uri = format!("/{file}");
        if let Ok(uri) = uri.parse() {
            *req.uri_mut() = uri;
        }
    }
    let mut res = next.run(req).await;
    if res.status().is_success() {
        let value = if current { IMMUTABLE } else { SHORT };
        res.headers_mut().insert(
            http::header::CACHE_CONTROL,
            http::HeaderValue::from_static(value),
        );
    }
    res
}
