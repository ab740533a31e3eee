//! Every filter of the responses export picks exactly the rows it names,
//! on both databases (SQLite's export has a reader of its own, which binds
//! the filters' ids, instants and flags itself).

use crate::db_test;
use crate::exports::{fetch, token_for};
use crate::support::{TestApp, stored_response};
use persepsi_server::store::entities::response;
use sea_orm::ActiveValue::Set;
use sea_orm::EntityTrait;
use std::collections::BTreeSet;
use uuid::Uuid;

/// One made-up response: its id, unit, month, and whether it was verified
/// and suspect.
struct Made {
    id: Uuid,
    unit: Uuid,
    month: u32,
    verified: bool,
    suspect: bool,
    at: chrono::DateTime<chrono::Utc>,
}

/// 48 responses to the demo survey across its first two units, four months
/// of 2025 (mid-month, far from any time zone's edge), verified or not and
/// suspect or not.
async fn seed(app: &TestApp) -> Vec<Made> {
    let demo = app.state.survey("demo").await.unwrap();
    let units: Vec<Uuid> = demo.units.iter().take(2).map(|u| u.id).collect();
    let mut made = Vec::new();
    for n in 0..48u32 {
        let month = 3 + n % 4;
        let m = Made {
            id: Uuid::now_v7(),
            unit: units[n as usize % 2],
            month,
            verified: n % 3 == 0,
            suspect: n % 5 == 0,
            at: chrono::NaiveDate::from_ymd_opt(2025, month, 15)
                .unwrap()
                .and_hms_opt(3, n % 60, 0)
                .unwrap()
                .and_utc(),
        };
        let mut row = stored_response(
            m.id,
            demo.survey.id,
            m.unit,
            format!("filters-{n}"),
            r#"{"used_service":"ya","u1":"3"}"#.into(),
            m.at,
        );
        row.verified = Set(m.verified);
        row.suspect = Set(m.suspect);
        if m.suspect {
            row.flags = Set("burst".into());
        }
        response::Entity::insert(row)
            .exec_without_returning(app.db())
            .await
            .unwrap();
        made.push(m);
    }
    made
}

/// Which made-up responses a filter should keep.
type Keeps = Box<dyn Fn(&Made) -> bool>;

/// The response ids of an export, in the order written.
async fn exported(app: &TestApp, token: &str, filters: &str) -> Vec<Uuid> {
    let path = format!("/api/v1/exports/responses.csv?survey=demo{filters}");
    let res = fetch(app, token, &path).await;
    assert_eq!(res.status(), 200, "{path}");
    let body = res.bytes().await.unwrap();
    let mut reader = csv::Reader::from_reader(&body[..]);
    reader
        .records()
        .map(|r| r.unwrap()[0].parse().unwrap())
        .collect()
}

db_test!(every_export_filter_picks_exactly_its_rows, |db| {
    let app = TestApp::start(db).await;
    persepsi_server::services::demo::accounts(app.db())
        .await
        .unwrap();
    let made = seed(&app).await;
    let token = token_for(&app, "penilai@demo.persepsi.id").await;
    let demo = app.state.survey("demo").await.unwrap();
    let sector = &demo.units[0].sector;
    let in_sector: BTreeSet<Uuid> = demo
        .units
        .iter()
        .filter(|u| &u.sector == sector)
        .map(|u| u.id)
        .collect();
    let cases: Vec<(String, Keeps)> = vec![
        (
            "&period=2025-04".into(),
            Box::new(|m| m.month == 4 && !m.suspect),
        ),
        (
            "&period=2025-Q2".into(),
            Box::new(|m| (4..=6).contains(&m.month) && !m.suspect),
        ),
        ("&period=2025".into(), Box::new(|m| !m.suspect)),
        ("&period=2025&suspect=true".into(), Box::new(|_| true)),
        (
            "&period=2025&verified=true".into(),
            Box::new(|m| m.verified && !m.suspect),
        ),
        (
            format!("&period=2025&suspect=true&sector={sector}"),
            Box::new(move |m| in_sector.contains(&m.unit)),
        ),
        ("&period=2024".into(), Box::new(|_| false)),
    ];
    for (filters, keeps) in cases {
        let got = exported(&app, &token, &filters).await;
        // Oldest first, each row once.
        let mut kept: Vec<&Made> = made.iter().filter(|m| keeps(m)).collect();
        kept.sort_by_key(|m| (m.at, m.id));
        let want: Vec<Uuid> = kept.iter().map(|m| m.id).collect();
        assert_eq!(got, want, "{filters}");
    }
});
