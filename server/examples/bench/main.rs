//! The benchmark: the real server on a fresh SQLite or PostgreSQL database
//! (one per part, the demo data loaded; a PostgreSQL one is dropped
//! afterwards), measured through HTTP, and one Markdown table on stdout
//! with each figure beside its target. Progress goes to stderr. A program
//! that prints figures, not a test (machines are noisy).
//!
//! The load part runs the release `persepsi` binary beside this program
//! (`target/release/persepsi`) as a child process, so that its memory
//! figure is the server's alone; the other parts serve the router in this
//! process.
//!
//! ```text
//! cargo build --release -p persepsi-server --bin persepsi
//! cargo run --release -p persepsi-server --example bench -- --database sqlite
//! cargo run --release -p persepsi-server --example bench -- \
//!     --database postgres://postgres@127.0.0.1:5432/test --seconds 3 --only load,page
//! ```
//!
//! The page part needs the site built (`make site`) and found through
//! `LEPTOS_SITE_ROOT`; without it its rows say "not built".

// The allocator the `persepsi` binary uses.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod common;
mod export;
mod load;
mod page;
mod report;
mod scores;

use clap::{Parser, ValueEnum};

/// The parts, in the order they run.
#[derive(Clone, Copy, PartialEq, ValueEnum)]
enum Part {
    /// Full respondent flow, JSON API and baseline at concurrency 1, 8, 64
    /// against the `persepsi` binary; its memory under concurrency 64.
    Load,
    /// The citizen page's gzipped bytes, JavaScript off and on.
    Page,
    /// A score with its CI at 1,000,000 responses; the ranking's first page.
    Scores,
    /// CSV exports of 100,000 and 1,000,000 responses.
    Export,
}

#[derive(Parser)]
#[command(about = "Persepsi's benchmark: one table of figures against their targets")]
struct Args {
    /// `sqlite` (a file in a temporary folder) or the URL of a PostgreSQL
    /// database whose server gets a fresh database per part.
    #[arg(long, default_value = "sqlite")]
    database: String,
    /// Seconds per load line.
    #[arg(long, default_value_t = 10)]
    seconds: u64,
    /// The parts to run, comma-separated (all by default).
    #[arg(long, value_enum, value_delimiter = ',')]
    only: Vec<Part>,
}

#[tokio::main]
async fn main() {
    let args = Args::parse();
    let runs = |part: Part| args.only.is_empty() || args.only.contains(&part);
    let arg = args.database.as_str();
    let backend = if arg == "sqlite" {
        "SQLite"
    } else {
        "PostgreSQL"
    };
    let mut table = report::Table::default();
    if runs(Part::Load) {
        load::run(arg, args.seconds, &mut table).await;
    }
    if runs(Part::Page) {
        page::run(arg, &mut table).await;
    }
    if runs(Part::Scores) {
        scores::run(arg, &mut table).await;
    }
    if runs(Part::Export) {
        export::run(arg, &mut table).await;
    }
    let mut how = Vec::new();
    if runs(Part::Load) {
        how.push(format!(
            "{} s per load line, the server binary in its own process",
            args.seconds
        ));
    }
    if runs(Part::Page) || runs(Part::Scores) || runs(Part::Export) {
        how.push("page, scores and exports: server and client in one process".to_string());
    }
    println!();
    println!("### {backend} ({})", how.join("; "));
    println!();
    table.print();
}
