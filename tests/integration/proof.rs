//! Proof of service by photo: one form post carries the answers and the
//! picture (no JavaScript needed); the picture is kept without its
//! metadata, apart from the answers, in a folder or an S3-compatible
//! store; only assessors see it (each view audited); accepting it counts
//! the response as verified; it is deleted when its time is up.

use crate::db_test;
use crate::support::photos::{encoded, has_exif, jpeg_with_gps};
use crate::support::{Browser, FilePart, S3Server, TestApp, attr_value, demo_answers};
use image::ImageFormat;
use persepsi_server::services::demo::DEMO_PASSWORD;
use persepsi_server::services::proof::retention;
use persepsi_server::store::entities::{audit_log, proof};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

/// The demo answers with a fresh token, as the form sends them.
async fn answers(app: &TestApp) -> Vec<(&'static str, String)> {
    let token = app.form_token("demo").await;
    let mut pairs: Vec<(&str, String)> = demo_answers("dukcapil")
        .into_iter()
        .map(|(k, v)| (k, v.to_string()))
        .collect();
    pairs.push(("token", token));
    pairs
}

async fn send(
    app: &TestApp,
    pairs: &[(&str, String)],
    file: Option<FilePart<'_>>,
) -> reqwest::Response {
    let pairs: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
    app.post_multipart("/s/demo", &pairs, file).await
}

async fn proofs(app: &TestApp) -> Vec<proof::Model> {
    proof::Entity::find().all(app.db()).await.unwrap()
}

async fn assessor(app: &TestApp) -> Browser {
    persepsi_server::services::demo::accounts(app.db())
        .await
        .unwrap();
    let b = Browser::new(app);
    assert_eq!(
        b.login("penilai.bali@demo.persepsi.id", DEMO_PASSWORD)
            .await,
        303
    );
    b
}

async fn verified_n(app: &TestApp) -> u64 {
    let score: serde_json::Value = app
        .get("/api/v1/surveys/demo/score?verified=true")
        .await
        .json()
        .await
        .unwrap();
    score["n"].as_u64().unwrap_or(0)
}

/// The whole way, on whichever store `app` has: a photo with a GPS
/// position sent with the answers, kept without it, seen by the assessor
/// (audited), accepted into the verified score, deleted after its time.
async fn journey(app: &TestApp) {
    let photo = jpeg_with_gps(640, 480, 1);
    let pairs = answers(app).await;
    let res = send(app, &pairs, Some(("proof_photo", "IMG_0001.jpg", &photo))).await;
    assert_eq!(res.status(), 303, "one post: answers and photo");
    assert_eq!(app.responses().await, 1);
    let stored = proofs(app).await;
    assert_eq!(stored.len(), 1);
    let p = &stored[0];
    assert_eq!(p.status, "pending");
    assert!(p.response_id.is_some(), "attached to its response");
    assert!(p.unit_id.is_some(), "with the unit");
    let kept = app.state.proofs.bytes(&p.object_key).await.unwrap();
    assert_eq!(&kept[..2], &[0xFF, 0xD8]);
    assert!(!has_exif(&kept), "no EXIF, no GPS");

    let assessor = assessor(app).await;
    let home = assessor.get("/admin").await.text().await.unwrap();
    assert!(
        home.contains("href=\"/admin/proofs\""),
        "the menu leads to the queue"
    );
    let queue = assessor.get("/admin/proofs").await.text().await.unwrap();
    assert!(queue.contains(&format!("/admin/proofs/{}", p.id)), "listed");
    let of_demo = assessor
        .get("/admin/proofs?survey=demo")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        of_demo.contains(&format!("/admin/proofs/{}", p.id)),
        "listed for its survey"
    );
    let of_skm = assessor
        .get("/admin/proofs?survey=demo-skm")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        !of_skm.contains(&format!("/admin/proofs/{}", p.id)),
        "not for another survey"
    );
    let res = assessor.get(&format!("/admin/proofs/{}/image", p.id)).await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-type"], "image/jpeg");
    assert_eq!(res.headers()["cache-control"], "no-store");
    assert_eq!(res.headers()["x-content-type-options"], "nosniff");
    assert_eq!(res.bytes().await.unwrap(), kept);
    let views = audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq("view-proof-photo"))
        .all(app.db())
        .await
        .unwrap();
    assert_eq!(views.len(), 1, "the view is in the audit log");
    assert!(views[0].detail.contains(&p.id.to_string()));

    assert_eq!(verified_n(app).await, 0);
    let csrf = assessor.csrf().await;
    let path = format!("/admin/proofs/{}", p.id);
    let accept = [("csrf", csrf.as_str()), ("decision", "accept")];
    assert_eq!(
        assessor.send(&path, &accept).await,
        422,
        "not without confirming"
    );
    assert_eq!(verified_n(app).await, 0);
    let mut confirmed = accept.to_vec();
    confirmed.push(("confirm", "yes"));
    assert_eq!(assessor.send(&path, &confirmed).await, 303);
    assert_eq!(verified_n(app).await, 1, "counts in the verified score");
    assert_eq!(app.verified_responses().await, 1);

    // Kept while its time runs (no closing date: a year after it came).
    let now = app.state.clock.now();
    app.state.clock.set(now + chrono::Duration::days(300));
    assert_eq!(
        retention::run(&app.state, &app.state.proofs).await.unwrap(),
        0
    );
    app.state.clock.set(now + chrono::Duration::days(366));
    assert_eq!(
        retention::run(&app.state, &app.state.proofs).await.unwrap(),
        1
    );
    assert!(proofs(app).await.is_empty(), "the row is gone");
    assert!(
        app.state.proofs.bytes(&p.object_key).await.is_err(),
        "the picture is gone"
    );
    let runs = audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq("delete-proof-photos"))
        .all(app.db())
        .await
        .unwrap();
    assert_eq!(runs.len(), 1, "one audit entry per run");
    assert!(runs[0].detail.contains("\"deleted\":1"));
    assert_eq!(
        app.verified_responses().await,
        1,
        "the answers stay verified"
    );
}

db_test!(proof_photo_journey_on_local_disk, |db| {
    let app = TestApp::start(db).await;
    journey(&app).await;
});

db_test!(proof_photo_journey_on_s3, |db| {
    let Some(s3) = S3Server::start().await else {
        return;
    };
    let app = TestApp::start_with(db, |c| s3.configure(c)).await;
    journey(&app).await;
});

db_test!(proof_a_png_named_jpg_works_and_text_is_refused, |db| {
    let app = TestApp::start(db).await;
    let png = encoded(300, 200, ImageFormat::Png);
    let pairs = answers(&app).await;
    let res = send(&app, &pairs, Some(("proof_photo", "foto.jpg", &png))).await;
    assert_eq!(res.status(), 303);
    assert_eq!(proofs(&app).await.len(), 1);

    let pairs = answers(&app).await;
    let text = b"bukan foto, hanya teks\n";
    let res = send(&app, &pairs, Some(("proof_photo", "foto.jpg", text))).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains("<title>Galat: "), "the title says so");
    assert!(
        html.contains("File ini bukan foto"),
        "said beside the field"
    );
    assert!(html.contains("id=\"err-photo\""));
    assert!(
        html.contains("href=\"#in-proof-photo\""),
        "linked from the summary"
    );
    assert!(html.contains("enctype=\"multipart/form-data\""));
    assert!(
        html.contains("name=\"payment_request\" value=\"1\" checked"),
        "the answers are kept"
    );
    assert_eq!(app.responses().await, 1, "nothing more stored");
    assert_eq!(proofs(&app).await.len(), 1);
});

db_test!(proof_a_photo_sent_with_answers_to_mend_is_held, |db| {
    let app = TestApp::start(db).await;
    let photo = encoded(320, 240, ImageFormat::Jpeg);
    let mut pairs = answers(&app).await;
    pairs.retain(|(k, _)| *k != "undue_delay");
    let res = send(&app, &pairs, Some(("proof_photo", "a.jpg", &photo))).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains("Foto sudah diterima"));
    let held = attr_value(&html, "name=\"proof_held\" value=\"").expect("held");
    assert_eq!(app.responses().await, 0);

    pairs.push(("undue_delay", "4".into()));
    pairs.push(("proof_held", held.clone()));
    let res = send(&app, &pairs, None).await;
    assert_eq!(res.status(), 303, "no need to choose it again");
    let stored = proofs(&app).await;
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].id.to_string(), held);
    assert!(stored[0].response_id.is_some());
});

db_test!(proof_a_survey_without_photos_ignores_the_file, |db| {
    let app = TestApp::start(db).await;
    let form = app.get("/s/demo-skm").await.text().await.unwrap();
    assert!(!form.contains("proof_photo"), "no field");
    assert!(!form.contains("multipart"), "a plain form");
    let token = attr_value(&form, "name=\"token\" value=\"").unwrap();
    let mut pairs = vec![("token", token.as_str())];
    for key in crate::support::SKM_ELEMENTS {
        pairs.push((key, "3"));
    }
    let photo = encoded(100, 100, ImageFormat::Jpeg);
    let res = app
        .post_multipart(
            "/s/demo-skm",
            &pairs,
            Some(("proof_photo", "a.jpg", &photo)),
        )
        .await;
    assert_eq!(res.status(), 303);
    assert!(proofs(&app).await.is_empty());
});

db_test!(proof_the_agency_never_sees_a_photo, |db| {
    let app = TestApp::start(db).await;
    let photo = encoded(320, 240, ImageFormat::Jpeg);
    let pairs = answers(&app).await;
    assert_eq!(
        send(&app, &pairs, Some(("proof_photo", "a.jpg", &photo)))
            .await
            .status(),
        303
    );
    let id = proofs(&app).await[0].id;
    let manager = app.klungkung_manager().await;
    // Not even offered in the menu.
    let home = manager.get("/admin").await.text().await.unwrap();
    assert!(!home.contains("href=\"/admin/proofs\""), "no menu link");
    assert_eq!(manager.get("/admin/proofs").await.status(), 404);
    assert_eq!(
        manager.get(&format!("/admin/proofs/{id}")).await.status(),
        404
    );
    assert_eq!(
        manager
            .get(&format!("/admin/proofs/{id}/image"))
            .await
            .status(),
        404
    );
    let csrf = manager.csrf().await;
    let accept = [
        ("csrf", csrf.as_str()),
        ("decision", "accept"),
        ("confirm", "yes"),
    ];
    assert_eq!(
        manager.send(&format!("/admin/proofs/{id}"), &accept).await,
        404
    );
    assert_eq!(app.verified_responses().await, 0);
    let none = audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq("view-proof-photo"))
        .all(app.db())
        .await
        .unwrap();
    assert!(none.is_empty());
});

db_test!(proof_a_rejection_needs_a_reason, |db| {
    let app = TestApp::start(db).await;
    let photo = encoded(320, 240, ImageFormat::Jpeg);
    let pairs = answers(&app).await;
    assert_eq!(
        send(&app, &pairs, Some(("proof_photo", "a.jpg", &photo)))
            .await
            .status(),
        303
    );
    let id = proofs(&app).await[0].id;
    let assessor = assessor(&app).await;
    let csrf = assessor.csrf().await;
    let path = format!("/admin/proofs/{id}");
    let reject = [
        ("csrf", csrf.as_str()),
        ("decision", "reject"),
        ("confirm", "yes"),
    ];
    assert_eq!(assessor.send(&path, &reject).await, 422);
    let mut with_reason = reject.to_vec();
    with_reason.push(("reason", "Foto bukan karcis kantor ini"));
    assert_eq!(assessor.send(&path, &with_reason).await, 303);
    let p = proofs(&app).await.remove(0);
    assert_eq!(p.status, "rejected");
    assert_eq!(p.reason, "Foto bukan karcis kantor ini");
    assert_eq!(app.verified_responses().await, 0);
    assert_eq!(verified_n(&app).await, 0);
});

db_test!(proof_a_held_photo_never_sent_is_deleted_after_a_day, |db| {
    let app = TestApp::start(db).await;
    let photo = encoded(320, 240, ImageFormat::Jpeg);
    let mut pairs = answers(&app).await;
    pairs.retain(|(k, _)| *k != "undue_delay");
    assert_eq!(
        send(&app, &pairs, Some(("proof_photo", "a.jpg", &photo)))
            .await
            .status(),
        422
    );
    assert_eq!(proofs(&app).await.len(), 1);
    assert_eq!(
        retention::run(&app.state, &app.state.proofs).await.unwrap(),
        0
    );
    let now = app.state.clock.now();
    app.state.clock.set(now + chrono::Duration::hours(25));
    assert_eq!(
        retention::run(&app.state, &app.state.proofs).await.unwrap(),
        1
    );
    assert!(proofs(&app).await.is_empty());
});

db_test!(proof_photos_go_a_set_time_after_the_survey_closes, |db| {
    use persepsi_server::store::entities::survey;
    use sea_orm::sea_query::Expr;
    let app = TestApp::start_with(db, |c| c.proof.retention_days = 30).await;
    let photo = encoded(320, 240, ImageFormat::Jpeg);
    let pairs = answers(&app).await;
    assert_eq!(
        send(&app, &pairs, Some(("proof_photo", "a.jpg", &photo)))
            .await
            .status(),
        303
    );
    let now = app.state.clock.now();
    let closes = now + chrono::Duration::days(10);
    survey::Entity::update_many()
        .col_expr(survey::Column::ClosesAt, Expr::value(Some(closes)))
        .filter(survey::Column::Slug.eq("demo"))
        .exec(app.db())
        .await
        .unwrap();
    app.state.clock.set(closes + chrono::Duration::days(29));
    assert_eq!(
        retention::run(&app.state, &app.state.proofs).await.unwrap(),
        0
    );
    app.state.clock.set(closes + chrono::Duration::days(31));
    assert_eq!(
        retention::run(&app.state, &app.state.proofs).await.unwrap(),
        1
    );
    assert!(proofs(&app).await.is_empty());
});
