//! `persepsi`: serve the site, migrate the database, load demo data (see
//! `persepsi --help` and the `cli` module).

use clap::Parser;
use persepsi_server::cli::{Cli, run};
use persepsi_server::config::LogFormat;
use tracing_subscriber::EnvFilter;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() {
    let cli = Cli::parse();
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    let log = tracing_subscriber::fmt().with_env_filter(filter);
    match cli.config.operations.log_format {
        LogFormat::Json => log.json().flatten_event(true).init(),
        LogFormat::Text => log.init(),
    }
    if let Err(e) = run(cli).await {
        eprintln!("persepsi: {e:#}");
        std::process::exit(1);
    }
}
