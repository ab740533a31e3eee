//! Export benchmark: 1,000,000 stored responses exported as CSV through
//! the real HTTP stack, on a fresh SQLite or PostgreSQL database. Prints
//! the time to the last byte and the process's peak memory growth while
//! exporting; a program, not a test (machines are noisy).
//!
//! ```text
//! cargo run --release -p persepsi-server --example export_bench -- sqlite
//! cargo run --release -p persepsi-server --example export_bench -- postgres://postgres@127.0.0.1:5432/test
//! ```

use app::ssr::entities::response;
use persepsi_server::config::Config;
use sea_orm::ActiveValue::Set;
use sea_orm::{ConnectionTrait, EntityTrait, TransactionTrait};
use std::time::Instant;
use uuid::Uuid;

const RESPONSES: usize = 1_000_000;

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

#[path = "common/mod.rs"]
mod common;

#[tokio::main]
async fn main() {
    let arg = std::env::args().nth(1).unwrap_or_else(|| "sqlite".into());
    let (url, _dir) = common::database(&arg).await;
    let server = persepsi_server::build(&Config::for_database(url.clone()))
        .await
        .unwrap();
    let state = server.state.clone();
    app::ssr::demo::load(&state.db, 0).await.unwrap();
    let backend = if arg == "sqlite" {
        "SQLite"
    } else {
        "PostgreSQL"
    };
    println!("export benchmark on {backend}");
    let demo = app::ssr::repo::surveys::by_slug(&state, "demo")
        .await
        .unwrap();
    let units: Vec<Uuid> = demo.units.iter().map(|u| u.id).collect();
    let keys: Vec<String> = demo
        .instrument
        .items
        .iter()
        .map(|i| i.key.clone())
        .collect();

    // Stored as submissions store them (the answer rows are not read by an
    // export, so only the responses are written here).
    let started = Instant::now();
    let t0 = chrono::Utc::now() - chrono::Duration::days(300);
    let mut seed: u64 = 7;
    let mut next = move || {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        seed >> 33
    };
    for batch in 0..RESPONSES / 10_000 {
        let txn = state.db.begin().await.unwrap();
        for chunk in 0..10 {
            let rows: Vec<response::ActiveModel> = (0..1_000)
                .map(|i| {
                    let n = batch * 10_000 + chunk * 1_000 + i;
                    let answers: serde_json::Map<String, serde_json::Value> = keys
                        .iter()
                        .map(|k| {
                            let v = match k.as_str() {
                                "used_service" => "ya".to_string(),
                                "comment" | "proof" => "Antrean tertib, petugas ramah.".to_string(),
                                _ => (1 + next() % 4).to_string(),
                            };
                            (k.clone(), serde_json::Value::String(v))
                        })
                        .collect();
                    response::ActiveModel {
                        id: Set(Uuid::new_v4()),
                        survey_id: Set(demo.survey.id),
                        unit_id: Set(Some(units[n % units.len()])),
                        token_hash: Set(format!("bench-{n}")),
                        channel: Set("form".into()),
                        verified: Set(n % 5 == 0),
                        suspect: Set(false),
                        flags: Set(String::new()),
                        answers: Set(serde_json::Value::Object(answers).to_string()),
                        submitted_at: Set(t0 + chrono::Duration::seconds(n as i64 * 25)),
                    }
                })
                .collect();
            response::Entity::insert_many(rows)
                .exec_without_returning(&txn)
                .await
                .unwrap();
        }
        txn.commit().await.unwrap();
    }
    println!(
        "  stored {RESPONSES} responses in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    // What autovacuum (PostgreSQL) or a routine ANALYZE would have done by
    // the time anyone exports: statistics, and PostgreSQL's visibility
    // hints written once (else the first read of fresh rows writes them all).
    let maintenance = if arg == "sqlite" {
        "ANALYZE"
    } else {
        "VACUUM ANALYZE response"
    };
    state.db.execute_unprepared(maintenance).await.unwrap();

    let base = common::serve(server.router).await;
    let token = common::assessor_token(&state).await;
    let client = reqwest::Client::new();
    for format in ["csv", "ndjson"] {
        // Peak memory counts from here (Linux: writing 5 resets VmHWM).
        let _ = std::fs::write("/proc/self/clear_refs", "5");
        let before = status_kb("VmRSS:");
        let t = Instant::now();
        let mut res = client
            .get(format!(
                "{base}/api/v1/exports/responses.{format}?survey=demo&suspect=true"
            ))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
        let (mut bytes, mut lines) = (0usize, 0usize);
        let mut first = None;
        while let Some(chunk) = res.chunk().await.unwrap() {
            first.get_or_insert_with(|| t.elapsed());
            bytes += chunk.len();
            lines += chunk.iter().filter(|b| **b == b'\n').count();
        }
        let took = t.elapsed();
        let peak = status_kb("VmHWM:");
        let rows = if format == "csv" { lines - 1 } else { lines };
        println!(
            "  {format}: {rows} rows, {:.1} MB in {:.2} s (first byte after {:.0} ms); peak memory growth {:.1} MB (RSS {:.0} → peak {:.0} MB)",
            bytes as f64 / 1e6,
            took.as_secs_f64(),
            first.unwrap_or_default().as_secs_f64() * 1000.0,
            peak.saturating_sub(before) as f64 / 1024.0,
            before as f64 / 1024.0,
            peak as f64 / 1024.0,
        );
        assert_eq!(rows, RESPONSES, "every response exported");
    }
    common::drop_database(&arg, &url, &state).await;
}
