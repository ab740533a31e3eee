//! What the operator sees: who may read `/metrics`, and how the log is
//! written.

use clap::{Args, ValueEnum};
use ipnet::IpNet;

/// The operator's settings.
#[derive(Clone, Debug, Args)]
pub struct OperationsConfig {
    /// Addresses allowed to read `/metrics`, comma-separated, each an
    /// address or a network (`10.0.0.0/8`). Behind a proxy with
    /// `PERSEPSI_TRUST_PROXY`, the client's address as the proxy saw it;
    /// everyone else gets 404.
    #[arg(
        long,
        global = true,
        env = "PERSEPSI_METRICS_FROM",
        value_delimiter = ',',
        value_parser = network,
        default_value = "127.0.0.1/32,::1/128"
    )]
    pub metrics_from: Vec<IpNet>,

    /// How the log is written: `text` for people, `json` (one object per
    /// line) for a log collector.
    #[arg(
        long,
        global = true,
        env = "PERSEPSI_LOG_FORMAT",
        value_enum,
        default_value_t = LogFormat::Text
    )]
    pub log_format: LogFormat,

    /// Let webhooks send to internal networks and this machine (loopback,
    /// private and link-local addresses). Off: an agency's manager cannot
    /// make the server post to the operator's own services.
    #[arg(
        long,
        global = true,
        env = "PERSEPSI_WEBHOOK_ALLOW_PRIVATE",
        default_value_t = false,
        action = clap::ArgAction::Set
    )]
    pub webhook_allow_private: bool,

    /// Seconds between the batches of periodic webhook events (responses
    /// stored, bands changed, periods closed).
    #[arg(long, global = true, env = "PERSEPSI_WEBHOOK_BATCH_SECONDS", default_value_t = 60,
          value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub webhook_batch_seconds: u64,

    /// Seconds before a failed delivery's first retry; each later wait is
    /// twice the one before (at most an hour), for a day.
    #[arg(long, global = true, env = "PERSEPSI_WEBHOOK_RETRY_SECONDS", default_value_t = 30,
          value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub webhook_retry_seconds: u64,
}

/// The log's format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    /// Lines for people.
    Text,
    /// One JSON object per line.
    Json,
}

/// An address (`192.0.2.7`) or a network (`192.0.2.0/24`).
fn network(value: &str) -> Result<IpNet, String> {
    let value = value.trim();
    value
        .parse::<IpNet>()
        .or_else(|_| value.parse::<std::net::IpAddr>().map(IpNet::from))
        .map_err(|_| format!("`{value}` is neither an address nor a network such as 10.0.0.0/8"))
}

impl OperationsConfig {
    /// Whether `ip` may read `/metrics`.
    pub fn may_read_metrics(&self, ip: Option<std::net::IpAddr>) -> bool {
        ip.is_some_and(|ip| self.metrics_from.iter().any(|n| n.contains(&ip)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_and_networks_parse_and_nonsense_is_named() {
        assert_eq!(network("10.1.2.3").unwrap().to_string(), "10.1.2.3/32");
        assert_eq!(network(" 10.0.0.0/8").unwrap().to_string(), "10.0.0.0/8");
        assert!(network("::1").is_ok());
        assert!(network("everyone").unwrap_err().contains("everyone"));
        let c = crate::config::Config::for_database("sqlite::memory:").operations;
        assert!(c.may_read_metrics(Some("127.0.0.1".parse().unwrap())));
        assert!(c.may_read_metrics(Some("::1".parse().unwrap())));
        assert!(!c.may_read_metrics(Some("192.0.2.1".parse().unwrap())));
        assert!(!c.may_read_metrics(None));
    }
}
