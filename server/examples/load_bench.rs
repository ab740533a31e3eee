//! Load benchmark: citizens through the real HTTP stack at concurrency 1,
//! 8 and 64 — the full respondent flow (GET the form, POST it: token,
//! validation, storage), the JSON API, and a bare axum endpoint doing one
//! insert on the same database as the ceiling to compare with. Prints one
//! table; a program, not a test (machines are noisy).
//!
//! ```text
//! cargo run --release -p persepsi-server --example load_bench -- sqlite [SECONDS]
//! cargo run --release -p persepsi-server --example load_bench -- postgres://postgres@127.0.0.1:5432/test [SECONDS]
//! ```

#[path = "common/mod.rs"]
mod common;

use axum::extract::State;
use axum::routing::post;
use persepsi_server::config::Config;
use sea_orm::{ConnectionTrait, DatabaseConnection, Statement};
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

/// Kilobytes of a /proc/self/status line.
fn status_kb(field: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

fn token_of(html: &str) -> Option<String> {
    let marker = "name=\"token\" value=\"";
    let start = html.find(marker)? + marker.len();
    Some(html[start..start + html[start..].find('"')?].to_string())
}

/// One respondent of a kind; the latency, or None on an error.
async fn one(kind: &str, client: &reqwest::Client, base: &str) -> Option<Duration> {
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
            let answers: serde_json::Map<String, serde_json::Value> = ANSWERS[1..]
                .iter()
                .map(|(k, v)| {
                    (
                        k.to_string(),
                        v.parse::<i64>()
                            .map(Into::into)
                            .unwrap_or_else(|_| (*v).into()),
                    )
                })
                .collect();
            let body = serde_json::json!({ "token": def["token"], "unit": "dukcapil", "answers": answers });
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
async fn run(
    kind: &'static str,
    concurrency: usize,
    secs: u64,
    base: &str,
) -> (f64, Duration, Duration, usize, usize) {
    let stop = Arc::new(AtomicBool::new(false));
    let mut tasks = Vec::new();
    for _ in 0..concurrency {
        let (stop, base) = (stop.clone(), base.to_string());
        tasks.push(tokio::spawn(async move {
            let client = reqwest::Client::builder()
                .pool_max_idle_per_host(1)
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap();
            let (mut lat, mut errors) = (Vec::new(), 0);
            while !stop.load(Ordering::Relaxed) {
                match one(kind, &client, &base).await {
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

#[tokio::main]
async fn main() {
    let arg = std::env::args().nth(1).unwrap_or_else(|| "sqlite".into());
    let secs: u64 = std::env::args()
        .nth(2)
        .and_then(|s| s.parse().ok())
        .unwrap_or(10);
    let (url, _dir) = common::database(&arg).await;
    let mut config = Config::for_database(url.clone());
    // One machine plays every citizen: limits and the fill-time signal off.
    config.min_fill_secs = 0;
    for limit in [
        &mut config.limit_submit_client,
        &mut config.limit_submit_device,
        &mut config.limit_submit_network,
        &mut config.limit_submit_survey,
        &mut config.limit_form_network,
    ] {
        *limit = "100000000/1".parse().unwrap();
    }
    let server = persepsi_server::build(&config).await.unwrap();
    let state = server.state.clone();
    app::ssr::demo::load(&state.db, 0).await.unwrap();
    state
        .db
        .execute_unprepared("CREATE TABLE bench_baseline (id TEXT PRIMARY KEY, at TEXT NOT NULL)")
        .await
        .unwrap();
    // The ceiling: a bare axum handler doing one insert, same pool.
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
        .with_state(state.db.clone());
    let base = common::serve(server.router.merge(baseline)).await;
    let backend = if arg == "sqlite" {
        "SQLite"
    } else {
        "PostgreSQL"
    };
    println!("load benchmark on {backend}, {secs} s per line, client and server on one machine");
    println!(
        "| path | concurrency | per second | p50 ms | p99 ms | errors | acknowledged = stored | server RSS MB |"
    );
    println!("|---|---|---|---|---|---|---|---|");
    for kind in ["form", "api", "baseline"] {
        for c in [1, 8, 64] {
            let (sql, name) = match kind {
                "baseline" => (
                    "SELECT COUNT(*) FROM bench_baseline",
                    "bare insert (baseline)",
                ),
                "api" => ("SELECT COUNT(*) FROM response", "JSON API"),
                _ => (
                    "SELECT COUNT(*) FROM response",
                    "full respondent (GET + POST)",
                ),
            };
            let before = count(&state.db, sql).await;
            let (rate, p50, p99, errors, done) = run(kind, c, secs, &base).await;
            let stored = count(&state.db, sql).await - before;
            println!(
                "| {name} | {c} | {rate:.0} | {:.1} | {:.1} | {errors} | {} ({done} / {stored}) | {:.0} |",
                p50.as_secs_f64() * 1000.0,
                p99.as_secs_f64() * 1000.0,
                if done as i64 == stored { "yes" } else { "NO" },
                status_kb("VmRSS:") as f64 / 1024.0,
            );
        }
    }
    common::drop_database(&arg, &url, &state).await;
}
