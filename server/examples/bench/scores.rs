//! Scores and ranking at scale: one unit with 1,000,000 responses (the
//! running tallies those responses leave, built in memory exactly as
//! submissions build them, then stored; the unit's score with its CI read
//! back), and 600 agencies × 5 units with 3,334 responses each (10,002,000
//! responses): every unit's score in one pass, and the ranking's first
//! page through the HTTP API, computed afresh and from its cache.

use crate::common::{self, Fresh, Lcg, thousands};
use crate::report::Table;
use app::domain::stats::{Tally, estimate};
use persepsi_server::store::scores;
use persepsi_server::store::tallies::{self, Key, Scope, month_of};
use sea_orm::ActiveValue::Set;
use sea_orm::{EntityTrait, TransactionTrait};
use std::collections::HashMap;
use std::time::{Duration, Instant};
use uuid::Uuid;

fn months() -> Vec<String> {
    let now = chrono::Utc::now();
    (0..12)
        .map(|m| month_of(now - chrono::Duration::days(30 * m)))
        .collect()
}

/// Median, best and worst of `runs`, in milliseconds.
fn summary(mut runs: Vec<Duration>) -> (f64, String) {
    runs.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
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

pub async fn run(arg: &str, table: &mut Table) {
    let (fresh, router) = Fresh::start(arg, |_| {}).await;
    let state = fresh.state.clone();

    // 1. One unit, a million responses.
    let demo = state.survey("demo").await.unwrap();
    let unit = demo.units[0].id;
    let k = demo.instrument.scored_items().count();
    let weights: Vec<f64> = demo.instrument.scored_items().map(|i| i.weight).collect();
    let mut rng = Lcg(7);
    let started = Instant::now();
    let mut by_row: HashMap<(String, i16), Tally> = HashMap::new();
    let months = months();
    let what = "scores: preparing 1,000,000 responses' tallies";
    for r in 0..1_000_000u64 {
        if r % 50_000 == 0 {
            common::progress(what, r as usize, 1_000_000);
        }
        let month = months[(r % 12) as usize].clone();
        let shard = ((r / 12) % tallies::SHARDS as u64) as i16;
        let row: Vec<Option<i16>> = (0..k).map(|_| rng.answer()).collect();
        by_row
            .entry((month, shard))
            .or_insert_with(|| Tally::new(k))
            .add(&row, &weights, demo.instrument.conversion);
    }
    let txn = state.db.begin().await.unwrap();
    for ((month, shard), t) in &by_row {
        let key = Key {
            survey_id: demo.survey.id,
            unit_id: Some(unit),
            month: month.clone(),
            verified: false,
            suspect: false,
        };
        tallies::put(&txn, &key, *shard, t).await.unwrap();
    }
    txn.commit().await.unwrap();
    common::progress(what, 1, 1);
    common::step(&format!(
        "scores: {} tally rows in {:.1} s",
        by_row.len(),
        started.elapsed().as_secs_f64()
    ));
    let scope = Scope {
        unit_id: Some(unit),
        ..Scope::default()
    };
    let mut runs = Vec::new();
    let mut last = None;
    for _ in 0..30 {
        let t = Instant::now();
        let s = scores::survey_score(&state.db, &demo, &scope)
            .await
            .unwrap();
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

    // 2. 600 agencies × 5 units.
    let started = Instant::now();
    let instrument_id = demo.survey.instrument_id;
    let band_id = demo.survey.band_table_id;
    let mut surveys_map = HashMap::new();
    let txn = state.db.begin().await.unwrap();
    let what = "scores: preparing 600 agencies × 5 units × 3,334 responses";
    for a in 0..600 {
        common::progress(what, a, 600);
        let agency = Uuid::new_v4();
        let survey = Uuid::new_v4();
        persepsi_server::store::entities::agency::Entity::insert(
            persepsi_server::store::entities::agency::ActiveModel {
                id: Set(agency),
                slug: Set(format!("bench-agency-{a}")),
                name: Set(format!("Pemerintah Bench {a}")),
                kind: Set("regency".into()),
                region: Set("Bench".into()),
                parent_id: Set(None),
                created_at: Set(chrono::Utc::now()),
            },
        )
        .exec_without_returning(&txn)
        .await
        .unwrap();
        persepsi_server::store::entities::survey::Entity::insert(
            persepsi_server::store::entities::survey::ActiveModel {
                id: Set(survey),
                slug: Set(format!("bench-{a}")),
                agency_id: Set(agency),
                instrument_id: Set(instrument_id),
                band_table_id: Set(band_id),
                title: Set(format!("Bench {a}")),
                status: Set("open".into()),
                opens_at: Set(None),
                closes_at: Set(None),
                created_at: Set(chrono::Utc::now()),
                device_policy: Set("allow".into()),
                embed_origins: Set(String::new()),
            },
        )
        .exec_without_returning(&txn)
        .await
        .unwrap();
        surveys_map.insert(survey, demo.instrument.clone());
        for u in 0..5 {
            let unit = Uuid::new_v4();
            persepsi_server::store::entities::service_unit::Entity::insert(
                persepsi_server::store::entities::service_unit::ActiveModel {
                    id: Set(unit),
                    agency_id: Set(agency),
                    slug: Set(format!("unit-{u}")),
                    name: Set(format!("Unit {u}")),
                    sector: Set("licensing".into()),
                    expected_users: Set(Some(20_000)),
                },
            )
            .exec_without_returning(&txn)
            .await
            .unwrap();
            persepsi_server::store::entities::survey_unit::Entity::insert(
                persepsi_server::store::entities::survey_unit::ActiveModel {
                    survey_id: Set(survey),
                    unit_id: Set(unit),
                },
            )
            .exec_without_returning(&txn)
            .await
            .unwrap();
            let mut per_month: HashMap<String, Tally> = HashMap::new();
            for r in 0..3_334u64 {
                let row: Vec<Option<i16>> = (0..k).map(|_| rng.answer()).collect();
                per_month
                    .entry(months[(r % 12) as usize].clone())
                    .or_insert_with(|| Tally::new(k))
                    .add(&row, &weights, demo.instrument.conversion);
            }
            for (month, t) in per_month {
                let key = Key {
                    survey_id: survey,
                    unit_id: Some(unit),
                    month,
                    verified: false,
                    suspect: false,
                };
                tallies::put(&txn, &key, (u % 4) as i16, &t).await.unwrap();
            }
        }
    }
    txn.commit().await.unwrap();
    common::progress(what, 600, 600);
    common::step(&format!(
        "scores: prepared in {:.1} s; measuring",
        started.elapsed().as_secs_f64()
    ));
    let mut runs = Vec::new();
    let mut units = 0;
    for _ in 0..10 {
        let t = Instant::now();
        let sums = tallies::sum_by_unit(&state.db, &surveys_map, &Scope::default())
            .await
            .unwrap();
        let estimates: Vec<_> = sums
            .iter()
            .map(|((s, _), sums)| estimate(&surveys_map[s], &sums.tally))
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

    // The ranking's first page, over HTTP, as an assessor's tool asks.
    let base = common::serve(router).await;
    let token = common::assessor_token(&state).await;
    let client = reqwest::Client::new();
    let first_page = || async {
        let t = Instant::now();
        let res = client
            .get(format!("{base}/api/v1/ranking?level=unit&per_page=50"))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
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
        "≤ 300 ms",
        median <= 300.0,
    );
    table.info("the same from the ranking's 30 s cache", summary(warm).1);
    fresh.finish().await;
}
