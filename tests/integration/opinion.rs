//! The Ombudsman opinion: the composite of an assessor's figures and the
//! agency's surveys, its label and what is unconfirmed, who may see and
//! change it, the CSV import (all or nothing), the audit log, the
//! public-trust survey and the warning where users and internal checks
//! disagree.

use crate::admin_access::{PASSWORD, accounts};
use crate::db_test;
use crate::ranking::user_token;
use crate::support::{Browser, MAL_ITEMS, TestApp, attr_value};
use persepsi_server::services::demo::demo_year;
use persepsi_server::store::entities::{audit_log, opinion_figure};
use sea_orm::ColumnTrait;
use serde_json::{Value, json};

const TRUST_ITEMS: [&str; 4] = ["fair", "honest", "no_bribe", "promise"];

/// A server whose per-client submission limit lets a test answer a few
/// times, with accounts of every role.
async fn start(db: crate::support::Db) -> TestApp {
    let app = TestApp::start_with(db, |c| c.limits.submit_client = "100/60".parse().unwrap()).await;
    accounts(&app).await;
    app
}

/// `count` responses to `slug` over the API, every scale item answered 3
/// (so the score is 3 × 25 = 75 and every respondent agrees).
async fn answer_threes(app: &TestApp, slug: &str, items: &[&str], used: &str, count: usize) {
    for _ in 0..count {
        let mut answers = serde_json::Map::new();
        answers.insert("used_service".into(), json!(used));
        for k in items {
            answers.insert((*k).into(), json!(3));
        }
        let token = app.api_token(slug).await;
        let body = json!({ "token": token, "unit": "dukcapil", "answers": answers });
        let res = app
            .post_json(&format!("/api/v1/surveys/{slug}/responses"), &body)
            .await;
        assert_eq!(res.status(), 201, "{}", res.text().await.unwrap());
    }
}

async fn signed_in(app: &TestApp, email: &str) -> Browser {
    let b = Browser::new(app);
    assert_eq!(b.login(email, PASSWORD).await, 303);
    b
}

/// Posts the edit form of kab-klungkung for this year.
async fn edit(b: &Browser, pairs: &[(&str, &str)]) -> reqwest::Response {
    let csrf = b.csrf().await;
    let mut all = vec![("csrf", csrf.as_str())];
    all.extend_from_slice(pairs);
    let path = format!(
        "/admin/a/kab-klungkung/opinion/edit?year={}&method=ori-2025@1",
        demo_year()
    );
    b.post(&path, &all).await
}

fn page_path() -> String {
    format!(
        "/admin/a/kab-klungkung/opinion?year={}&method=ori-2025@1",
        demo_year()
    )
}

async fn api(app: &TestApp, token: &str, agency: &str) -> reqwest::Response {
    app.client
        .get(format!(
            "{}/api/v1/agencies/{agency}/opinion?year={}",
            app.base,
            demo_year()
        ))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
}

db_test!(the_composite_is_the_weighted_sum_by_hand, |db| {
    let app = start(db).await;
    answer_threes(&app, "demo", &MAL_ITEMS, "ya", 3).await;
    answer_threes(&app, "demo-trust", &TRUST_ITEMS, "ya-12", 3).await;
    let assessor = signed_in(&app, "penilai@uji.id").await;
    let res = edit(
        &assessor,
        &[
            ("input", "81"),
            ("standards", "90"),
            ("output", "70"),
            ("complaints", "60"),
            ("followed_up", "no"),
        ],
    )
    .await;
    assert_eq!(res.status(), 303);
    // Perception and trust are both 75 (every answer 3, × 25). By hand:
    // process = (90 + 75)/2 = 82.5; the four dimensions 17.5 % each, trust
    // 30 %: 0.175·(81 + 82.5 + 70 + 60) + 0.3·75 = 51.3625 + 22.5 = 73.86.
    let token = user_token(&app, "penilai@uji.id").await;
    let res = api(&app, &token, "kab-klungkung").await;
    assert_eq!(res.status(), 200);
    let o: Value = res.json().await.unwrap();
    assert_eq!(o["score"], json!(73.86), "{o}");
    assert_eq!(o["missing"], json!([]));
    assert_eq!(o["labels"][0]["key"], "sedang", "54 ≤ 73.86 < 78");
    assert_eq!(o["labels"][0]["confirmed"], false);
    assert_eq!(o["clean_label"], Value::Null, "not followed up");
    assert_eq!(o["predicate"], "too_small", "3 of 30 respondents");
    let process = &o["components"][1];
    assert_eq!(process["value"], json!(82.5));
    assert_eq!(process["parts"][1]["value"], json!(75.0));
    assert_eq!(process["parts"][1]["n"], 3);

    let html = assessor.get(&page_path()).await.text().await.unwrap();
    assert!(html.contains("73,86"), "the composite on the page");
    assert!(html.contains("Kualitas Sedang"), "its label");
    assert!(
        html.contains("belum dikonfirmasi"),
        "unconfirmed weights said so"
    );
    assert!(
        html.contains("Yang belum dikonfirmasi"),
        "the method's note"
    );
    assert!(html.contains("Pembagian 70 % itu"), "in its words");
    assert!(html.contains("<caption"), "a captioned table");
    assert!(html.contains("/admin/s/demo"), "a link to the survey");
    assert!(
        !html.contains("tidak sejalan"),
        "no disagreement at 90 vs 75"
    );
    assert!(
        html.contains("href=\"/admin/opinion\""),
        "in the navigation"
    );
    let list = assessor.get("/admin/opinion").await.text().await.unwrap();
    assert!(list.contains("Pemerintah Kabupaten Klungkung") && list.contains("73,86"));
});

db_test!(a_missing_part_is_named_and_the_composite_waits, |db| {
    let app = start(db).await;
    let admin = signed_in(&app, "admin@uji.id").await;
    let html = admin.get(&page_path()).await.text().await.unwrap();
    // No answers yet: the surveys' parts are missing.
    assert!(html.contains("Masih kurang"), "{html}");
    assert!(html.contains("Survei kepercayaan masyarakat"));
});

db_test!(only_the_agency_sees_it_and_only_assessors_change_it, |db| {
    let app = start(db).await;
    let other = signed_in(&app, "balikpapan@uji.id").await;
    assert_eq!(other.get(&page_path()).await.status(), 404);
    let token = user_token(&app, "balikpapan@uji.id").await;
    assert_eq!(api(&app, &token, "kab-klungkung").await.status(), 404);
    assert_eq!(api(&app, &token, "kota-balikpapan").await.status(), 200);

    let own = signed_in(&app, "klungkung@uji.id").await;
    let res = own.get(&page_path()).await;
    assert_eq!(res.status(), 200);
    let html = res.text().await.unwrap();
    assert!(
        !html.contains("/opinion/edit"),
        "no edit link for the manager"
    );
    assert!(
        !html.contains("href=\"/admin/opinion\""),
        "not in the manager's navigation"
    );
    let before = app.stored::<opinion_figure::Entity>().await;
    assert_eq!(edit(&own, &[("input", "100")]).await.status(), 403);
    assert_eq!(
        own.get("/admin/a/kab-klungkung/opinion/edit")
            .await
            .status(),
        403
    );
    assert_eq!(own.get("/admin/opinion/import").await.status(), 404);
    assert_eq!(app.stored::<opinion_figure::Entity>().await, before);
    let token = user_token(&app, "klungkung@uji.id").await;
    assert_eq!(api(&app, &token, "kab-klungkung").await.status(), 200);
});

db_test!(a_wrong_figure_is_shown_beside_its_field, |db| {
    let app = start(db).await;
    let assessor = signed_in(&app, "penilai@uji.id").await;
    let res = edit(&assessor, &[("input", "120"), ("standards", "abc")]).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains("id=\"err-input\"") && html.contains("id=\"err-standards\""));
    assert!(html.contains("Tulis angka 0 sampai 100"));
});

db_test!(an_edit_is_in_the_audit_log, |db| {
    let app = start(db).await;
    let assessor = signed_in(&app, "penilai@uji.id").await;
    assert_eq!(edit(&assessor, &[("input", "81,5")]).await.status(), 303);
    let logged = app
        .stored_where::<audit_log::Entity>(audit_log::Column::Action.eq("opinion.edit"))
        .await;
    assert_eq!(logged, 1);
    let page = assessor.get(&page_path()).await.text().await.unwrap();
    assert!(page.contains("81,50"), "saved with a decimal comma");
});

db_test!(a_csv_with_one_bad_line_changes_nothing, |db| {
    let app = start(db).await;
    let assessor = signed_in(&app, "penilai@uji.id").await;
    let before = app.stored::<opinion_figure::Entity>().await;
    let csv = "agency_slug,year,part,value\n\
               kota-balikpapan,2026,input,80\n\
               kota-balikpapan,2026,standards,170\n\
               kota-balikpapan,2026,output,75\n";
    let csrf = assessor.csrf().await;
    let pairs = [
        ("csrf", csrf.as_str()),
        ("method", "ori-2025@1"),
        ("csv", csv),
    ];
    let res = assessor.post("/admin/opinion/import", &pairs).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains("Baris 3"), "the bad line is named");
    assert!(!html.contains("Baris 2"), "the good ones are not");
    assert_eq!(app.stored::<opinion_figure::Entity>().await, before);

    let fixed = csv.replace("standards,170", "standards,97");
    let pairs = [
        ("csrf", csrf.as_str()),
        ("method", "ori-2025@1"),
        ("csv", &fixed),
    ];
    assert_eq!(
        assessor
            .post("/admin/opinion/import", &pairs)
            .await
            .status(),
        303
    );
    assert_eq!(app.stored::<opinion_figure::Entity>().await, before + 3);
    let logged = app
        .stored_where::<audit_log::Entity>(audit_log::Column::Action.eq("opinion.import"))
        .await;
    assert_eq!(logged, 1);
});

db_test!(the_public_trust_survey_takes_anyone_and_scores, |db| {
    let app = start(db).await;
    let res = app.get("/s/demo-trust").await;
    assert_eq!(res.status(), 200);
    let html = res.text().await.unwrap();
    assert!(html.contains("Survei Kepercayaan Masyarakat"));
    let token = attr_value(&html, "name=\"token\" value=\"").unwrap();
    let mut pairs = vec![
        ("token", token.as_str()),
        ("unit", "dukcapil"),
        ("used_service", "belum"),
    ];
    for k in TRUST_ITEMS {
        pairs.push((k, "4"));
    }
    let res = app.post_form("/s/demo-trust", &pairs).await;
    assert_eq!(res.status(), 303, "someone who never used it may answer");
    let score = app.score("demo-trust").await;
    assert_eq!(score["n"], 1, "{score}");
    assert_eq!(score["score"], json!(100.0));
});

db_test!(a_near_perfect_paper_against_the_users_is_a_warning, |db| {
    let app = start(db).await;
    answer_threes(&app, "demo", &MAL_ITEMS, "ya", 3).await;
    let assessor = signed_in(&app, "penilai@uji.id").await;
    assert_eq!(edit(&assessor, &[("standards", "98")]).await.status(), 303);
    let html = assessor.get(&page_path()).await.text().await.unwrap();
    assert!(html.contains("tidak sejalan"), "the warning box");
    assert!(
        html.contains(
            "Di atas kertas standar pelayanan 98, tetapi pengguna layanan menilai paling tinggi 75"
        ),
        "in plain words"
    );
});
