//! How responses are judged and how long abuse-control keys are kept.

use clap::Args;

/// Form tokens, fill time and retention.
#[derive(Clone, Debug, Args)]
pub struct ResponsesConfig {
    /// How long a form stays valid after it is shown, in seconds.
    #[arg(
        long,
        global = true,
        env = "PERSEPSI_TOKEN_TTL",
        default_value_t = 86_400
    )]
    pub token_ttl: i64,

    /// Responses sent sooner than this many seconds after their form was
    /// shown are stored but flagged suspect (left out of scores).
    #[arg(
        long,
        global = true,
        env = "PERSEPSI_MIN_FILL_SECONDS",
        default_value_t = 4
    )]
    pub min_fill_secs: i64,

    /// Days after which abuse-control keys (hashed device ids) are deleted.
    #[arg(
        long,
        global = true,
        env = "PERSEPSI_ABUSE_RETENTION_DAYS",
        default_value_t = 40
    )]
    pub abuse_retention_days: i64,
}
