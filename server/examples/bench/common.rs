//! What the parts share: a fresh database with the demo data, the real
//! server in this process on a random port, an assessor's API client,
//! memory figures (of this process or another), timings in milliseconds,
//! progress lines, and cleaning up.

use persepsi_server::ServerState;
use persepsi_server::config::Config;
use sea_orm::{ConnectionTrait, Database, DatabaseConnection};
use std::io::{IsTerminal, Write};
use std::time::Duration;
use uuid::Uuid;

/// A fresh database: a SQLite file in a temporary folder for `sqlite`, or a
/// new database on the PostgreSQL server `arg` names.
pub async fn database(arg: &str) -> (String, Option<tempfile::TempDir>) {
    if arg == "sqlite" {
        let dir = tempfile::tempdir().unwrap();
        return (
            format!("sqlite://{}/bench.db", dir.path().display()),
            Some(dir),
        );
    }
    let admin = Database::connect(arg).await.expect("PostgreSQL reachable");
    let name = format!("persepsi_bench_{}", Uuid::new_v4().simple());
    admin
        .execute_unprepared(&format!("CREATE DATABASE \"{name}\""))
        .await
        .unwrap();
    let (prefix, _) = arg.rsplit_once('/').unwrap();
    (format!("{prefix}/{name}"), None)
}

/// Closes `db` and drops the PostgreSQL database [`database`] made
/// (SQLite's folder goes with its guard).
pub async fn drop_database(arg: &str, url: &str, db: &DatabaseConnection) {
    if arg == "sqlite" {
        return;
    }
    db.close_by_ref().await.ok();
    let admin = Database::connect(arg).await.unwrap();
    let name = url.rsplit('/').next().unwrap();
    admin
        .execute_unprepared(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
        .await
        .ok();
}

/// The real server on a fresh database holding the demo data.
pub struct Fresh {
    arg: String,
    url: String,
    _dir: Option<tempfile::TempDir>,
    /// The server's shared state.
    pub state: ServerState,
}

impl Fresh {
    /// Builds the server on a fresh database with `config` (the defaults
    /// otherwise) and loads the demo data; returns it and its router.
    pub async fn start(arg: &str, config: impl FnOnce(&mut Config)) -> (Self, axum::Router) {
        let (url, dir) = database(arg).await;
        let mut c = Config::for_database(url.clone());
        config(&mut c);
        let server = persepsi_server::build(&c).await.unwrap();
        persepsi_server::services::demo::load(&server.state.db, 0)
            .await
            .unwrap();
        let fresh = Fresh {
            arg: arg.to_string(),
            url,
            _dir: dir,
            state: server.state,
        };
        (fresh, server.router)
    }

    /// Closes the pool and drops the database (PostgreSQL) or its folder.
    pub async fn finish(self) {
        drop_database(&self.arg, &self.url, &self.state.db).await;
    }
}

/// Serves `router` on a random local port; returns its base address.
pub async fn serve(router: axum::Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move {
        axum::serve(
            listener,
            router.into_make_service_with_connect_info::<std::net::SocketAddr>(),
        )
        .await
        .unwrap();
    });
    base
}

/// An API token of a new assessor who sees every agency.
async fn assessor_token(state: &ServerState) -> String {
    let user = persepsi_server::services::auth::create_user(
        &state.db,
        "bench@persepsi.id",
        "bench-password-1",
        persepsi_server::services::access::Role::Assessor,
        None,
        None,
    )
    .await
    .unwrap();
    persepsi_server::store::api_tokens::create_for_user(&state.db, &state.tokens, user, "bench")
        .await
        .unwrap()
}

/// The HTTP API as a new assessor who sees every agency uses it: the
/// router served on a random local port, the assessor's token, one client.
pub struct Assessor {
    client: reqwest::Client,
    base: String,
    token: String,
}

impl Assessor {
    /// Serves `router` and makes the assessor and their token.
    pub async fn start(router: axum::Router, state: &ServerState) -> Self {
        let base = serve(router).await;
        let token = assessor_token(state).await;
        Assessor {
            client: reqwest::Client::new(),
            base,
            token,
        }
    }

    /// GET `path` (`/api/v1/…`) with the token; the response, which must
    /// be 200 (its body not read yet).
    pub async fn get(&self, path: &str) -> reqwest::Response {
        let res = self
            .client
            .get(format!("{}{path}", self.base))
            .bearer_auth(&self.token)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200, "GET {path}");
        res
    }
}

/// A duration in milliseconds.
pub fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Megabytes of a /proc/self/status line (`VmRSS:`, `VmHWM:`).
pub fn status_mb(field: &str) -> f64 {
    status_mb_of("self", field)
}

/// Megabytes of a /proc/PROCESS/status line, PROCESS being `self` or a
/// process id.
pub fn status_mb_of(process: &str, field: &str) -> f64 {
    std::fs::read_to_string(format!("/proc/{process}/status"))
        .unwrap_or_default()
        .lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|n| n.parse::<u64>().ok())
        .unwrap_or(0) as f64
        / 1024.0
}

/// Peak memory counts from here (Linux: writing 5 resets VmHWM). Freed
/// heap goes back to the system first, so that memory an earlier part
/// freed but kept resident does not hide a later part's growth.
pub fn reset_peak() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        unsafe extern "C" {
            fn malloc_trim(pad: usize) -> i32;
        }
        // SAFETY: glibc's malloc_trim only releases free memory.
        unsafe {
            malloc_trim(0);
        }
    }
    reset_peak_of("self");
}

/// Peak memory of PROCESS (`self` or a process id) counts from here
/// (Linux: writing 5 to its clear_refs resets its VmHWM).
pub fn reset_peak_of(process: &str) {
    let _ = std::fs::write(format!("/proc/{process}/clear_refs"), "5");
}

/// A small deterministic generator of answers.
pub struct Lcg(pub u64);

impl Lcg {
    pub fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }

    /// A 1–4 answer (or none), skewed towards the good end.
    pub fn answer(&mut self) -> Option<i16> {
        match self.next() % 20 {
            0 => None,
            1 => Some(1),
            2 | 3 => Some(2),
            4..=9 => Some(3),
            _ => Some(4),
        }
    }
}

/// `1234567` → `1,234,567`.
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A progress line on stderr (rewritten in place on a terminal), so a long
/// phase shows it is alive; the table alone goes to stdout.
pub fn progress(what: &str, done: usize, total: usize) {
    let percent = done * 100 / total.max(1);
    let mut err = std::io::stderr();
    if err.is_terminal() {
        let _ = write!(err, "\r\x1b[K{what}… {percent}%");
        if done >= total {
            let _ = writeln!(err);
        }
    } else if done == 0 || done >= total || percent / 10 != (done - 1) * 100 / total / 10 {
        let _ = writeln!(err, "{what}… {percent}%");
    }
}

/// A step on stderr.
pub fn step(what: &str) {
    eprintln!("{what}");
}
