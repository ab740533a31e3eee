//! What every request handler shares: the database, the token key and the
//! parsed definitions (immutable per version, so cached for good).

use crate::error::AppError;
use crate::services::changes::Change;
use crate::services::token::TokenKey;
use crate::store::definitions::Definitions;
use crate::store::levels::{self, AgencyScores, Filter};
use crate::store::surveys::{self, LoadedSurvey};
use app::domain::bands::BandTable;
use app::domain::instrument::Instrument;
use axum::extract::FromRef;
use leptos::config::LeptosOptions;
use sea_orm::{DatabaseConnection, DbErr};
use std::collections::HashMap;
use std::sync::Arc;
use uuid::Uuid;

/// Shared, cheap to clone.
#[derive(Clone)]
pub struct AppState(Arc<Inner>);

/// The parts of [`AppState`].
pub struct Inner {
    /// The database pool.
    pub db: DatabaseConnection,
    /// Signs and checks form tokens.
    pub tokens: TokenKey,
    /// How long a form token stays valid, in seconds.
    pub token_ttl: i64,
    /// The thresholds that judge a stream of responses (fill time,
    /// bursts, repeats).
    pub rules: app::domain::flood::Rules,
    /// The time as the server sees it.
    pub clock: crate::services::clock::Clock,
    /// Per unit and survey, what the flood rules learn from history, for
    /// a while.
    pub norms: TtlCache<app::domain::flood::Norms>,
    /// Where the site's files are and what they are called.
    pub leptos: LeptosOptions,
    /// The content-hashed names of the site's files.
    pub assets: crate::services::assets::Assets,
    /// Scores of every provider per filter, for a short while (rankings).
    pub score_cache: TtlCache<Arc<Vec<AgencyScores>>>,
    /// Surveys as citizens' pages load them (survey, agency, units), for
    /// [`SURVEY_TTL`]; cleared by every change this server makes.
    pub survey_cache: TtlCache<LoadedSurvey>,
    /// Stores responses, sharing transactions under load.
    pub writer: crate::store::writer::Writer,
    /// Parsed instrument and band-table versions.
    pub definitions: Definitions,
    /// What `/metrics` reports.
    pub metrics: Arc<crate::metrics::Metrics>,
    /// The writer's own connections (for the pool's figures).
    pub writer_db: DatabaseConnection,
    /// Tells the other servers on the database what changed.
    pub changes: crate::services::changes::Announcer,
    /// Wakes the webhook sender when this server queued a delivery.
    pub deliveries_queued: tokio::sync::Notify,
}

impl std::ops::Deref for AppState {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos.clone()
    }
}

/// How long a server keeps a survey it loaded. A change made through this
/// server is seen at once; one made through another server sharing a
/// PostgreSQL database as soon as its announcement arrives
/// ([`crate::services::changes`]), or within this time should it be lost.
pub const SURVEY_TTL: std::time::Duration = std::time::Duration::from_secs(5);

impl AppState {
    /// Forgets the surveys kept for citizens' pages (after an agency, unit
    /// or survey changed).
    pub fn surveys_changed(&self) {
        self.survey_cache.clear();
        self.changes.announce(Change::Surveys);
    }

    /// Forgets what another server's `change` touched.
    pub fn forget(&self, change: Change) {
        match change {
            Change::Surveys => self.survey_cache.clear(),
            Change::Scores => self.score_cache.clear(),
        }
    }

    /// Forgets the scores kept for rankings (after responses were set
    /// aside or counted again), here and on the other servers.
    pub fn scores_changed(&self) {
        self.score_cache.clear();
        self.changes.announce(Change::Scores);
    }

    /// Builds the state around an open, migrated database (`db`) and the
    /// response writer's own connections to it (`writer_db`).
    pub fn new(
        db: DatabaseConnection,
        writer_db: DatabaseConnection,
        tokens: TokenKey,
        token_ttl: i64,
        rules: app::domain::flood::Rules,
        leptos: LeptosOptions,
    ) -> Self {
        let metrics = Arc::new(crate::metrics::Metrics::default());
        let writer = crate::store::writer::Writer::start(
            writer_db.clone(),
            crate::store::writer::Writer::workers_for(&writer_db),
            metrics.clone(),
        );
        let changes = crate::services::changes::Announcer::start(&db);
        AppState(Arc::new(Inner {
            db,
            tokens,
            token_ttl,
            rules,
            clock: crate::services::clock::Clock::default(),
            norms: TtlCache::with_capacity(std::time::Duration::from_secs(600), 4_096),
            assets: crate::services::assets::Assets::load(&leptos),
            leptos,
            score_cache: TtlCache::new(std::time::Duration::from_secs(30)),
            survey_cache: TtlCache::with_capacity(SURVEY_TTL, 4_096),
            writer,
            definitions: Definitions::default(),
            metrics,
            changes,
            deliveries_queued: tokio::sync::Notify::new(),
            writer_db,
        }))
    }

    /// The instrument version with this id.
    pub async fn instrument(&self, id: Uuid) -> Result<Arc<Instrument>, DbErr> {
        self.definitions.instrument(&self.db, id).await
    }

    /// The band-table version with this id.
    pub async fn band_table(&self, id: Uuid) -> Result<Arc<BandTable>, DbErr> {
        self.definitions.band_table(&self.db, id).await
    }

    /// The published survey with this public slug, as citizens' pages load
    /// it (kept for [`SURVEY_TTL`]). Drafts are not public: not found.
    pub async fn survey(&self, slug: &str) -> Result<LoadedSurvey, AppError> {
        if !surveys::is_slug(slug) {
            return Err(AppError::NotFound);
        }
        if let Some(hit) = self.survey_cache.get(slug) {
            return Ok(hit);
        }
        let loaded = surveys::load(&self.db, &self.definitions, slug).await?;
        self.survey_cache.put(slug.to_string(), loaded.clone());
        Ok(loaded)
    }

    /// Scores per agency and unit for everything `filter` selects,
    /// computed now.
    pub async fn agency_scores(&self, filter: &Filter) -> Result<Vec<AgencyScores>, DbErr> {
        levels::agency_scores(&self.db, &self.definitions, filter).await
    }
}

/// Values kept for a fixed time, then computed again; the oldest dropped
/// beyond a capacity (64 unless told).
pub struct TtlCache<V> {
    ttl: std::time::Duration,
    capacity: usize,
    entries: std::sync::Mutex<HashMap<String, (std::time::Instant, V)>>,
}

impl<V: Clone> TtlCache<V> {
    /// A cache whose entries live `ttl`.
    pub fn new(ttl: std::time::Duration) -> Self {
        Self::with_capacity(ttl, 64)
    }

    /// A cache whose entries live `ttl`, holding at most `capacity`.
    pub fn with_capacity(ttl: std::time::Duration, capacity: usize) -> Self {
        TtlCache {
            ttl,
            capacity,
            entries: std::sync::Mutex::default(),
        }
    }

    /// The live value of `key`.
    pub fn get(&self, key: &str) -> Option<V> {
        let entries = self.entries.lock().expect("lock");
        entries
            .get(key)
            .filter(|(at, _)| at.elapsed() < self.ttl)
            .map(|(_, v)| v.clone())
    }

    /// Forgets everything (benchmarks measure the cold path with it).
    pub fn clear(&self) {
        self.entries.lock().expect("lock").clear();
    }

    /// Keeps `value` under `key`.
    pub fn put(&self, key: String, value: V) {
        let mut entries = self.entries.lock().expect("lock");
        if entries.len() >= self.capacity {
            entries.retain(|_, (at, _)| at.elapsed() < self.ttl);
        }
        if entries.len() >= self.capacity
            && let Some(oldest) = entries
                .iter()
                .min_by_key(|(_, (at, _))| *at)
                .map(|(k, _)| k.clone())
        {
            entries.remove(&oldest);
        }
        entries.insert(key, (std::time::Instant::now(), value));
    }
}
