//! What every handler receives: the services' state and the HTTP layer's
//! own settings (rate limits, the proxy, cookies, body size).

use crate::http::rate_limit::Limits;
use crate::services::state::AppState;
use std::sync::Arc;

/// Everything a handler needs.
#[derive(Clone)]
pub struct ServerState {
    /// Database, token key, definitions.
    pub app: AppState,
    /// Rate limiters.
    pub limits: Arc<Limits>,
    /// Whether `X-Forwarded-For` is believed.
    pub trust_proxy: bool,
    /// Largest request body, in bytes.
    pub body_limit: usize,
    /// How long a request's body may take to arrive.
    pub body_timeout: std::time::Duration,
    /// Whether cookies are marked `Secure`.
    pub secure_cookies: bool,
    /// The site's public address, when configured.
    pub public_url: Option<String>,
    /// The national complaint channel (SP4N-LAPOR!).
    pub complaint_url: String,
    /// Imports checked at once; the others wait with their bodies unread
    /// into responses, so a burst of large imports cannot fill memory.
    pub imports: Arc<tokio::sync::Semaphore>,
    /// Proof photos: their store and the bounds on processing them.
    pub proofs: Arc<crate::services::proof::Proofs>,
    /// Who may read `/metrics`; the log's format.
    pub operations: Arc<crate::config::OperationsConfig>,
}

impl std::ops::Deref for ServerState {
    type Target = AppState;
    fn deref(&self) -> &AppState {
        &self.app
    }
}
