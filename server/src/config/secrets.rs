//! The server's secret, in a type that never prints it.

use clap::Args;
use std::str::FromStr;

/// Secrets.
#[derive(Clone, Debug, Args)]
pub struct SecretsConfig {
    /// Secret that signs form tokens (32+ random characters). When unset,
    /// one is generated on first start and kept in the database.
    #[arg(long, global = true, env = "PERSEPSI_SECRET", hide_env_values = true)]
    pub secret: Option<Secret>,
}

/// A secret value: its `Debug` and `Display` never show it.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// The value itself, for the one place that uses it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl FromStr for Secret {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Secret(s.to_string()))
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("<secret>")
    }
}

impl std::fmt::Display for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("<secret>")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_secret_never_prints() {
        let s: Secret = "correct horse battery staple".parse().unwrap();
        assert_eq!(format!("{s:?} {s}"), "<secret> <secret>");
        assert_eq!(s.expose(), "correct horse battery staple");
    }
}
