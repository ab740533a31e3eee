//! `persepsi`: serve the site, migrate the database, load demo data (see
//! `persepsi --help` and the `cli` module).

use clap::Parser;
use persepsi_server::cli::{Cli, run};
use tracing_subscriber::EnvFilter;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .init();
    let cli = Cli::parse();
    if let Err(e) = run(cli).await {
        eprintln!("persepsi: {e:#}");
        std::process::exit(1);
    }
}
