//! A download that stalls holds nothing of the database: an assessor (or a
//! script with a stolen token) who starts a large export and stops reading
//! must not keep SQLite's write-ahead log from being checkpointed, which
//! would let it grow without end while citizens keep answering. The export
//! still gives every row once, oldest first, across many pages, and an
//! answer stored while it stalls comes last, as on PostgreSQL.

use crate::db_test;
use crate::exports::token_for;
use crate::support::{TestApp, stored_response};
use chrono::{DateTime, Utc};
use persepsi_server::services::export::PAGE;
use persepsi_server::store::entities::response;
use persepsi_server::store::surveys::LoadedSurvey;
use sea_orm::{ConnectionTrait, DbBackend, EntityTrait, Statement};
use uuid::Uuid;

/// Responses seeded: ten pages, each row about a kilobyte of CSV, so the
/// export is far larger than what sockets and the export's read-ahead can
/// hold (a few pages and a few megabytes).
const ROWS: usize = 10 * PAGE as usize;

/// Response `n` to the demo survey, a kilobyte of answers, at `at`.
fn made(demo: &LoadedSurvey, n: usize, id: Uuid, at: DateTime<Utc>) -> response::ActiveModel {
    let comment = "Antrean tertib, petugas ramah. ".repeat(30);
    let answers = serde_json::json!({ "used_service": "ya", "u1": "3", "comment": comment });
    let unit = demo.units[0].id;
    stored_response(
        id,
        demo.survey.id,
        unit,
        format!("stall-{n}"),
        answers.to_string(),
        at,
    )
}

/// Seeds [`ROWS`] responses, one second apart, a month ago; their ids,
/// oldest first.
async fn seed(app: &TestApp, demo: &LoadedSurvey) -> Vec<Uuid> {
    let t0 = Utc::now() - chrono::Duration::days(30);
    let ids: Vec<Uuid> = (0..ROWS).map(|_| Uuid::now_v7()).collect();
    for (c, chunk) in ids.chunks(1000).enumerate() {
        let rows = chunk.iter().enumerate().map(|(i, id)| {
            let n = c * 1000 + i;
            made(demo, n, *id, t0 + chrono::Duration::seconds(n as i64))
        });
        response::Entity::insert_many(rows)
            .exec_without_returning(app.db())
            .await
            .unwrap();
    }
    ids
}

db_test!(
    a_stalled_export_holds_no_snapshot_and_still_gives_every_row,
    |db| {
        let app = TestApp::start(db).await;
        persepsi_server::services::demo::accounts(app.db())
            .await
            .unwrap();
        let demo = app.state.survey("demo").await.unwrap();
        let mut ids = seed(&app, &demo).await;
        let token = token_for(&app, "penilai@demo.persepsi.id").await;
        let mut res = app
            .client
            .get(format!(
                "{}/api/v1/exports/responses.csv?survey=demo",
                app.base
            ))
            .bearer_auth(&token)
            .header("accept-encoding", "identity")
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
        let mut body = res.chunk().await.unwrap().expect("a first chunk").to_vec();
        let read_before_stall = body.len();

        // The download stalls; meanwhile a citizen answers, and on SQLite the
        // log is checkpointed to its end.
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        let late = Uuid::now_v7();
        response::Entity::insert(made(&demo, ROWS, late, Utc::now()))
            .exec_without_returning(app.db())
            .await
            .unwrap();
        ids.push(late);
        if app.db().get_database_backend() == DbBackend::Sqlite {
            let row = app
                .db()
                .query_one_raw(Statement::from_string(
                    DbBackend::Sqlite,
                    "PRAGMA wal_checkpoint(TRUNCATE)",
                ))
                .await
                .unwrap()
                .unwrap();
            let busy: i64 = row.try_get_by_index(0).unwrap();
            let log: i64 = row.try_get_by_index(1).unwrap();
            assert_eq!(
                (busy, log),
                (0, 0),
                "the log is checkpointed and emptied behind a stalled export"
            );
        }

        while let Some(chunk) = res.chunk().await.unwrap() {
            body.extend_from_slice(&chunk);
        }
        assert!(body.len() > read_before_stall);
        let mut reader = csv::Reader::from_reader(&body[..]);
        let got: Vec<Uuid> = reader
            .records()
            .map(|r| r.unwrap()[0].parse().unwrap())
            .collect();
        // The answer stored during the stall is there, last: the export was
        // still reading the database page by page, not a snapshot taken when
        // it began.
        assert_eq!(
            got.last(),
            Some(&late),
            "the answer stored during the stall"
        );
        assert_eq!(got.len(), ids.len(), "every row once");
        assert!(
            got == ids,
            "oldest first, across {} pages",
            ROWS / PAGE as usize
        );
    }
);
