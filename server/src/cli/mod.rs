//! The `persepsi` command line: serve the site, migrate the database, load
//! demo data, import definitions, hand out service codes, accounts and API
//! tokens. `main.rs` parses it and calls [`run`].

mod commands;

use crate::config::Config;
use clap::{Parser, Subcommand};
use std::net::SocketAddr;

/// Persepsi: public-service perception surveys with scores you can defend.
///
/// Every setting below can be given as a flag or as the environment
/// variable shown beside it. Also read from the environment:
/// `PERSEPSI_ADDR` (where `serve` listens, default `127.0.0.1:3000`),
/// `RUST_LOG` (log level, default `info`) and `LEPTOS_SITE_ROOT` (where the
/// built site's files are, default `target/site`).
#[derive(Parser)]
#[command(name = "persepsi", version, about, long_about)]
pub struct Cli {
    /// What to do; without one, `serve` (as `cargo leptos watch` runs it).
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub config: Config,
}

#[derive(Subcommand)]
pub enum Command {
    /// Serve the site and the API (migrates the database first).
    Serve {
        /// Address to listen on.
        #[arg(long, env = "PERSEPSI_ADDR", default_value = "127.0.0.1:3000")]
        addr: SocketAddr,
    },
    /// Apply pending database migrations and load the shipped instruments.
    Migrate,
    /// A consistent copy of the live SQLite database into FILE (a new
    /// file), taken while the server serves, then checked. PostgreSQL:
    /// `pg_dump` (docs/deploy.md).
    Backup {
        /// Where to write the copy.
        file: std::path::PathBuf,
    },
    /// Checks the backup FILE and puts it in place of the SQLite database
    /// (every server on it stopped first); the replaced file is kept beside
    /// it as `…before-restore-TIME`.
    Restore {
        /// The backup to restore.
        file: std::path::PathBuf,
    },
    /// Load the demo agencies and surveys (`demo`, `demo-skm`); safe to repeat.
    Demo {
        /// Made-up responses to add to each demo survey.
        #[arg(long, default_value_t = 40)]
        responses: usize,
    },
    /// Instruments: `persepsi instrument import FILE` adds a new version.
    Instrument {
        #[command(subcommand)]
        action: Import,
    },
    /// Band tables: `persepsi bands import FILE` adds a new version.
    Bands {
        #[command(subcommand)]
        action: Import,
    },
    /// One-time service codes, printed one per line, to hand out with the
    /// service (receipts, queue tickets); a response carrying one is
    /// verified.
    Codes {
        /// The agency's slug.
        #[arg(long)]
        agency: String,
        /// The unit's slug.
        #[arg(long)]
        unit: String,
        /// How many codes (1 to 10,000).
        #[arg(long, default_value_t = 100)]
        count: usize,
        /// Days until unused codes stop being accepted, 1 to 366 (default:
        /// never).
        #[arg(long)]
        expires_in_days: Option<u32>,
    },
    /// Accounts: `persepsi user create --email … --role …` (the password is
    /// read from `PERSEPSI_PASSWORD`, or else from the first line of
    /// standard input).
    User {
        #[command(subcommand)]
        action: UserAction,
    },
    /// An API token for a queue system or tool acting for one agency;
    /// shown once.
    ApiToken {
        /// The agency's slug.
        #[arg(long)]
        agency: String,
        /// What the token is for (e.g. "antrean loket 1").
        #[arg(long)]
        name: String,
        /// Days until the token stops working (none: it never ends).
        #[arg(long, value_parser = clap::value_parser!(u32).range(1..=3660))]
        expires_days: Option<u32>,
        /// It may only read: minting codes and imports refuse it.
        #[arg(long)]
        read_only: bool,
    },
}

#[derive(Subcommand)]
pub enum UserAction {
    /// Creates an account.
    Create {
        /// E-mail address (the sign-in name).
        #[arg(long)]
        email: String,
        /// `admin` (everything), `manager` (one agency), `assessor`
        /// (read-only across agencies) or `enumerator` (interviews only).
        #[arg(long)]
        role: String,
        /// The agency's slug (required for a manager).
        #[arg(long)]
        agency: Option<String>,
        /// Limit an assessor or an enumerator to one province (an agency's
        /// region).
        #[arg(long)]
        province: Option<String>,
    },
}

#[derive(Subcommand)]
pub enum Import {
    /// Validate a definition file (TOML, see docs/instruments.md) and store
    /// it as a new version. A stored version never changes.
    Import {
        /// The definition file.
        file: std::path::PathBuf,
    },
}

/// Builds the server (connect, migrate, load definitions) and does what
/// `cli` asks.
pub async fn run(cli: Cli) -> anyhow::Result<()> {
    // A backup reads the database as it is, and a restore replaces it:
    // neither may migrate or open it first.
    let url = &cli.config.database.database_url;
    match &cli.command {
        Some(Command::Backup { file }) => return commands::backup(url, file).await,
        Some(Command::Restore { file }) => return commands::restore(url, file).await,
        _ => {}
    }
    let server = crate::build(&cli.config).await?;
    let state = &server.state;
    let shown_db = cli.config.database_for_display();
    match cli.command.unwrap_or_else(default_serve) {
        Command::Migrate => {
            println!("database {shown_db} is up to date");
            Ok(())
        }
        Command::Instrument {
            action: Import::Import { file },
        } => commands::import_instrument(state, &file).await,
        Command::Bands {
            action: Import::Import { file },
        } => commands::import_bands(state, &file).await,
        Command::Codes {
            agency,
            unit,
            count,
            expires_in_days,
        } => commands::codes(state, &agency, &unit, count, expires_in_days).await,
        Command::User {
            action:
                UserAction::Create {
                    email,
                    role,
                    agency,
                    province,
                },
        } => commands::create_user(state, &email, &role, agency, province).await,
        Command::ApiToken {
            agency,
            name,
            expires_days,
            read_only,
        } => {
            let grant = crate::store::api_tokens::Grant {
                expires_at: expires_days
                    .map(|d| chrono::Utc::now() + chrono::Duration::days(i64::from(d))),
                read_only,
            };
            commands::api_token(state, &agency, &name, grant).await
        }
        Command::Demo { responses } => commands::demo(state, responses, &shown_db).await,
        Command::Serve { addr } => commands::serve(server, addr, &shown_db).await,
        Command::Backup { .. } | Command::Restore { .. } => unreachable!("handled above"),
    }
}

/// `serve` on the address from the environment (cargo-leptos passes the
/// workspace metadata's), when no command is given.
fn default_serve() -> Command {
    Command::Serve {
        addr: std::env::var("PERSEPSI_ADDR")
            .or_else(|_| std::env::var("LEPTOS_SITE_ADDR"))
            .ok()
            .and_then(|a| a.parse().ok())
            .unwrap_or_else(|| SocketAddr::from(([127, 0, 0, 1], 3000))),
    }
}
