//! Scores and ranking at scale: one unit with 1,000,000 responses (the
//! running tallies those responses leave, built in memory exactly as
//! submissions build them, then stored; the unit's score with its CI read
//! back), and 600 agencies × 5 units with 3,334 responses each (10,002,000
//! responses): every unit's score in one pass, and the ranking's first
//! page through the HTTP API, computed afresh and from its cache.

use crate::common::{self, Assessor, Fresh, Lcg, ms, thousands};
use crate::report::Table;
use app::domain::instrument::Instrument;
use app::domain::stats::{Tally, estimate};
use persepsi_server::ServerState;
use persepsi_server::store::entities::{agency, service_unit, survey, survey_unit};
use persepsi_server::store::scores;
use persepsi_server::store::surveys::LoadedSurvey;
use persepsi_server::store::tallies::{self, Key, Scope, month_of};
use sea_orm::ActiveValue::Set;
use sea_orm::{ActiveModelTrait, DatabaseTransaction, EntityTrait, TransactionTrait};
use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};
use uuid::Uuid;

/// Agencies of the ranking lines, each with one survey.
const AGENCIES: usize = 600;
/// Units per agency.
const UNITS: usize = 5;
/// Responses per unit.
const RESPONSES_PER_UNIT: u64 = 3_334;

/// The surveys of the ranking lines, with their instruments.
type Surveys = HashMap<Uuid, Arc<Instrument>>;

/// The last twelve months, this one first.
fn months() -> Vec<String> {
    let now = chrono::Utc::now();
    (0..12)
        .map(|m| month_of(now - chrono::Duration::days(30 * m)))
        .collect()
}

/// Median, best and worst of `runs`, in milliseconds.
fn summary(mut runs: Vec<Duration>) -> (f64, String) {
    runs.sort();
    let median = ms(runs[runs.len() / 2]);
    (
        median,
        format!(
            "median {median:.2} ms (best {:.2}, worst {:.2}, {} runs)",
            ms(runs[0]),
            ms(runs[runs.len() - 1]),
            runs.len()
        ),
    )
}

/// Made-up responses added to tallies as a submission adds them, with the
/// demo instrument's scored items.
struct Responses {
    rng: Lcg,
    weights: Vec<f64>,
    conversion: f64,
    months: Vec<String>,
}

impl Responses {
    fn new(instrument: &Instrument) -> Self {
        Responses {
            rng: Lcg(7),
            weights: instrument.scored_items().map(|i| i.weight).collect(),
            conversion: instrument.conversion,
            months: months(),
        }
    }

    /// The month response `r` falls in (the twelve in turn).
    fn month(&self, r: u64) -> String {
        self.months[(r % 12) as usize].clone()
    }

    /// Adds one response to the tally in `tallies` under `key` (a new one
    /// if there is none yet).
    fn add<K: std::hash::Hash + Eq>(&mut self, tallies: &mut HashMap<K, Tally>, key: K) {
        let k = self.weights.len();
        let row: Vec<Option<i16>> = (0..k).map(|_| self.rng.answer()).collect();
        tallies.entry(key).or_insert_with(|| Tally::new(k)).add(
            &row,
            &self.weights,
            self.conversion,
        );
    }
}

/// The tally key of `unit` of `survey_id` in `month` (neither verified nor
/// suspect).
fn key(survey_id: Uuid, unit: Uuid, month: String) -> Key {
    Key {
        survey_id,
        unit_id: Some(unit),
        month,
        verified: false,
        suspect: false,
    }
}

/// Inserts one row in `txn`.
async fn insert<A: ActiveModelTrait>(txn: &DatabaseTransaction, row: A) {
    <A::Entity as EntityTrait>::insert(row)
        .exec_without_returning(txn)
        .await
        .unwrap();
}

pub async fn run(arg: &str, table: &mut Table) {
    let (fresh, router) = Fresh::start(arg, |_| {}).await;
    let state = fresh.state.clone();
    let demo = state.survey("demo").await.unwrap();
    let unit = demo.units[0].id;
    let mut responses = Responses::new(&demo.instrument);
    seed_one_unit(&state, &demo, unit, &mut responses).await;
    unit_score(&state, &demo, unit, table).await;
    let surveys = seed_agencies(&state, &demo, &mut responses).await;
    every_unit_score(&state, &surveys, table).await;
    ranking_first_page(router, &state, table).await;
    fresh.finish().await;
}

/// Stores the tallies 1,000,000 responses to `unit` leave, spread over the
/// twelve months and the shards.
async fn seed_one_unit(
    state: &ServerState,
    demo: &LoadedSurvey,
    unit: Uuid,
    responses: &mut Responses,
) {
    let started = Instant::now();
    let mut by_row: HashMap<(String, i16), Tally> = HashMap::new();
    let what = "scores: preparing 1,000,000 responses' tallies";
    for r in 0..1_000_000u64 {
        if r % 50_000 == 0 {
            common::progress(what, r as usize, 1_000_000);
        }
        let shard = ((r / 12) % tallies::SHARDS as u64) as i16;
        responses.add(&mut by_row, (responses.month(r), shard));
    }
    let txn = state.db.begin().await.unwrap();
    for ((month, shard), t) in &by_row {
        let key = key(demo.survey.id, unit, month.clone());
        tallies::put(&txn, &key, *shard, t).await.unwrap();
    }
    txn.commit().await.unwrap();
    common::progress(what, 1, 1);
    common::step(&format!(
        "scores: {} tally rows in {:.1} s",
        by_row.len(),
        started.elapsed().as_secs_f64()
    ));
}

/// The line: the score with its CI of the unit of a million responses.
async fn unit_score(state: &ServerState, demo: &LoadedSurvey, unit: Uuid, table: &mut Table) {
    let scope = Scope {
        unit_id: Some(unit),
        ..Scope::default()
    };
    let mut runs = Vec::new();
    let mut last = None;
    for _ in 0..30 {
        let t = Instant::now();
        let s = scores::survey_score(&state.db, demo, &scope).await.unwrap();
        runs.push(t.elapsed());
        last = Some(s);
    }
    let s = last.unwrap();
    let (lo, hi) = s.estimate.ci.unwrap();
    let (median, figure) = summary(runs);
    table.check(
        format!(
            "score with its 95 % CI, one unit, {} responses",
            thousands(s.estimate.n)
        ),
        format!(
            "{figure}; score {:.2}, CI {lo:.2}–{hi:.2}",
            s.estimate.score.unwrap()
        ),
        "≤ 50 ms",
        median <= 50.0,
    );
}

/// Stores 600 agencies, each with one survey on the demo instrument and 5
/// units of 3,334 responses' tallies; the surveys.
async fn seed_agencies(
    state: &ServerState,
    demo: &LoadedSurvey,
    responses: &mut Responses,
) -> Surveys {
    let started = Instant::now();
    let mut surveys = HashMap::new();
    let txn = state.db.begin().await.unwrap();
    let what = "scores: preparing 600 agencies × 5 units × 3,334 responses";
    for a in 0..AGENCIES {
        common::progress(what, a, AGENCIES);
        let (agency, survey) = insert_agency(&txn, demo, a).await;
        surveys.insert(survey, demo.instrument.clone());
        for u in 0..UNITS {
            let unit = insert_unit(&txn, agency, survey, u).await;
            let mut per_month: HashMap<String, Tally> = HashMap::new();
            for r in 0..RESPONSES_PER_UNIT {
                responses.add(&mut per_month, responses.month(r));
            }
            for (month, t) in per_month {
                let key = key(survey, unit, month);
                tallies::put(&txn, &key, (u % 4) as i16, &t).await.unwrap();
            }
        }
    }
    txn.commit().await.unwrap();
    common::progress(what, AGENCIES, AGENCIES);
    common::step(&format!(
        "scores: prepared in {:.1} s; measuring",
        started.elapsed().as_secs_f64()
    ));
    surveys
}

/// Agency number `a` and its open survey on `demo`'s instrument and band
/// table; their ids.
async fn insert_agency(txn: &DatabaseTransaction, demo: &LoadedSurvey, a: usize) -> (Uuid, Uuid) {
    let (agency, survey) = (Uuid::new_v4(), Uuid::new_v4());
    let row = agency::ActiveModel {
        id: Set(agency),
        slug: Set(format!("bench-agency-{a}")),
        name: Set(format!("Pemerintah Bench {a}")),
        kind: Set("regency".into()),
        region: Set("Bench".into()),
        parent_id: Set(None),
        created_at: Set(chrono::Utc::now()),
    };
    insert(txn, row).await;
    let row = survey::ActiveModel {
        id: Set(survey),
        slug: Set(format!("bench-{a}")),
        agency_id: Set(agency),
        instrument_id: Set(demo.survey.instrument_id),
        band_table_id: Set(demo.survey.band_table_id),
        title: Set(format!("Bench {a}")),
        status: Set("open".into()),
        opens_at: Set(None),
        closes_at: Set(None),
        created_at: Set(chrono::Utc::now()),
        device_policy: Set("allow".into()),
        embed_origins: Set(String::new()),
        method_id: Set(demo.survey.method_id),
        proof_photos: Set(false),
    };
    insert(txn, row).await;
    (agency, survey)
}

/// Unit number `u` of `agency`, covered by `survey`; its id.
async fn insert_unit(txn: &DatabaseTransaction, agency: Uuid, survey: Uuid, u: usize) -> Uuid {
    let unit = Uuid::new_v4();
    let row = service_unit::ActiveModel {
        id: Set(unit),
        agency_id: Set(agency),
        slug: Set(format!("unit-{u}")),
        name: Set(format!("Unit {u}")),
        sector: Set("licensing".into()),
        expected_users: Set(Some(20_000)),
    };
    insert(txn, row).await;
    let row = survey_unit::ActiveModel {
        survey_id: Set(survey),
        unit_id: Set(unit),
    };
    insert(txn, row).await;
    unit
}

/// The line: every unit's score of `surveys`, summed and estimated in one
/// pass.
async fn every_unit_score(state: &ServerState, surveys: &Surveys, table: &mut Table) {
    let mut runs = Vec::new();
    let mut units = 0;
    for _ in 0..10 {
        let t = Instant::now();
        let sums = tallies::sum_by_unit(&state.db, surveys, &Scope::default())
            .await
            .unwrap();
        let estimates: Vec<_> = sums
            .iter()
            .map(|((s, _), sums)| estimate(&surveys[s], &sums.tally))
            .collect();
        runs.push(t.elapsed());
        units = estimates.len();
    }
    table.info(
        format!(
            "every unit's score in one pass, {} units",
            thousands(units as u64)
        ),
        summary(runs).1,
    );
}

/// The lines: the ranking's first page, over HTTP, as an assessor's tool
/// asks, computed afresh (its cache cleared) and from its cache.
async fn ranking_first_page(router: axum::Router, state: &ServerState, table: &mut Table) {
    let api = Assessor::start(router, state).await;
    let first_page = || async {
        let t = Instant::now();
        let res = api.get("/api/v1/ranking?level=unit&per_page=50").await;
        let body: serde_json::Value = res.json().await.unwrap();
        (t.elapsed(), body["total"].as_u64().unwrap_or(0))
    };
    let mut cold = Vec::new();
    let mut ranked = 0;
    for _ in 0..5 {
        state.score_cache.clear();
        let (d, total) = first_page().await;
        cold.push(d);
        ranked = total;
    }
    let mut warm = Vec::new();
    for _ in 0..10 {
        warm.push(first_page().await.0);
    }
    let (median, figure) = summary(cold);
    table.check(
        format!(
            "ranking, first page over HTTP, 600 agencies × 5 units ({} ranked), 10,002,000 responses, computed afresh",
            thousands(ranked)
        ),
        figure,
        "≤ 150 ms",
        median <= 150.0,
    );
    table.info("the same from the ranking's 30 s cache", summary(warm).1);
}
