//! The citizens' free text is kept only for a while: deleted
//! `PERSEPSI_COMMENT_RETENTION_DAYS` after the survey closed (after the
//! response came, without a closing date), the answers that count and the
//! score untouched, each run that deleted something audited.

use crate::db_test;
use crate::support::{TestApp, demo_answers};
use persepsi_server::services::retention;
use persepsi_server::store::entities::{answer, audit_log, survey};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};

async fn send_with_comment(app: &TestApp, text: &str) {
    let token = app.form_token("demo").await;
    let mut pairs = demo_answers("dukcapil");
    pairs.push(("comment", text));
    pairs.push(("token", &token));
    assert_eq!(app.post_form("/s/demo", &pairs).await.status(), 303);
}

async fn closes(app: &TestApp, at: Option<chrono::DateTime<chrono::Utc>>) {
    let s = survey::Entity::find()
        .filter(survey::Column::Slug.eq("demo"))
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    let mut s: survey::ActiveModel = s.into();
    s.closes_at = Set(at);
    s.update(app.db()).await.unwrap();
    app.state.surveys_changed();
}

async fn comments(app: &TestApp) -> u64 {
    app.answers_where(answer::Column::ItemKey.eq("comment"))
        .await
}

async fn runs(app: &TestApp) -> Vec<audit_log::Model> {
    audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq("delete-comments"))
        .all(app.db())
        .await
        .unwrap()
}

db_test!(comments_go_after_their_time_and_the_score_stays, |db| {
    let app = TestApp::start(db).await;
    let start = app.state.clock.now();
    closes(&app, Some(start + chrono::Duration::days(10))).await;
    send_with_comment(&app, "Antrean rapi, petugas ramah.").await;
    send_with_comment(&app, "Nomor antrean 0812 saya hilang.").await;
    assert_eq!(comments(&app).await, 2);
    let score = app.score("demo").await;
    let others = app.answers().await - 2;

    // Kept until 730 days after the survey closed.
    app.state.clock.set(start + chrono::Duration::days(739));
    assert_eq!(retention::comments(&app.state, 730).await.unwrap(), 0);
    assert_eq!(comments(&app).await, 2);
    assert!(
        runs(&app).await.is_empty(),
        "a run that deletes nothing writes nothing"
    );

    app.state.clock.set(start + chrono::Duration::days(741));
    assert_eq!(retention::comments(&app.state, 730).await.unwrap(), 2);
    assert_eq!(comments(&app).await, 0, "the free text is gone");
    assert_eq!(
        app.answers().await,
        others,
        "every answer that counts stays"
    );
    let again = app.score("demo").await;
    assert_eq!(again["n"], score["n"]);
    assert_eq!(again["score"], score["score"]);
    let audit = runs(&app).await;
    assert_eq!(audit.len(), 1);
    assert!(
        audit[0].detail.contains("\"deleted\":2"),
        "{}",
        audit[0].detail
    );
    assert!(audit[0].detail.contains("\"demo\""), "{}", audit[0].detail);
    assert_eq!(audit[0].actor, "system");
    assert_eq!(retention::comments(&app.state, 730).await.unwrap(), 0);
    assert_eq!(runs(&app).await.len(), 1);
});

db_test!(without_a_closing_date_each_comment_has_its_own_time, |db| {
    let app = TestApp::start(db).await;
    closes(&app, None).await;
    let start = app.state.clock.now();
    send_with_comment(&app, "Pertama").await;
    app.state.clock.set(start + chrono::Duration::days(100));
    send_with_comment(&app, "Kedua, seratus hari kemudian").await;
    app.state.clock.set(start + chrono::Duration::days(731));
    assert_eq!(retention::comments(&app.state, 730).await.unwrap(), 1);
    assert_eq!(comments(&app).await, 1, "the later comment keeps its time");
    app.state.clock.set(start + chrono::Duration::days(831));
    assert_eq!(retention::comments(&app.state, 730).await.unwrap(), 1);
    assert_eq!(comments(&app).await, 0);
});
