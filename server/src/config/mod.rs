//! Configuration from environment variables (or the matching flags), with
//! defaults in code, in parts: the database, the secrets, the site, how
//! responses are judged, and the rate limits. `persepsi --help` lists them
//! all.

mod database;
mod limits;
mod operations;
mod proof;
mod responses;
mod secrets;
mod site;

pub use database::{DatabaseConfig, redact};
pub use limits::{LimitedAction, LimitsConfig, Rate};
pub use operations::{LogFormat, OperationsConfig};
pub use proof::ProofConfig;
pub use responses::ResponsesConfig;
pub use secrets::{Secret, SecretsConfig};
pub use site::SiteConfig;

use clap::Args;

/// Settings shared by every command.
#[derive(Clone, Debug, Args)]
pub struct Config {
    /// Where the data lives.
    #[command(flatten)]
    pub database: DatabaseConfig,
    /// The server's secret.
    #[command(flatten)]
    pub secrets: SecretsConfig,
    /// How the site is reached.
    #[command(flatten)]
    pub site: SiteConfig,
    /// Form tokens, fill time and retention.
    #[command(flatten)]
    pub responses: ResponsesConfig,
    /// The rate of each limited action.
    #[command(flatten)]
    pub limits: LimitsConfig,
    /// Photos sent as proof of service.
    #[command(flatten)]
    pub proof: ProofConfig,
    /// Metrics and logs.
    #[command(flatten)]
    pub operations: OperationsConfig,
}

impl Config {
    /// A configuration for the given database with every default.
    pub fn for_database(database_url: impl Into<String>) -> Self {
        use clap::Parser;
        #[derive(Parser)]
        struct Only {
            #[command(flatten)]
            config: Config,
        }
        let mut c = Only::parse_from(["persepsi"]).config;
        c.database.database_url = database_url.into();
        c
    }

    /// The database URL without any password, for messages.
    pub fn database_for_display(&self) -> String {
        self.database.for_display()
    }
}
