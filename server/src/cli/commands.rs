//! One function per command of the `persepsi` binary.

use crate::http::ServerState;
use crate::services::access::Role;
use crate::services::password_policy::{self, Weak};
use crate::services::{auth, demo};
use crate::store::{admin, api_tokens, backup, catalog, codes};
use anyhow::Context;
use std::net::SocketAddr;
use std::path::Path;

/// `persepsi instrument import FILE`.
pub async fn import_instrument(state: &ServerState, file: &Path) -> anyhow::Result<()> {
    let (name, text) = read_definition(file)?;
    let def: app::domain::instrument::Instrument =
        catalog::parse(&name, &text).map_err(anyhow::Error::msg)?;
    let id = catalog::store_instrument(&state.db, &name, &def).await?;
    println!(
        "instrument {} version {} is stored ({id})",
        def.key, def.version
    );
    Ok(())
}

/// `persepsi bands import FILE`.
pub async fn import_bands(state: &ServerState, file: &Path) -> anyhow::Result<()> {
    let (name, text) = read_definition(file)?;
    let def: app::domain::bands::BandTable =
        catalog::parse(&name, &text).map_err(anyhow::Error::msg)?;
    let id = catalog::store_band_table(&state.db, &name, &def).await?;
    println!(
        "band table {} version {} is stored ({id})",
        def.key, def.version
    );
    Ok(())
}

/// A definition file's name (for messages) and text.
fn read_definition(file: &Path) -> anyhow::Result<(String, String)> {
    let text = std::fs::read_to_string(file)
        .with_context(|| format!("could not read {}", file.display()))?;
    Ok((file.display().to_string(), text))
}

/// `persepsi codes`: one-time service codes, one per line.
pub async fn codes(
    state: &ServerState,
    agency: &str,
    unit: &str,
    count: usize,
    expires_in_days: Option<u32>,
) -> anyhow::Result<()> {
    let (_, unit) = codes::find_unit(&state.db, agency, unit)
        .await?
        .with_context(|| format!("no unit `{unit}` in agency `{agency}`"))?;
    let expires_at = match expires_in_days {
        None => None,
        Some(d) => Some(codes::expiry(d).with_context(|| {
            format!(
                "--expires-in-days must be 1 to {}, not {d}",
                codes::MAX_DAYS
            )
        })?),
    };
    let batch = codes::generate(&state.db, &state.tokens, unit.id, count, expires_at).await?;
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

/// `persepsi user create`.
pub async fn create_user(
    state: &ServerState,
    email: &str,
    role: &str,
    agency: Option<String>,
    province: Option<String>,
) -> anyhow::Result<()> {
    let role = Role::parse(role).with_context(|| {
        format!("unknown role `{role}`: admin, manager, assessor or enumerator")
    })?;
    let agency_id = match (&agency, role) {
        (Some(slug), _) => Some(
            admin::agency_by_slug(&state.db, slug)
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
    let province = province.map(|p| crate::services::access::canonical_region(&p));
    if !matches!(role, Role::Assessor | Role::Enumerator) && province.is_some() {
        anyhow::bail!("only an assessor or an enumerator is limited to a province");
    }
    if !email.contains('@') || email.len() > 200 {
        anyhow::bail!("`{email}` is not an e-mail address");
    }
    let password = password_for(email)?;
    auth::create_user(&state.db, email, &password, role, agency_id, province)
        .await
        .with_context(|| format!("could not create {email} (does it exist already?)"))?;
    println!(
        "account {email} ({}) created; sign in at /admin/login",
        role.code()
    );
    Ok(())
}

/// The new account's password: `PERSEPSI_PASSWORD`, or else the first line
/// of standard input; long enough.
fn password_for(email: &str) -> anyhow::Result<String> {
    let password = match std::env::var("PERSEPSI_PASSWORD") {
        Ok(p) => p,
        Err(_) => {
            eprint!(
                "password for {email} (at least {} characters): ",
                auth::MIN_PASSWORD
            );
            let mut line = String::new();
            std::io::stdin().read_line(&mut line)?;
            line.trim_end_matches(['\r', '\n']).to_string()
        }
    };
    match password_policy::check(&password, email) {
        Ok(()) => Ok(password),
        Err(Weak::Length) => anyhow::bail!(
            "the password needs {} to {} characters",
            auth::MIN_PASSWORD,
            password_policy::MAX_PASSWORD
        ),
        Err(Weak::Guessable) => anyhow::bail!(
            "the password is too easy to guess (a common password, one character repeated or a sequence); choose another"
        ),
        Err(Weak::Email) => anyhow::bail!("the password cannot be the e-mail address"),
    }
}

/// `persepsi api-token`: shown once.
pub async fn api_token(
    state: &ServerState,
    agency: &str,
    name: &str,
    grant: api_tokens::Grant,
) -> anyhow::Result<()> {
    let found = admin::agency_by_slug(&state.db, agency)
        .await?
        .with_context(|| format!("no agency `{agency}`"))?;
    let token = api_tokens::create_with(&state.db, &state.tokens, found.id, name, grant).await?;
    eprintln!("API token for {} (shown once; keep it secret):", found.name);
    let until = grant
        .expires_at
        .map_or("never".to_string(), |t| t.to_rfc3339());
    let scope = if grant.read_only {
        "read-only"
    } else {
        "read-write"
    };
    eprintln!("{scope}; ends: {until}");
    println!("{token}");
    Ok(())
}

/// `persepsi demo`: the demo agencies, surveys and accounts.
pub async fn demo(state: &ServerState, responses: usize, shown_db: &str) -> anyhow::Result<()> {
    demo::load(&state.db, responses)
        .await
        .context("could not load the demo data")?;
    if responses > 0 {
        demo::year::load(&state.db, state.clock.now())
            .await
            .context("could not load the demo year")?;
        demo::consultation::load(&state.db, state.clock.now())
            .await
            .context("could not load the demo consultation")?;
        demo::proofs::load(state, &state.proofs)
            .await
            .context("could not load the demo's proof photos")?;
    }
    demo::accounts(&state.db)
        .await
        .context("could not create the demo accounts")?;
    println!(
        "demo accounts (password `{}`; for trying out only):",
        demo::DEMO_PASSWORD
    );
    for (email, role, agency, province) in demo::DEMO_ACCOUNTS {
        println!(
            "  {email:<32} {}{}{}",
            role.code(),
            agency.map(|a| format!(" of {a}")).unwrap_or_default(),
            province.map(|p| format!(" in {p}")).unwrap_or_default()
        );
    }
    println!("demo data loaded into {shown_db}");
    Ok(())
}

/// `persepsi backup FILE`.
pub async fn backup(url: &str, file: &Path) -> anyhow::Result<()> {
    let s = backup::backup(url, file).await?;
    println!(
        "backup {} written and checked: {} responses (newest {}), {} migrations, {} bytes",
        file.display(),
        s.responses,
        s.newest.as_deref().unwrap_or("none"),
        s.migrations,
        s.bytes
    );
    Ok(())
}

/// `persepsi restore FILE`.
pub async fn restore(url: &str, file: &Path) -> anyhow::Result<()> {
    let now = chrono::Utc::now().format("%Y%m%dT%H%M%SZ").to_string();
    let r = backup::restore(url, file, &now).await?;
    println!(
        "restored {}: {} responses (newest {})",
        file.display(),
        r.summary.responses,
        r.summary.newest.as_deref().unwrap_or("none")
    );
    if let Some(kept) = r.kept {
        println!("the database it replaced is kept as {}", kept.display());
    }
    println!("start the server again; it applies any newer migrations itself");
    Ok(())
}

/// `persepsi serve`: until Ctrl-C or SIGTERM.
pub async fn serve(server: crate::Server, addr: SocketAddr, shown_db: &str) -> anyhow::Result<()> {
    if server.state.public_url.is_none() {
        tracing::warn!(
            "PERSEPSI_PUBLIC_URL is not set: QR codes, posters and embed snippets take the \
             site's address from each request's Host header, so QR codes are not cached by \
             shared caches; set it to the site's public address"
        );
    }
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .with_context(|| format!("could not listen on {addr}"))?;
    let base = format!("http://{}", listener.local_addr()?);
    println!("Persepsi is serving {shown_db} on {base}");
    println!("  citizen form (maladministration): {base}/s/demo");
    println!("  citizen form (SKM):               {base}/s/demo-skm");
    println!("  public results:                   {base}/s/demo/results");
    println!("  JSON API:                         {base}/api/v1/surveys/demo");
    println!("  agencies and assessors:           {base}/admin");
    println!("Press Ctrl-C to stop.");
    crate::http::serve::serve(listener, server.router, server.header_timeout, shutdown()).await;
    Ok(())
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
