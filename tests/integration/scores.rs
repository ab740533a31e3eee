//! Scores computed from stored answers, checked against hand computation.

use crate::db_test;
use crate::support::TestApp;
use persepsi_server::store::entities::{agency, survey, survey_unit};
use sea_orm::ConnectionTrait;
use serde_json::{Value, json};

pub(crate) async fn submit(app: &TestApp, slug: &str, unit: &str, answers: Value) {
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
    // New surveys get the newest opinion labels (version 2, without the
    // unconfirmed black band), and feed the 2025 method.
    assert_eq!(s["band_table"], "ori-2025@2");
    assert_eq!(s["band_table_confirmed"], false);
    assert_eq!(s["method"], "ori-2025@1");
});

fn skm_answers(v: i64, sex: &str) -> Value {
    let mut answers = serde_json::Map::new();
    for key in crate::support::SKM_ELEMENTS {
        answers.insert(key.into(), json!(v));
    }
    answers.insert("sex".into(), json!(sex));
    Value::Object(answers)
}

db_test!(skm_index_grade_and_its_uncertainty, |db| {
    let app = TestApp::start(db).await;
    // 30 respondents: 20 answer 4 on every element, 10 answer 3:
    // each NRR = (20×4 + 10×3)/30 = 3.6667; IKM = 3.6667 × 25 = 91.67.
    for i in 0..30 {
        submit(
            &app,
            "demo-skm",
            "dpmptsp",
            skm_answers(if i < 20 { 4 } else { 3 }, "p"),
        )
        .await;
    }
    let s = app.score("demo-skm").await;
    assert_eq!(s["n"], 30);
    assert_eq!(s["score"], 91.67);
    // Respondents' own scores are 100 (×20) and 75 (×10): sd 11.99,
    // se 11.99/√30 = 2.19, t(29) = 2.045 → 87.19 – 96.14, across A's 88.31.
    assert_eq!(s["sd"], 11.99);
    assert_eq!(s["se"], 2.19);
    let ci = s["ci"].as_array().unwrap();
    assert!((ci[0].as_f64().unwrap() - 87.19).abs() < 0.02, "{ci:?}");
    assert!((ci[1].as_f64().unwrap() - 96.14).abs() < 0.02, "{ci:?}");
    assert_eq!(s["band"], Value::Null, "A or B cannot be told apart yet");
    let uncertain: Vec<_> = s["band_uncertain"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["key"].clone())
        .collect();
    assert_eq!(uncertain, [json!("A"), json!("B")]);
    assert!(s["band_note"].as_str().unwrap().contains("melintasi batas"));
    // Balikpapan's licensing office expects 7,000 users a year: 364 needed.
    assert_eq!(s["n_required"], 364);
    let html = app.get("/s/demo-skm/results").await.text().await.unwrap();
    assert!(html.contains("91,67"));
    // The page gives one verdict: no band before the 364 responses the
    // unit's users need, whatever the interval says.
    assert!(html.contains("Belum cukup jawaban untuk menentukan zona: 30 dari 364"));
    assert!(!html.contains("A: Sangat Baik"));
    assert!(html.contains("hampir pasti berada antara 87,"));
    // 30 more who answer 4: IKM = (50×4 + 10×3)/60 × 25 = 95.83, firmly A.
    for _ in 0..30 {
        submit(&app, "demo-skm", "dpmptsp", skm_answers(4, "l")).await;
    }
    let s = app.score("demo-skm").await;
    assert_eq!(s["score"], 95.83);
    assert_eq!(s["band"]["key"], "A");
    assert_eq!(s["band"]["label"], "A: Sangat Baik");
    assert_eq!(s["band"]["zone"], "green");
    assert_eq!(s["band_uncertain"], json!([]));
    let html = app.get("/s/demo-skm/results").await.text().await.unwrap();
    assert!(html.contains("95,83"));
    assert!(html.contains("60 dari 364") && !html.contains("zone-green"));
});

db_test!(scores_by_unit_and_period, |db| {
    let app = TestApp::start(db).await;
    let all4 = crate::support::demo_answers_json();
    submit(&app, "demo", "dukcapil", all4.clone()).await;
    submit(&app, "demo", "dukcapil", all4.clone()).await;
    submit(&app, "demo", "dpmptsp", all4).await;
    let year = chrono::Utc::now().format("%Y").to_string();
    let get = |q: String| {
        let app = &app;
        async move { app.get(&format!("/api/v1/surveys/demo/score?{q}")).await }
    };
    let s: Value = get("unit=dukcapil".into()).await.json().await.unwrap();
    assert_eq!(s["n"], 2);
    let s: Value = get(format!("period={year}")).await.json().await.unwrap();
    assert_eq!(s["n"], 3);
    let s: Value = get("period=2001-Q2".into()).await.json().await.unwrap();
    assert_eq!(s["n"], 0);
    assert_eq!(s["score"], Value::Null);
    let s: Value = get("verified=true".into()).await.json().await.unwrap();
    assert_eq!(s["n"], 0, "nothing is service-verified yet");
    let bad = get("period=last-year&unit=nowhere".into()).await;
    assert_eq!(bad.status(), 422);
    let e: Value = bad.json().await.unwrap();
    assert!(
        e["errors"]["period"][0]
            .as_str()
            .unwrap()
            .contains("2026-Q3")
    );
    assert!(e["errors"]["unit"].is_array());
    assert_eq!(get("colour=red".into()).await.status(), 422);
});

db_test!(tallies_are_rebuilt_from_answers_when_they_disagree, |db| {
    let app = TestApp::start(db).await;
    for v in [1, 2, 4] {
        let mut answers = crate::support::demo_answers_json();
        answers["undue_delay"] = json!(v);
        submit(&app, "demo", "dukcapil", answers).await;
    }
    let before = app.score("demo").await;
    // Raw SQL: tallies out of step with the answers are a state the product never reaches.
    app.db()
        .execute_unprepared("DELETE FROM tally")
        .await
        .unwrap();
    assert_eq!(app.score("demo").await["n"], 0);
    let rebuilt = persepsi_server::store::retally::repair(&app.state.db, &app.state.definitions)
        .await
        .unwrap();
    assert_eq!(rebuilt, 1, "only the survey with responses");
    assert_eq!(app.score("demo").await, before);
});

db_test!(demo_data_loads_twice_without_duplicates, |db| {
    let app = TestApp::start(db).await;
    persepsi_server::services::demo::load(app.db(), 5)
        .await
        .unwrap();
    persepsi_server::services::demo::load(app.db(), 5)
        .await
        .unwrap();
    assert_eq!(app.stored::<agency::Entity>().await, 4);
    assert_eq!(app.stored::<survey::Entity>().await, 3);
    assert_eq!(app.stored::<survey_unit::Entity>().await, 9);
    assert_eq!(app.responses().await, 15);
    assert_eq!(app.score("demo-trust").await["n"], 5);
    let s = app.score("demo").await;
    assert_eq!(s["n"], 5);
    assert!(s["score"].as_f64().unwrap() > 25.0);
});

db_test!(a_change_between_periods_is_told_from_noise, |db| {
    use persepsi_server::store::responses::{NewResponse, store};
    use persepsi_server::store::tallies::month_of;
    let app = TestApp::start(db).await;
    let loaded = app.state.survey("demo").await.unwrap();
    let this_month = month_of(chrono::Utc::now());
    let last_month = app::domain::period::previous(&this_month).unwrap();
    let mid_last_month = chrono::NaiveDate::parse_from_str(&format!("{last_month}-15"), "%Y-%m-%d")
        .unwrap()
        .and_hms_opt(3, 0, 0)
        .unwrap()
        .and_utc();
    // Last month: a red-zone office (answers 1 and 2). This month: mostly "never" (4, some 3).
    for (i, (when, good)) in (0..40)
        .map(|i| (mid_last_month, i % 2 == 0))
        .chain((0..40).map(|i| (chrono::Utc::now(), i % 5 != 0)))
        .enumerate()
    {
        let value = match (when == mid_last_month, good) {
            (true, true) => 2,
            (true, false) => 1,
            (false, true) => 4,
            (false, false) => 3,
        };
        let answers = loaded
            .instrument
            .scored_items()
            .map(|it| app::domain::answers::CheckedAnswer {
                key: it.key.clone(),
                value: value.to_string(),
                score: Some(value),
            })
            .collect();
        store(
            app.db(),
            &loaded.instrument,
            NewResponse {
                survey_id: loaded.survey.id,
                unit_id: Some(loaded.units[0].id),
                token_hash: format!("trend-{i}"),
                channel: "api",
                submitted_at: when,
                answers,
                ..Default::default()
            },
        )
        .await
        .unwrap();
    }
    let s: Value = app
        .get(&format!("/api/v1/surveys/demo/score?period={this_month}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(s["n"], 40);
    assert_eq!(s["score"], 95.0, "(32×4 + 8×3)/40 × 25");
    let t = &s["trend"];
    assert_eq!(t["previous_period"], json!(last_month));
    assert_eq!(t["previous_n"], 40);
    assert_eq!(t["previous_score"], 37.5, "(20×2 + 20×1)/40 × 25");
    assert_eq!(t["change"], 57.5);
    assert_eq!(t["significant"], true);
    assert!(t["change_ci"][0].as_f64().unwrap() > 40.0);
    // The results page tells the same story.
    let html = app
        .get(&format!("/s/demo/results?period={this_month}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        html.contains(&format!("Perubahan dari {last_month}: +57,50")),
        "{html}"
    );
    assert!(html.contains("Perubahan ini nyata"));
    assert!(html.contains("95,00"));
    // The same month without earlier data: a trend with nothing to compare.
    let s: Value = app
        .get(&format!("/api/v1/surveys/demo/score?period={last_month}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(s["trend"]["previous_n"], 0);
    assert_eq!(s["trend"]["change"], Value::Null);
});

fn all_items(v: Value) -> Value {
    let mut m = serde_json::Map::new();
    m.insert("used_service".into(), json!("ya"));
    for key in crate::support::MAL_ITEMS {
        m.insert(key.into(), v.clone());
    }
    Value::Object(m)
}

db_test!(agency_scores_pooled_and_mean_of_units, |db| {
    let app = TestApp::start(db).await;
    for _ in 0..3 {
        submit(&app, "demo", "dukcapil", all_items(json!(4))).await;
    }
    submit(&app, "demo", "dpmptsp", all_items(json!(2))).await;
    submit(&app, "demo-skm", "dpmptsp", skm_answers(3, "p")).await;
    let all: Value = app.get("/api/v1/scores").await.json().await.unwrap();
    let entries = all["scores"].as_array().unwrap();
    assert_eq!(
        entries.len(),
        2,
        "Klungkung on one instrument, Balikpapan on SKM"
    );
    let klungkung = entries
        .iter()
        .find(|e| e["agency"] == "kab-klungkung")
        .unwrap();
    assert_eq!(klungkung["instrument"], "maladministration-perception@2");
    assert_eq!(klungkung["shown"], "pooled");
    // Pooled: every item's mean is (3×4 + 2)/4 = 3.5 → 87.5.
    assert_eq!(klungkung["pooled"]["n"], 4);
    assert_eq!(klungkung["pooled"]["score"], 87.5);
    // Mean of units: (100 + 50) / 2 = 75: each unit counts once.
    assert_eq!(klungkung["mean_of_units"]["score"], 75.0);
    assert_eq!(klungkung["mean_of_units"]["units"], 2);
    let units = klungkung["units"].as_array().unwrap();
    let unit = |slug: &str| units.iter().find(|u| u["unit"] == slug).unwrap().clone();
    assert_eq!(unit("dukcapil")["score"]["score"], 100.0);
    assert_eq!(unit("dukcapil")["score"]["n"], 3);
    assert_eq!(
        unit("dukcapil")["score"]["n_required"],
        372,
        "12,000 users a year"
    );
    assert_eq!(unit("dpmptsp")["score"]["score"], 50.0);
    // Filters: instrument, agency, unit; strict parameters.
    let skm: Value = app
        .get("/api/v1/scores?instrument=skm")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(skm["scores"].as_array().unwrap().len(), 1);
    assert_eq!(skm["scores"][0]["agency"], "kota-balikpapan");
    assert_eq!(skm["scores"][0]["pooled"]["score"], 75.0);
    let one: Value = app
        .get("/api/v1/scores?agency=kab-klungkung&unit=dukcapil")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(one["scores"][0]["units"].as_array().unwrap().len(), 1);
    assert_eq!(one["scores"][0]["pooled"]["score"], 100.0);
    let none: Value = app
        .get("/api/v1/scores?period=2001")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(none["scores"], json!([]));
    assert_eq!(app.get("/api/v1/scores?period=soon").await.status(), 422);
    assert_eq!(app.get("/api/v1/scores?province=bali").await.status(), 422);
    // The results page shows the same numbers per unit.
    let html = app.get("/s/demo/results").await.text().await.unwrap();
    assert!(html.contains("Nilai per unit layanan"));
    assert!(html.contains("<td><a href=\"/s/demo/results?u=dukcapil\">Dinas Kependudukan dan Pencatatan Sipil</a></td><td class=\"num\">3</td><td class=\"num\">100,00"));
    assert!(html.contains("87,50"), "the survey's pooled score");
});
