//! `persepsi`: serve the site, migrate the database, load demo data.

use anyhow::Context;
use clap::{Parser, Subcommand};
use persepsi_server::config::Config;
use std::net::SocketAddr;
use tracing_subscriber::EnvFilter;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Persepsi: public-service perception surveys with scores you can defend.
///
/// Every setting below can be given as a flag or as the environment
/// variable shown beside it. Also read from the environment:
/// `PERSEPSI_ADDR` (where `serve` listens, default `127.0.0.1:3000`),
/// `RUST_LOG` (log level, default `info`) and `LEPTOS_SITE_ROOT` (where the
/// built site's files are, default `target/site`).
#[derive(Parser)]
#[command(name = "persepsi", version, about, long_about)]
struct Cli {
    /// What to do; without one, `serve` (as `cargo leptos watch` runs it).
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    config: Config,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the site and the API (migrates the database first).
    Serve {
        /// Address to listen on.
        #[arg(long, env = "PERSEPSI_ADDR", default_value = "127.0.0.1:3000")]
        addr: SocketAddr,
    },
    /// Apply pending database migrations and load the shipped instruments.
    Migrate,
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
        /// Days until unused codes stop being accepted (default: never).
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
    },
}

#[derive(Subcommand)]
enum UserAction {
    /// Creates an account.
    Create {
        /// E-mail address (the sign-in name).
        #[arg(long)]
        email: String,
        /// `admin` (everything), `manager` (one agency) or `assessor`
        /// (read-only across agencies).
        #[arg(long)]
        role: String,
        /// The agency's slug (required for a manager).
        #[arg(long)]
        agency: Option<String>,
        /// Limit an assessor to one province (an agency's region).
        #[arg(long)]
        province: Option<String>,
    },
}

#[derive(Subcommand)]
enum Import {
    /// Validate a definition file (TOML, see docs/instruments.md) and store
    /// it as a new version. A stored version never changes.
    Import {
        /// The definition file.
        file: std::path::PathBuf,
    },
}

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

async fn run(cli: Cli) -> anyhow::Result<()> {
    let server = persepsi_server::build(&cli.config).await?;
    let command = cli.command.unwrap_or_else(|| Command::Serve {
        // cargo-leptos passes the address from the workspace metadata.
        addr: std::env::var("PERSEPSI_ADDR")
            .or_else(|_| std::env::var("LEPTOS_SITE_ADDR"))
            .ok()
            .and_then(|a| a.parse().ok())
            .unwrap_or_else(|| SocketAddr::from(([127, 0, 0, 1], 3000))),
    });
    match command {
        Command::Migrate => {
            println!(
                "database {} is up to date",
                cli.config.database_for_display()
            );
            Ok(())
        }
        Command::Instrument {
            action: Import::Import { file },
        } => {
            let (name, text) = read_definition(&file)?;
            let def: app::domain::instrument::Instrument =
                persepsi_server::store::catalog::parse(&name, &text).map_err(anyhow::Error::msg)?;
            let id =
                persepsi_server::store::catalog::store_instrument(&server.state.db, &name, &def)
                    .await?;
            println!(
                "instrument {} version {} is stored ({id})",
                def.key, def.version
            );
            Ok(())
        }
        Command::Bands {
            action: Import::Import { file },
        } => {
            let (name, text) = read_definition(&file)?;
            let def: app::domain::bands::BandTable =
                persepsi_server::store::catalog::parse(&name, &text).map_err(anyhow::Error::msg)?;
            let id =
                persepsi_server::store::catalog::store_band_table(&server.state.db, &name, &def)
                    .await?;
            println!(
                "band table {} version {} is stored ({id})",
                def.key, def.version
            );
            Ok(())
        }
        Command::Codes {
            agency,
            unit,
            count,
            expires_in_days,
        } => {
            let (_, unit) =
                persepsi_server::store::codes::find_unit(&server.state.db, &agency, &unit)
                    .await?
                    .with_context(|| format!("no unit `{unit}` in agency `{agency}`"))?;
            let expires_at =
                expires_in_days.map(|d| chrono::Utc::now() + chrono::Duration::days(i64::from(d)));
            let batch = persepsi_server::store::codes::generate(
                &server.state.db,
                &server.state.tokens,
                unit.id,
                count,
                expires_at,
            )
            .await?;
            eprintln!(
                "{} codes for {} (batch {}); they are not shown again",
                batch.codes.len(),
                unit.name,
                batch.id
            );
            for c in batch.codes {
                println!("{c}");
            }
            Ok(())
        }
        Command::User {
            action:
                UserAction::Create {
                    email,
                    role,
                    agency,
                    province,
                },
        } => {
            use persepsi_server::services::access::Role;
            let role = Role::parse(&role)
                .with_context(|| format!("unknown role `{role}`: admin, manager or assessor"))?;
            let agency_id = match (&agency, role) {
                (Some(slug), _) => Some(
                    persepsi_server::store::admin::agency_by_slug(&server.state.db, slug)
                        .await?
                        .with_context(|| format!("no agency `{slug}`"))?
                        .id,
                ),
                (None, Role::Manager) => anyhow::bail!("a manager needs --agency"),
                (None, _) => None,
            };
            if role != Role::Manager && agency.is_some() {
                anyhow::bail!("only a manager belongs to an agency");
            }
            if role != Role::Assessor && province.is_some() {
                anyhow::bail!("only an assessor is limited to a province");
            }
            if !email.contains('@') || email.len() > 200 {
                anyhow::bail!("`{email}` is not an e-mail address");
            }
            let password = match std::env::var("PERSEPSI_PASSWORD") {
                Ok(p) => p,
                Err(_) => {
                    eprint!(
                        "password for {email} (at least {} characters): ",
                        persepsi_server::services::auth::MIN_PASSWORD
                    );
                    let mut line = String::new();
                    std::io::stdin().read_line(&mut line)?;
                    line.trim_end_matches(['\r', '\n']).to_string()
                }
            };
            if password.chars().count() < persepsi_server::services::auth::MIN_PASSWORD {
                anyhow::bail!(
                    "the password needs at least {} characters",
                    persepsi_server::services::auth::MIN_PASSWORD
                );
            }
            persepsi_server::services::auth::create_user(
                &server.state.db,
                &email,
                &password,
                role,
                agency_id,
                province,
            )
            .await
            .with_context(|| format!("could not create {email} (does it exist already?)"))?;
            println!(
                "account {email} ({}) created; sign in at /admin/login",
                role.code()
            );
            Ok(())
        }
        Command::ApiToken { agency, name } => {
            let found = persepsi_server::store::admin::agency_by_slug(&server.state.db, &agency)
                .await?
                .with_context(|| format!("no agency `{agency}`"))?;
            let token = persepsi_server::store::api_tokens::create(
                &server.state.db,
                &server.state.tokens,
                found.id,
                &name,
            )
            .await?;
            eprintln!("API token for {} (shown once; keep it secret):", found.name);
            println!("{token}");
            Ok(())
        }
        Command::Demo { responses } => {
            persepsi_server::services::demo::load(&server.state.db, responses)
                .await
                .context("could not load the demo data")?;
            persepsi_server::services::demo::accounts(&server.state.db)
                .await
                .context("could not create the demo accounts")?;
            println!(
                "demo accounts (password `{}`; for trying out only):",
                persepsi_server::services::demo::DEMO_PASSWORD
            );
            for (email, role, agency, province) in persepsi_server::services::demo::DEMO_ACCOUNTS {
                println!(
                    "  {email:<32} {}{}{}",
                    role.code(),
                    agency.map(|a| format!(" of {a}")).unwrap_or_default(),
                    province.map(|p| format!(" in {p}")).unwrap_or_default()
                );
            }
            println!(
                "demo data loaded into {}",
                cli.config.database_for_display()
            );
            Ok(())
        }
        Command::Serve { addr } => {
            let listener = tokio::net::TcpListener::bind(addr)
                .await
                .with_context(|| format!("could not listen on {addr}"))?;
            let base = format!("http://{}", listener.local_addr()?);
            println!(
                "Persepsi is serving {} on {base}",
                cli.config.database_for_display()
            );
            println!("  citizen form (maladministration): {base}/s/demo");
            println!("  citizen form (SKM):               {base}/s/demo-skm");
            println!("  public results:                   {base}/s/demo/results");
            println!("  JSON API:                         {base}/api/v1/surveys/demo");
            println!("  agencies and assessors:           {base}/admin");
            println!("Press Ctrl-C to stop.");
            axum::serve(
                listener,
                server
                    .router
                    .into_make_service_with_connect_info::<SocketAddr>(),
            )
            .with_graceful_shutdown(shutdown())
            .await
            .context("the server stopped with an error")
        }
    }
}

/// A definition file's name (for messages) and text.
fn read_definition(file: &std::path::Path) -> anyhow::Result<(String, String)> {
    let text = std::fs::read_to_string(file)
        .with_context(|| format!("could not read {}", file.display()))?;
    Ok((file.display().to_string(), text))
}

async fn shutdown() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}
