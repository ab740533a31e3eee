//! Scores computed from stored answers, checked against hand computation.

use crate::db_test;
use crate::support::TestApp;
use serde_json::{Value, json};

async fn submit(app: &TestApp, slug: &str, unit: &str, answers: Value) {
    let token = app.api_token(slug).await;
    let res = app
        .post_json(
            &format!("/api/v1/surveys/{slug}/responses"),
            &json!({ "token": token, "unit": unit, "answers": answers }),
        )
        .await;
    assert_eq!(res.status(), 201, "{}", res.text().await.unwrap());
}

db_test!(maladministration_score_leaves_out_not_applicable, |db| {
    let app = TestApp::start(db).await;
    let empty = app.score("demo").await;
    assert_eq!(empty["n"], 0);
    assert_eq!(empty["score"], Value::Null);
    let base = |delay: Value, money: Value| {
        json!({
            "used_service": "ya", "undue_delay": delay, "no_service": 4, "procedure": 4,
            "abuse_of_authority": 4, "incompetence": 4, "payment_request": money,
            "impropriety": 4, "discrimination": 4, "partiality": 4, "conflict_of_interest": 4
        })
    };
    submit(&app, "demo", "dpmptsp", base(json!(1), json!("na"))).await;
    submit(&app, "demo", "dukcapil", base(json!(2), json!(1))).await;
    submit(&app, "demo", "dukcapil", base(json!("na"), json!(4))).await;
    let s = app.score("demo").await;
    assert_eq!(s["n"], 3);
    let item = |key: &str| {
        s["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["key"] == key)
            .unwrap()
            .clone()
    };
    // undue_delay: 1, 2 (and one n/a) → mean 1.5 over n = 2.
    assert_eq!(item("undue_delay")["mean"], 1.5);
    assert_eq!(item("undue_delay")["n"], 2);
    // payment_request: 1, 4 → 2.5 over n = 2.
    assert_eq!(item("payment_request")["mean"], 2.5);
    assert_eq!(item("no_service")["mean"], 4.0);
    // (1.5 + 2.5 + 8 × 4) / 10 × 25 = 90.00
    assert_eq!(s["score"], 90.0);
    assert_eq!(
        s["band"],
        Value::Null,
        "3 responses are below the band table's 30"
    );
    assert_eq!(s["band_min_n"], 30);
    assert_eq!(s["band_table"], "ori-2025@1");
});

db_test!(skm_index_and_grade_from_thirty_respondents, |db| {
    let app = TestApp::start(db).await;
    // 30 respondents: 20 answer 4 on every element, 10 answer 3:
    // each NRR = (20×4 + 10×3)/30 = 3.6667; IKM = 3.6667 × 25 = 91.67 → A.
    for i in 0..30 {
        let v = if i < 20 { 4 } else { 3 };
        let mut answers = serde_json::Map::new();
        for key in [
            "u1_requirements",
            "u2_procedure",
            "u3_time",
            "u4_cost",
            "u5_product",
            "u6_competence",
            "u7_behaviour",
            "u8_complaints",
            "u9_facilities",
        ] {
            answers.insert(key.into(), json!(v));
        }
        answers.insert("sex".into(), json!(if i % 2 == 0 { "p" } else { "l" }));
        submit(&app, "demo-skm", "dpmptsp", Value::Object(answers)).await;
    }
    let s = app.score("demo-skm").await;
    assert_eq!(s["n"], 30);
    assert_eq!(s["score"], 91.67);
    assert_eq!(s["band"]["key"], "A");
    assert_eq!(s["band"]["label"], "A: Sangat Baik");
    assert_eq!(s["band"]["zone"], "green");
    let html = app.get("/s/demo-skm/results").await.text().await.unwrap();
    assert!(html.contains("91,67"));
    assert!(html.contains("A: Sangat Baik"));
});

db_test!(demo_data_loads_twice_without_duplicates, |db| {
    let app = TestApp::start(db).await;
    app::ssr::demo::load(app.db(), 5).await.unwrap();
    app::ssr::demo::load(app.db(), 5).await.unwrap();
    assert_eq!(app.count("SELECT COUNT(*) FROM agency").await, 4);
    assert_eq!(app.count("SELECT COUNT(*) FROM survey").await, 2);
    assert_eq!(app.count("SELECT COUNT(*) FROM survey_unit").await, 5);
    assert_eq!(app.count("SELECT COUNT(*) FROM response").await, 10);
    let s = app.score("demo").await;
    assert_eq!(s["n"], 5);
    assert!(s["score"].as_f64().unwrap() > 25.0);
});
