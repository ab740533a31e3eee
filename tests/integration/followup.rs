//! The follow-up plan: the weakest element comes first, an action is
//! written for it (errors beside the field), runs late, is done with
//! evidence, and the next period shows whether the element moved; every
//! change is audited, and another agency's manager finds nothing.

use crate::db_test;
use crate::support::{Browser, TestApp};
use app::domain::answers::CheckedAnswer;
use chrono::{TimeZone, Utc};
use persepsi_server::store::entities::{audit_log, followup_action};
use persepsi_server::store::responses::{NewResponse, store_many};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

/// Stores `n` responses to `demo` at Dukcapil on `at`, every form answered
/// "not at all" (4) but rudeness (`impropriety`), which alternates
/// between `low` and `low + 1`.
pub(crate) async fn answered(app: &TestApp, at: chrono::DateTime<Utc>, low: i16, n: usize) {
    answered_at(app, "dukcapil", at, low, n).await;
}

/// [`answered`] at the unit `unit`.
pub(crate) async fn answered_at(
    app: &TestApp,
    unit: &str,
    at: chrono::DateTime<Utc>,
    low: i16,
    n: usize,
) {
    let loaded = app.state.survey("demo").await.unwrap();
    let unit_id = loaded.unit(unit).unwrap().id;
    let rows: Vec<_> = (0..n)
        .map(|i| {
            let answers = loaded
                .instrument
                .scored_items()
                .map(|item| {
                    let v = if item.key == "impropriety" {
                        low + (i % 2) as i16
                    } else {
                        4
                    };
                    CheckedAnswer {
                        key: item.key.clone(),
                        value: v.to_string(),
                        score: Some(v),
                    }
                })
                .collect();
            let new = NewResponse {
                survey_id: loaded.survey.id,
                unit_id: Some(unit_id),
                token_hash: format!("plan-{unit}-{}-{i}", at.timestamp()),
                channel: "form",
                submitted_at: at,
                answers,
                ..Default::default()
            };
            (loaded.instrument.as_ref(), new)
        })
        .collect();
    for outcome in store_many(app.db(), rows).await.unwrap() {
        outcome.unwrap();
    }
}

db_test!(
    an_action_on_the_weakest_element_is_done_and_its_outcome_shown,
    |db| {
        let app = TestApp::start(db).await;
        answered(
            &app,
            Utc.with_ymd_and_hms(2025, 6, 10, 3, 0, 0).unwrap(),
            1,
            30,
        )
        .await;
        answered(
            &app,
            Utc.with_ymd_and_hms(2026, 6, 10, 3, 0, 0).unwrap(),
            3,
            30,
        )
        .await;
        app.state
            .clock
            .set(Utc.with_ymd_and_hms(2025, 11, 1, 3, 0, 0).unwrap());
        let manager = app.klungkung_manager().await;

        // Rudeness scored lowest in 2025: it leads the list.
        let page = manager
            .get("/admin/s/demo/plan?period=2025")
            .await
            .text()
            .await
            .unwrap();
        let first = page.find("item=impropriety").expect("rudeness listed");
        for other in ["item=undue_delay", "item=payment_request"] {
            assert!(first < page.find(other).unwrap(), "{other} after rudeness");
        }
        assert!(page.contains("Tidak sopan"), "the element's short name");

        // A wrong date is named beside its field, the rest kept.
        let csrf = manager.csrf().await;
        let action = "Pelatihan sikap melayani untuk semua petugas loket";
        let mut pairs = vec![
            ("csrf", csrf.as_str()),
            ("item", "impropriety"),
            ("unit", "dukcapil"),
            ("action", action),
            ("owner", "Kepala Seksi Pelayanan"),
            ("due_on", "31-12-2025"),
        ];
        let wrong = manager
            .post("/admin/s/demo/plan/new?period=2025", &pairs)
            .await;
        assert_eq!(wrong.status(), 422);
        let body = wrong.text().await.unwrap();
        assert!(body.contains("Tulis tanggal seperti 2026-06-30."));
        assert!(body.contains(action), "the action text is kept");
        pairs[5] = ("due_on", "2025-12-31");
        let made = manager
            .post("/admin/s/demo/plan/new?period=2025", &pairs)
            .await;
        assert_eq!(made.status(), 303);
        let row = followup_action::Entity::find()
            .one(app.db())
            .await
            .unwrap()
            .expect("the action is stored");
        assert_eq!(
            (row.period.as_str(), row.status.as_str()),
            ("2025", "planned")
        );

        // Past its deadline and not done: overdue, in words.
        app.state
            .clock
            .set(Utc.with_ymd_and_hms(2026, 1, 10, 3, 0, 0).unwrap());
        let page = manager
            .get("/admin/s/demo/plan?period=2025")
            .await
            .text()
            .await
            .unwrap();
        assert!(page.contains(action) && page.contains("Terlambat"));

        // Done, with evidence: no longer overdue.
        let path = format!("/admin/s/demo/plan/{}", row.id);
        let done = manager
            .post(
                &path,
                &[
                    ("csrf", &csrf),
                    ("status", "done"),
                    (
                        "evidence",
                        "Pelatihan 14 Januari 2026, daftar hadir di arsip",
                    ),
                ],
            )
            .await;
        assert_eq!(done.status(), 303);
        let page = manager
            .get("/admin/s/demo/plan?period=2025")
            .await
            .text()
            .await
            .unwrap();
        assert!(!page.contains("Terlambat") && page.contains("daftar hadir"));

        // The next period shows the plan beside the element's new score.
        let next = manager
            .get("/admin/s/demo/plan?period=2026")
            .await
            .text()
            .await
            .unwrap();
        assert!(next.contains("Rencana periode 2025 dan hasilnya"));
        assert!(next.contains(action));
        assert!(next.contains("Naik, lebih dari kebetulan"), "rudeness rose");

        // Both changes are in the audit log.
        for what in ["plan-action-add", "plan-action-progress"] {
            let logged = app
                .stored_where::<audit_log::Entity>(audit_log::Column::Action.eq(what))
                .await;
            assert_eq!(logged, 1, "{what}");
        }

        // Another agency's manager finds none of it.
        crate::admin_access::accounts(&app).await;
        let stranger = Browser::new(&app);
        stranger
            .login("balikpapan@uji.id", crate::admin_access::PASSWORD)
            .await;
        for p in ["/admin/s/demo/plan?period=2025", path.as_str()] {
            assert_eq!(stranger.get(p).await.status(), 404, "{p}");
        }
        let csrf = stranger.csrf().await;
        let forged = stranger
            .post(&path, &[("csrf", &csrf), ("status", "planned")])
            .await;
        assert_eq!(forged.status(), 404);
        let still = followup_action::Entity::find_by_id(row.id)
            .filter(followup_action::Column::Status.eq("done"))
            .one(app.db())
            .await
            .unwrap();
        assert!(still.is_some(), "the stranger changed nothing");
    }
);
