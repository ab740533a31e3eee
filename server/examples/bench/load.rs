//! Load: citizens through the real HTTP stack at concurrency 1, 8 and 64
//! for a bounded time against the release `persepsi` binary running as a
//! child process — the full respondent flow (GET the form, POST it: token,
//! validation, storage), the JSON API, and a bare axum endpoint in this
//! program doing one insert on the same database as the baseline to
//! compare with — and the server process's own peak memory under the
//! concurrency-64 lines.

use crate::common::{self, thousands};
use crate::report::Table;
use axum::extract::State;
use axum::routing::post;
use sea_orm::{ConnectionTrait, DatabaseConnection, Statement};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

const ANSWERS: [(&str, &str); 12] = [
    ("unit", "dukcapil"),
    ("used_service", "ya"),
    ("undue_delay", "4"),
    ("no_service", "4"),
    ("procedure", "3"),
    ("abuse_of_authority", "na"),
    ("incompetence", "4"),
    ("payment_request", "4"),
    ("impropriety", "4"),
    ("discrimination", "4"),
    ("partiality", "3"),
    ("conflict_of_interest", "4"),
];

fn token_of(html: &str) -> Option<String> {
    let marker = "name=\"token\" value=\"";
    let start = html.find(marker)? + marker.len();
    Some(html[start..start + html[start..].find('"')?].to_string())
}

/// Responses one agency import request carries.
const IMPORT_BATCH: usize = 100;

/// Agency keys handed out so far (each import response has its own).
static IMPORT_KEYS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// The answers as the JSON API takes them.
fn answers_json() -> serde_json::Map<String, serde_json::Value> {
    ANSWERS[1..]
        .iter()
        .map(|(k, v)| {
            (
                k.to_string(),
                v.parse::<i64>()
                    .map(Into::into)
                    .unwrap_or_else(|_| (*v).into()),
            )
        })
        .collect()
}

/// One operation of a kind (a respondent; for `import`, a request of
/// [`IMPORT_BATCH`] responses); the latency, or None on an error.
async fn one(
    kind: &str,
    client: &reqwest::Client,
    base: &str,
    agency_token: &str,
) -> Option<Duration> {
    let t = Instant::now();
    let ok = match kind {
        "form" => {
            let html = client
                .get(format!("{base}/s/demo"))
                .send()
                .await
                .ok()?
                .text()
                .await
                .ok()?;
            let token = token_of(&html)?;
            let mut pairs: Vec<(&str, &str)> = ANSWERS.to_vec();
            pairs.push(("token", &token));
            client
                .post(format!("{base}/s/demo"))
                .form(&pairs)
                .send()
                .await
                .ok()?
                .status()
                .as_u16()
                == 303
        }
        "api" => {
            let def: serde_json::Value = client
                .get(format!("{base}/api/v1/surveys/demo"))
                .send()
                .await
                .ok()?
                .json()
                .await
                .ok()?;
            let body = serde_json::json!({ "token": def["token"], "unit": "dukcapil", "answers": answers_json() });
            client
                .post(format!("{base}/api/v1/surveys/demo/responses"))
                .json(&body)
                .send()
                .await
                .ok()?
                .status()
                .as_u16()
                == 201
        }
        "import" => {
            let answers = serde_json::Value::Object(answers_json());
            let first = IMPORT_KEYS.fetch_add(IMPORT_BATCH as u64, Ordering::Relaxed);
            let responses: Vec<serde_json::Value> = (first..first + IMPORT_BATCH as u64)
                .map(|k| serde_json::json!({ "key": format!("P-{k}"), "unit": "dukcapil", "answers": answers }))
                .collect();
            let res: serde_json::Value = client
                .post(format!("{base}/api/v1/surveys/demo/responses/import"))
                .bearer_auth(agency_token)
                .json(&serde_json::json!({ "responses": responses }))
                .send()
                .await
                .ok()?
                .json()
                .await
                .ok()?;
            res["stored"] == IMPORT_BATCH
        }
        _ => client
            .post(format!("{base}/baseline"))
            .send()
            .await
            .ok()?
            .status()
            .is_success(),
    };
    ok.then(|| t.elapsed())
}

/// Runs `kind` at `concurrency` for `secs`: (per second, p50, p99, errors, done).
async fn drive(
    kind: &'static str,
    concurrency: usize,
    secs: u64,
    base: &str,
    agency_token: &str,
) -> (f64, Duration, Duration, usize, usize) {
    let stop = Arc::new(AtomicBool::new(false));
    let mut tasks = Vec::new();
    for _ in 0..concurrency {
        let (stop, base, agency_token) = (stop.clone(), base.to_string(), agency_token.to_string());
        tasks.push(tokio::spawn(async move {
            let client = reqwest::Client::builder()
                .pool_max_idle_per_host(1)
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap();
            let (mut lat, mut errors) = (Vec::new(), 0);
            while !stop.load(Ordering::Relaxed) {
                match one(kind, &client, &base, &agency_token).await {
                    Some(d) => lat.push(d),
                    None => errors += 1,
                }
            }
            (lat, errors)
        }));
    }
    let started = Instant::now();
    tokio::time::sleep(Duration::from_secs(secs)).await;
    stop.store(true, Ordering::Relaxed);
    let (mut lat, mut errors) = (Vec::new(), 0);
    for t in tasks {
        let (l, e) = t.await.unwrap();
        lat.extend(l);
        errors += e;
    }
    let took = started.elapsed().as_secs_f64();
    lat.sort();
    let pick = |q: f64| {
        lat.get(((lat.len() as f64 * q) as usize).min(lat.len().saturating_sub(1)))
            .copied()
            .unwrap_or_default()
    };
    (
        lat.len() as f64 / took,
        pick(0.5),
        pick(0.99),
        errors,
        lat.len(),
    )
}

async fn count(db: &DatabaseConnection, sql: &str) -> i64 {
    db.query_one_raw(Statement::from_string(
        db.get_database_backend(),
        sql.to_string(),
    ))
    .await
    .unwrap()
    .unwrap()
    .try_get_by_index::<i64>(0)
    .unwrap()
}

/// One line's figures.
struct Line {
    rate: f64,
    p99_ms: f64,
    errors: usize,
    stored: bool,
}

/// The `persepsi` binary beside this program's folder
/// (`target/release/examples/bench` → `target/release/persepsi`).
fn server_binary() -> PathBuf {
    let exe = std::env::current_exe().expect("this program's path");
    let binary = exe
        .parent()
        .and_then(|examples| examples.parent())
        .map(|dir| dir.join("persepsi"))
        .expect("this program's folder has a parent");
    assert!(
        binary.is_file(),
        "no server binary at {}: build it with cargo build --release -p persepsi-server --bin persepsi",
        binary.display()
    );
    binary
}

/// `persepsi` with the database and settings of the load lines: one
/// machine plays every citizen, so rate limits and the fill-time signal
/// are off. `LEPTOS_*` and the rest of the environment pass through.
fn persepsi(binary: &Path, url: &str) -> std::process::Command {
    let mut command = std::process::Command::new(binary);
    command
        .env("DATABASE_URL", url)
        .env("PERSEPSI_MIN_FILL_SECONDS", "0")
        .env("RUST_LOG", "error")
        .stdin(Stdio::null());
    for limit in [
        "PERSEPSI_LIMIT_SUBMIT_CLIENT",
        "PERSEPSI_LIMIT_SUBMIT_DEVICE",
        "PERSEPSI_LIMIT_SUBMIT_NETWORK",
        "PERSEPSI_LIMIT_SUBMIT_SURVEY",
        "PERSEPSI_LIMIT_FORM_NETWORK",
    ] {
        command.env(limit, "100000000/1");
    }
    command
}

/// Runs a `persepsi` command to its end; its standard output.
fn persepsi_output(binary: &Path, url: &str, args: &[&str]) -> String {
    let out = persepsi(binary, url)
        .args(args)
        .stderr(Stdio::piped())
        .output()
        .unwrap_or_else(|e| panic!("could not run {}: {e}", binary.display()));
    assert!(
        out.status.success(),
        "{} {} failed ({}): {}",
        binary.display(),
        args.join(" "),
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// `persepsi serve` as a child process, stopped when dropped (a panic
/// included).
struct ServerProcess {
    child: std::process::Child,
    /// Its base address, `http://127.0.0.1:PORT`.
    base: String,
}

impl ServerProcess {
    /// Starts the server on a free local port and waits until `/healthz`
    /// answers 200.
    async fn start(binary: &Path, url: &str) -> Self {
        let addr = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free local port");
        let child = persepsi(binary, url)
            .arg("serve")
            .env("PERSEPSI_ADDR", addr.to_string())
            .stdout(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("could not start {}: {e}", binary.display()));
        let mut server = ServerProcess {
            child,
            base: format!("http://{addr}"),
        };
        let client = reqwest::Client::new();
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            if let Ok(Some(status)) = server.child.try_wait() {
                panic!("{} serve stopped at start ({status})", binary.display());
            }
            let health = client
                .get(format!("{}/healthz", server.base))
                .timeout(Duration::from_secs(2))
                .send()
                .await;
            if health.is_ok_and(|r| r.status() == reqwest::StatusCode::OK) {
                return server;
            }
            assert!(
                Instant::now() < deadline,
                "{} serve did not answer GET /healthz with 200 on {} within 60 s",
                binary.display(),
                server.base
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Its process id, as /proc names it.
    fn pid(&self) -> String {
        self.child.id().to_string()
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The load lines, the submit paths against the baseline, and the server
/// process's peak memory under concurrency 64.
pub async fn run(arg: &str, secs: u64, table: &mut Table) {
    let binary = server_binary();
    let (url, _dir) = common::database(arg).await;
    // The demo agencies and surveys with no made-up responses, as the
    // in-process parts seed them (`demo` adds its few demo accounts), and
    // an API token of the demo survey's agency.
    common::step("load: persepsi demo, persepsi api-token");
    persepsi_output(&binary, &url, &["demo", "--responses", "0"]);
    let agency_token = persepsi_output(
        &binary,
        &url,
        &["api-token", "--agency", "kab-klungkung", "--name", "bench"],
    )
    .trim()
    .to_string();
    assert!(
        !agency_token.is_empty(),
        "persepsi api-token printed no token"
    );
    // This process's own pool on the same database: the baseline's inserts
    // and the counts of what was stored.
    let db = persepsi_server::store::db::connect(&url, 16).await.unwrap();
    db.execute_unprepared("CREATE TABLE bench_baseline (id TEXT PRIMARY KEY, at TEXT NOT NULL)")
        .await
        .unwrap();
    common::step("load: persepsi serve");
    let server = ServerProcess::start(&binary, &url).await;
    let pid = server.pid();
    // The baseline: a bare axum handler doing one insert, served here.
    let baseline = axum::Router::new()
        .route(
            "/baseline",
            post(|State(db): State<DatabaseConnection>| async move {
                let sql = format!(
                    "INSERT INTO bench_baseline (id, at) VALUES ('{}', '{}')",
                    uuid::Uuid::new_v4(),
                    chrono::Utc::now().to_rfc3339()
                );
                match db.execute_unprepared(&sql).await {
                    Ok(_) => axum::http::StatusCode::CREATED,
                    Err(_) => axum::http::StatusCode::SERVICE_UNAVAILABLE,
                }
            }),
        )
        .with_state(db.clone());
    let baseline_base = common::serve(baseline).await;
    let mut at_64 = Vec::new();
    let mut peaks_64: Vec<(&str, f64)> = Vec::new();
    for kind in ["form", "api", "import", "baseline"] {
        for c in [1, 8, 64] {
            let (sql, name, per_op) = match kind {
                "baseline" => (
                    "SELECT COUNT(*) FROM bench_baseline",
                    "baseline: bare axum endpoint, one insert",
                    1,
                ),
                "api" => (
                    "SELECT COUNT(*) FROM response",
                    "citizen JSON API (GET token + POST one response)",
                    1,
                ),
                "import" => (
                    "SELECT COUNT(*) FROM response",
                    "agency JSON API ingest (POST 100 validated responses), responses",
                    IMPORT_BATCH,
                ),
                _ => (
                    "SELECT COUNT(*) FROM response",
                    "full respondent flow (GET /s/demo + POST)",
                    1,
                ),
            };
            common::step(&format!("load: {name}, concurrency {c}, {secs} s"));
            let before = count(&db, sql).await;
            if c == 64 {
                common::reset_peak_of(&pid);
            }
            let base = if kind == "baseline" {
                &baseline_base
            } else {
                &server.base
            };
            let (rate, p50, p99, errors, done) = drive(kind, c, secs, base, &agency_token).await;
            // Responses, not requests (an import request carries many).
            let (rate, done) = (rate * per_op as f64, done * per_op);
            if c == 64 {
                peaks_64.push((kind, common::status_mb_of(&pid, "VmHWM:")));
            }
            let stored = count(&db, sql).await - before;
            let line = Line {
                rate,
                p99_ms: p99.as_secs_f64() * 1000.0,
                errors,
                stored: done as i64 == stored,
            };
            let figure = format!(
                "{}/s, p50 {:.1} ms, p99 {:.1} ms, {errors} errors, {} acknowledged {} {} stored",
                thousands(rate.round() as u64),
                p50.as_secs_f64() * 1000.0,
                line.p99_ms,
                thousands(done as u64),
                if line.stored { "=" } else { "≠" },
                thousands(stored.max(0) as u64),
            );
            let measure = format!("{name}, c = {c}");
            let ok = line.stored && line.errors == 0;
            match (kind, c) {
                ("form", 64) => table.check(
                    measure,
                    figure,
                    "≥ 1,000/s, p99 ≤ 50 ms, no errors, acknowledged = stored",
                    ok && line.rate >= 1000.0 && line.p99_ms <= 50.0,
                ),
                ("import", 64) => table.check(
                    measure,
                    figure,
                    "≥ 5,000 responses/s, no errors, acknowledged = stored",
                    ok && line.rate >= 5000.0,
                ),
                _ => table.check(measure, figure, "no errors, acknowledged = stored", ok),
            }
            if c == 64 {
                at_64.push(line);
            }
        }
    }
    let ceiling = at_64[3].rate.max(f64::MIN_POSITIVE);
    for (line, name) in at_64.iter().zip([
        "full respondent flow",
        "citizen JSON API",
        "agency JSON API ingest",
    ]) {
        let share = line.rate / ceiling * 100.0;
        table.check(
            format!("{name} ÷ baseline, c = 64"),
            format!("{share:.0} %"),
            "≥ 50 %",
            share >= 50.0,
        );
    }
    let peak_64 = peaks_64.iter().map(|(_, mb)| *mb).fold(0.0, f64::max);
    let each: Vec<String> = peaks_64
        .iter()
        .map(|(kind, mb)| match *kind {
            // The baseline is served by this program; the server idles.
            "baseline" => format!("{kind} {mb:.0} MB (server idle)"),
            _ => format!("{kind} {mb:.0} MB"),
        })
        .collect();
    table.check(
        "server process RSS, peak during each c = 64 line",
        each.join(", "),
        "≤ 100 MB",
        peak_64 <= 100.0,
    );
    drop(server);
    common::drop_database(arg, &url, &db).await;
}
