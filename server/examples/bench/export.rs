//! Exports: 100,000 and then 1,000,000 stored responses exported as CSV
//! through the real HTTP stack — the time to the last byte and the
//! process's peak memory growth while exporting.

use crate::common::{self, Assessor, Fresh, Lcg, ms, thousands};
use crate::report::Table;
use persepsi_server::ServerState;
use persepsi_server::store::entities::response;
use persepsi_server::store::surveys::LoadedSurvey;
use sea_orm::ActiveValue::Set;
use sea_orm::{ConnectionTrait, EntityTrait, TransactionTrait};
use std::time::{Duration, Instant};
use uuid::Uuid;

/// Exports of each size; the median is the figure (one run swung by a
/// second and more between runs on the same machine).
const RUNS: usize = 3;

/// Rows per transaction while seeding.
const BATCH: usize = 10_000;

/// Rows per insert while seeding.
const CHUNK: usize = 1_000;

pub async fn run(arg: &str, table: &mut Table) {
    let (fresh, router) = Fresh::start(arg, |_| {}).await;
    let state = fresh.state.clone();
    let demo = state.survey("demo").await.unwrap();
    let api = Assessor::start(router, &state).await;
    let mut seeder = Seeder::new(&demo);
    for size in [100_000, 1_000_000] {
        seed(arg, &state, &mut seeder, size).await;
        let mut runs = Vec::with_capacity(RUNS);
        for _ in 0..RUNS {
            runs.push(export_csv(&api).await);
        }
        report(table, size, runs);
    }
    fresh.finish().await;
}

/// Made-up responses to the demo survey, numbered from 0, stored as
/// submissions store them (the answer rows are not read by an export, so
/// only the responses are written).
struct Seeder {
    survey_id: Uuid,
    units: Vec<Uuid>,
    keys: Vec<String>,
    rng: Lcg,
    t0: chrono::DateTime<chrono::Utc>,
    /// Responses stored so far.
    stored: usize,
}

impl Seeder {
    fn new(demo: &LoadedSurvey) -> Self {
        Seeder {
            survey_id: demo.survey.id,
            units: demo.units.iter().map(|u| u.id).collect(),
            keys: demo
                .instrument
                .items
                .iter()
                .map(|i| i.key.clone())
                .collect(),
            rng: Lcg(7),
            t0: chrono::Utc::now() - chrono::Duration::days(300),
            stored: 0,
        }
    }

    /// Response number `n`.
    fn response(&mut self, n: usize) -> response::ActiveModel {
        let answers: serde_json::Map<String, serde_json::Value> = self
            .keys
            .iter()
            .map(|k| {
                let v = match k.as_str() {
                    "used_service" => "ya".to_string(),
                    "comment" | "proof" => "Antrean tertib, petugas ramah.".to_string(),
                    _ => (1 + self.rng.next() % 4).to_string(),
                };
                (k.clone(), serde_json::Value::String(v))
            })
            .collect();
        response::ActiveModel {
            id: Set(Uuid::new_v4()),
            survey_id: Set(self.survey_id),
            unit_id: Set(Some(self.units[n % self.units.len()])),
            token_hash: Set(format!("bench-{n}")),
            channel: Set("form".into()),
            verified: Set(n.is_multiple_of(5)),
            suspect: Set(false),
            flags: Set(String::new()),
            answers: Set(serde_json::Value::Object(answers).to_string()),
            submitted_at: Set(self.t0 + chrono::Duration::seconds(n as i64 * 25)),
            network: Set(None),
            pattern: Set(None),
            fill_secs: Set(Some(90)),
            restored_at: Set(None),
            device_id: Set(None),
            interviewer_id: Set(None),
            counter_id: Set(None),
            questions_version: Set(None),
        }
    }

    /// Stores the next [`BATCH`] responses in one transaction.
    async fn store_batch(&mut self, state: &ServerState) {
        let txn = state.db.begin().await.unwrap();
        for chunk in 0..BATCH / CHUNK {
            let first = self.stored + chunk * CHUNK;
            let rows: Vec<response::ActiveModel> =
                (first..first + CHUNK).map(|n| self.response(n)).collect();
            response::Entity::insert_many(rows)
                .exec_without_returning(&txn)
                .await
                .unwrap();
        }
        txn.commit().await.unwrap();
        self.stored += BATCH;
    }
}

/// Stores responses until there are `size`, then does the upkeep the
/// database would have done by the time anyone exports.
async fn seed(arg: &str, state: &ServerState, seeder: &mut Seeder, size: usize) {
    let what = format!("export: seeding {} responses", thousands(size as u64));
    let started = Instant::now();
    while seeder.stored < size {
        common::progress(&what, seeder.stored, size);
        seeder.store_batch(state).await;
    }
    common::progress(&what, seeder.stored, size);
    // What autovacuum (PostgreSQL) or a routine ANALYZE would have done by
    // the time anyone exports: statistics, and PostgreSQL's visibility
    // hints written once (else the first read of fresh rows writes them
    // all).
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
}

/// One export's figures.
struct Export {
    /// Seconds to the last byte.
    took: f64,
    /// Until the first byte.
    first: Duration,
    bytes: usize,
    /// CSV lines after the header.
    rows: usize,
    /// Megabytes the process's peak memory grew by.
    growth: f64,
}

/// Exports every stored response of the demo survey as CSV, reading the
/// body to its last byte.
async fn export_csv(api: &Assessor) -> Export {
    common::reset_peak();
    let before = common::status_mb("VmRSS:");
    let t = Instant::now();
    let mut res = api
        .get("/api/v1/exports/responses.csv?survey=demo&suspect=true")
        .await;
    let (mut bytes, mut lines) = (0usize, 0usize);
    let mut first = None;
    while let Some(chunk) = res.chunk().await.unwrap() {
        first.get_or_insert_with(|| t.elapsed());
        bytes += chunk.len();
        lines += chunk.iter().filter(|b| **b == b'\n').count();
    }
    let took = t.elapsed().as_secs_f64();
    Export {
        took,
        first: first.unwrap_or_default(),
        bytes,
        rows: lines.saturating_sub(1),
        growth: common::status_mb("VmHWM:") - before,
    }
}

/// The line of the exports of `size` responses: the median run, every
/// run's rows, the largest memory growth.
fn report(table: &mut Table, size: usize, mut runs: Vec<Export>) {
    runs.sort_by(|a, b| a.took.total_cmp(&b.took));
    let e = &runs[runs.len() / 2];
    let growth = runs.iter().map(|r| r.growth).fold(0.0, f64::max);
    let every = runs.iter().all(|r| r.rows == size);
    let figure = format!(
        "median {:.2} s to the last byte (best {:.2}, worst {:.2}, {} runs; {} rows, {:.0} MB, first byte after {:.0} ms); peak RSS growth {:.0} MB",
        e.took,
        runs[0].took,
        runs[runs.len() - 1].took,
        runs.len(),
        thousands(e.rows as u64),
        e.bytes as f64 / 1e6,
        ms(e.first),
        growth,
    );
    let measure = format!("CSV export of {} responses", thousands(size as u64));
    if size == 1_000_000 {
        table.check(
            measure,
            figure,
            "≤ 3 s, ≤ 64 MB growth, every row",
            every && e.took <= 3.0 && growth <= 64.0,
        );
    } else {
        table.check(
            measure,
            figure,
            "≤ 0.5 s, every row",
            every && e.took <= 0.5,
        );
    }
}
