//! Exports: 100,000 and then 1,000,000 stored responses exported as CSV
//! through the real HTTP stack — the time to the last byte and the
//! process's peak memory growth while exporting.

use crate::common::{self, Fresh, Lcg, thousands};
use crate::report::Table;
use persepsi_server::store::entities::response;
use sea_orm::ActiveValue::Set;
use sea_orm::{ConnectionTrait, EntityTrait, TransactionTrait};
use std::time::Instant;
use uuid::Uuid;

/// Rows per transaction while seeding.
const BATCH: usize = 10_000;

pub async fn run(arg: &str, table: &mut Table) {
    let (fresh, router) = Fresh::start(arg, |_| {}).await;
    let state = fresh.state.clone();
    let demo = state.survey("demo").await.unwrap();
    let units: Vec<Uuid> = demo.units.iter().map(|u| u.id).collect();
    let keys: Vec<String> = demo
        .instrument
        .items
        .iter()
        .map(|i| i.key.clone())
        .collect();
    let base = common::serve(router).await;
    let token = common::assessor_token(&state).await;
    let client = reqwest::Client::new();
    let t0 = chrono::Utc::now() - chrono::Duration::days(300);
    let mut rng = Lcg(7);
    let mut stored = 0;
    for (size, target_s) in [(100_000, 0.5), (1_000_000, 5.0)] {
        // Stored as submissions store them (the answer rows are not read
        // by an export, so only the responses are written here).
        let what = format!("export: seeding {} responses", thousands(size as u64));
        let started = Instant::now();
        while stored < size {
            common::progress(&what, stored, size);
            let txn = state.db.begin().await.unwrap();
            for chunk in 0..BATCH / 1_000 {
                let rows: Vec<response::ActiveModel> = (0..1_000)
                    .map(|i| {
                        let n = stored + chunk * 1_000 + i;
                        let answers: serde_json::Map<String, serde_json::Value> = keys
                            .iter()
                            .map(|k| {
                                let v = match k.as_str() {
                                    "used_service" => "ya".to_string(),
                                    "comment" | "proof" => {
                                        "Antrean tertib, petugas ramah.".to_string()
                                    }
                                    _ => (1 + rng.next() % 4).to_string(),
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
            stored += BATCH;
        }
        common::progress(&what, stored, size);
        // What autovacuum (PostgreSQL) or a routine ANALYZE would have
        // done by the time anyone exports: statistics, and PostgreSQL's
        // visibility hints written once (else the first read of fresh rows
        // writes them all).
        let maintenance = if arg == "sqlite" {
            "ANALYZE"
        } else {
            "VACUUM ANALYZE response"
        };
        state.db.execute_unprepared(maintenance).await.unwrap();
        common::step(&format!(
            "export: seeded in {:.1} s; exporting {} responses as CSV",
            started.elapsed().as_secs_f64(),
            thousands(size as u64)
        ));

        common::reset_peak();
        let before = common::status_mb("VmRSS:");
        let t = Instant::now();
        let mut res = client
            .get(format!(
                "{base}/api/v1/exports/responses.csv?survey=demo&suspect=true"
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
        let took = t.elapsed().as_secs_f64();
        let growth = common::status_mb("VmHWM:") - before;
        let rows = lines.saturating_sub(1);
        let figure = format!(
            "{took:.2} s to the last byte ({} rows, {:.0} MB, first byte after {:.0} ms); peak RSS growth {growth:.0} MB",
            thousands(rows as u64),
            bytes as f64 / 1e6,
            first.unwrap_or_default().as_secs_f64() * 1000.0,
        );
        let measure = format!("CSV export of {} responses", thousands(size as u64));
        let every = rows == size;
        if size == 1_000_000 {
            table.check(
                measure,
                figure,
                "≤ 5 s, ≤ 64 MB growth, every row",
                every && took <= target_s && growth <= 64.0,
            );
        } else {
            table.check(
                measure,
                figure,
                "≤ 0.5 s, every row",
                every && took <= target_s,
            );
        }
    }
    fresh.finish().await;
}
