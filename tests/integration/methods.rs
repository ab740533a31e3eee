//! Assessment methods on the surfaces people read: a survey names its
//! method (older ones are given theirs at start-up, and their scores do not
//! move), the share of users who met each form of maladministration with
//! its Wilson interval, the predicate, the note on unconfirmed figures, and
//! the exports' columns.

use crate::db_test;
use crate::exports::{fetch, token_for};
use crate::scores::submit;
use crate::support::TestApp;
use persepsi_server::store::entities::{agency, band_table, service_unit, survey, tally};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{Value, json};

/// Every form answered `all`, payment requests `money`.
fn answers(all: i64, money: i64) -> Value {
    json!({
        "used_service": "ya", "undue_delay": all, "no_service": all, "procedure": all,
        "abuse_of_authority": all, "incompetence": all, "payment_request": money,
        "impropriety": all, "discrimination": all, "partiality": all,
        "conflict_of_interest": all
    })
}

/// `count` responses to `slug` for `unit`, the first `met` of them having
/// been asked for money (answer 1), every other answer 4.
async fn answered(app: &TestApp, slug: &str, unit: &str, count: usize, met: usize) {
    for i in 0..count {
        let money = if i < met { 1 } else { 4 };
        submit(app, slug, unit, answers(4, money)).await;
    }
}

/// A maladministration survey of `agency` on band table `bands` (key,
/// version), open, made as an older version of the product made it: no
/// method named.
async fn older_survey(app: &TestApp, slug: &str, agency_slug: &str, bands: (&str, i32)) {
    let demo = survey::Entity::find()
        .filter(survey::Column::Slug.eq("demo"))
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    let a = agency::Entity::find()
        .filter(agency::Column::Slug.eq(agency_slug))
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    let table = band_table::Entity::find()
        .filter(band_table::Column::Key.eq(bands.0))
        .filter(band_table::Column::Version.eq(bands.1))
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    let units = service_unit::Entity::find()
        .filter(service_unit::Column::AgencyId.eq(a.id))
        .all(app.db())
        .await
        .unwrap();
    persepsi_server::store::admin::create_survey(
        app.db(),
        a.id,
        slug,
        persepsi_server::store::admin::SurveyFields {
            title: format!("Survei {slug}"),
            instrument_id: demo.instrument_id,
            band_table_id: table.id,
            unit_ids: units.iter().map(|u| u.id).collect(),
            opens_at: None,
            closes_at: None,
            origins: vec![],
            device_policy: "allow".into(),
            method_id: None,
            proof_photos: false,
        },
    )
    .await
    .unwrap();
    let id = survey::Entity::find()
        .filter(survey::Column::Slug.eq(slug))
        .one(app.db())
        .await
        .unwrap()
        .unwrap()
        .id;
    assert!(
        persepsi_server::store::admin::set_status(app.db(), id, "draft", "open")
            .await
            .unwrap()
    );
    app.state.surveys_changed();
}

/// Runs what start-up runs on the test's database (as a restart does).
async fn restart(app: &TestApp) {
    let config = persepsi_server::config::Config::for_database(app.database().url().to_string());
    persepsi_server::build(&config).await.expect("restarts");
    app.state.surveys_changed();
}

/// The form `key` of a score's prevalence.
fn form<'a>(score: &'a Value, key: &str) -> &'a Value {
    score["prevalence"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["key"] == key)
        .unwrap_or_else(|| panic!("{key} in {score}"))
}

fn close(v: &Value, want: f64) {
    let got = v.as_f64().unwrap_or_else(|| panic!("a number: {v}"));
    assert!((got - want).abs() <= 0.01, "{got} is not {want}");
}

db_test!(an_older_survey_gets_its_method_and_keeps_its_score, |db| {
    let app = TestApp::start(db).await;
    older_survey(&app, "lama", "kab-klungkung", ("ori-2022", 1)).await;
    // 30 answer 4 to everything, 10 answer 3: 3.75 × 25 = 93.75; own
    // scores 100 (×30) and 75 (×10): sd 10.96, se 1.73, t(39) = 2.0227,
    // 90.24–97.26, inside A (88 and above).
    for i in 0..40 {
        let v = if i < 30 { 4 } else { 3 };
        submit(&app, "lama", "dpmptsp", answers(v, v)).await;
    }
    let before = app.score("lama").await;
    assert_eq!(before["method"], Value::Null, "made without a method");
    restart(&app).await;
    let s = app.score("lama").await;
    assert_eq!(s["method"], "ori-2023@1", "labelled A–E: the 2023 method");
    assert_eq!(s["n"], 40);
    assert_eq!(s["score"], 93.75);
    close(&s["ci"][0], 90.24);
    close(&s["ci"][1], 97.26);
    assert_eq!(s["band"]["key"], "A");
    assert_eq!(s["band_table"], "ori-2022@1");
    assert_eq!(s["band_table_confirmed"], false, "C–E are unpublished");
    for key in ["score", "se", "sd", "ci", "band", "items"] {
        assert_eq!(s[key], before[key], "{key} did not move");
    }
    // The 2023 method has no predicate; the forms' shares are there.
    assert_eq!(s["predicate"], Value::Null);
    assert_eq!(form(&s, "payment_request")["met"], 0);
    close(&form(&s, "payment_request")["ci"][1], 8.76);
    // The SKM survey feeds no method.
    assert_eq!(app.score("demo-skm").await["method"], Value::Null);
    assert!(
        app.score("demo-skm").await["prevalence"]
            .as_array()
            .unwrap()
            .is_empty()
    );
});

db_test!(forms_and_predicate_per_unit_and_agency, |db| {
    let app = TestApp::start(db).await;
    answered(&app, "demo", "dpmptsp", 30, 3).await;
    answered(&app, "demo", "dukcapil", 35, 0).await;
    answered(&app, "demo", "puskesmas-klungkung-1", 40, 12).await;
    let unit = app
        .get("/api/v1/surveys/demo/score?unit=dpmptsp")
        .await
        .json::<Value>()
        .await
        .unwrap();
    assert_eq!(unit["method"], "ori-2025@1");
    // 3 of 30: 10 %, Wilson 3.46–25.62.
    let money = form(&unit, "payment_request");
    assert_eq!(
        (money["met"].clone(), money["n"].clone()),
        (json!(3), json!(30))
    );
    close(&money["percent"], 10.0);
    close(&money["ci"][0], 3.46);
    close(&money["ci"][1], 25.62);
    // Its interval includes the 10 % threshold: not decided yet.
    assert_eq!(unit["predicate"]["code"], "undecided");
    assert!(
        unit["predicate"]["forms"]
            .as_array()
            .unwrap()
            .contains(&json!("payment_request"))
    );
    assert_eq!(unit["predicate"]["confirmed"], false);
    assert_eq!(unit["predicate"]["share"], 10.0);

    let levels = app
        .get("/api/v1/scores?agency=kab-klungkung&instrument=maladministration-perception")
        .await
        .json::<Value>()
        .await
        .unwrap();
    let agency = &levels["scores"][0];
    let of = |slug: &str| {
        agency["units"]
            .as_array()
            .unwrap()
            .iter()
            .find(|u| u["unit"] == slug)
            .unwrap()["score"]
            .clone()
    };
    // 0 of 35 on every form: each upper bound 9.89 % ≤ 10 %: low.
    assert_eq!(of("dukcapil")["predicate"]["code"], "low");
    close(&form(&of("dukcapil"), "undue_delay")["ci"][1], 9.89);
    // 12 of 40 (18.07–45.43 %) surely above 10 %: high, for payment requests.
    let high = of("puskesmas-klungkung-1");
    assert_eq!(high["predicate"]["code"], "high");
    assert_eq!(high["predicate"]["forms"], json!(["payment_request"]));
    close(&form(&high, "payment_request")["ci"][0], 18.07);
    // The agency pools its units: 15 of 105, 8.85–22.24 %: undecided.
    let pooled = &agency["pooled"];
    let money = form(pooled, "payment_request");
    assert_eq!(
        (money["met"].clone(), money["n"].clone()),
        (json!(15), json!(105))
    );
    close(&money["ci"][0], 8.85);
    close(&money["ci"][1], 22.24);
    assert_eq!(pooled["predicate"]["code"], "undecided");
    // Too few responses: no predicate is judged.
    let few = app.get("/api/v1/surveys/demo/score?unit=disdikpora").await;
    let few: Value = few.json().await.unwrap();
    assert_eq!(few["predicate"]["code"], "too_small");

    // The results page: the method, its unconfirmed figures, the table.
    let html = app.get("/s/demo/results").await.text().await.unwrap();
    assert!(html.contains("id=\"method-note\""), "{html}");
    assert!(html.contains("Batas nilai ini belum dipublikasikan Ombudsman RI; ini perkiraan."));
    assert!(html.contains("Penilaian Maladministrasi Ombudsman RI 2025, versi 1"));
    assert!(html.contains("<table id=\"prevalence\""));
    assert!(html.contains("<caption>Bentuk maladministrasi yang dialami</caption>"));
    assert!(
        html.contains("14,29 %") && html.contains("8,85–22,24 %"),
        "pooled share"
    );
    assert!(html.contains("id=\"predicate\""));
    assert!(html.contains("Belum dapat disimpulkan"));
    // Each unit's predicate in the units' table.
    let units = &html[html.find("id=\"units\"").expect("the units' table")..];
    assert!(units.contains("<th scope=\"col\">Predikat</th>"));
    assert!(units.contains("Potensi maladministrasi tinggi") && units.contains("rendah"));
    let en = app
        .get("/s/demo/results?u=puskesmas-klungkung-1&lang=en")
        .await;
    let en = en.text().await.unwrap();
    assert!(en.contains("High potential for maladministration"), "{en}");
    assert!(en.contains("The Ombudsman has not published this threshold"));
    // The SKM survey's page has neither.
    let skm = app.get("/s/demo-skm/results").await.text().await.unwrap();
    assert!(!skm.contains("id=\"prevalence\"") && !skm.contains("id=\"predicate\""));
});

db_test!(older_tallies_are_rebuilt_with_the_forms_counts, |db| {
    let app = TestApp::start(db).await;
    answered(&app, "demo", "dpmptsp", 30, 3).await;
    // Rewrite the tallies in their earlier form, without the low counts,
    // as a database from before them holds (a state the product no longer
    // writes).
    for row in tally::Entity::find().all(app.db()).await.unwrap() {
        let t = app::domain::stats::Tally::decode(&row.data).unwrap();
        let mut old = format!(
            "t1 {} {} {} {} {} {}",
            t.n,
            t.scored,
            t.score_sum,
            t.score_sq,
            t.items.len(),
            t.pairs.len()
        );
        for i in &t.items {
            old.push_str(&format!(" {} {} {}", i.n, i.sum, i.sq));
        }
        for p in &t.pairs {
            old.push_str(&format!(" {} {} {} {}", p.n, p.prod, p.sum_i, p.sum_j));
        }
        let mut active: tally::ActiveModel = row.into();
        active.data = Set(old);
        active.update(app.db()).await.unwrap();
    }
    let stale = app.score("demo").await;
    assert_eq!(
        form(&stale, "payment_request")["met"],
        0,
        "t1 has no counts"
    );
    restart(&app).await;
    let s = app.score("demo").await;
    let money = form(&s, "payment_request");
    assert_eq!(money["met"], 3);
    close(&money["ci"][0], 3.46);
    close(&money["ci"][1], 25.62);
    assert_eq!(s["score"], stale["score"], "the score itself did not move");
});

db_test!(the_scores_export_carries_the_forms_within_reach, |db| {
    let app = TestApp::start(db).await;
    older_survey(&app, "bpp", "kota-balikpapan", ("ori-2025", 2)).await;
    answered(&app, "demo", "dpmptsp", 30, 3).await;
    answered(&app, "bpp", "dpmptsp", 5, 5).await;
    let manager = app.klungkung_manager().await;
    let csv = manager
        .get("/admin/exports/scores.csv?level=unit&flavour=plain")
        .await
        .text()
        .await
        .unwrap();
    let mut reader = csv::Reader::from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    let head: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    for col in [
        "method",
        "band_table_confirmed",
        "predicate",
        "predicate_forms",
        "payment_request_met_pct",
        "payment_request_met_ci_low",
        "payment_request_met_ci_high",
        "payment_request_met",
        "payment_request_answered",
    ] {
        assert!(head.iter().any(|h| h == col), "{col} in {head:?}");
    }
    let at = |name: &str| head.iter().position(|h| h == name).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert!(!rows.is_empty());
    // Klungkung's manager sees Klungkung only.
    assert!(rows.iter().all(|r| &r[at("agency")] == "kab-klungkung"));
    let row = rows.iter().find(|r| &r[at("unit")] == "dpmptsp").unwrap();
    assert_eq!(&row[at("method")], "ori-2025@1");
    assert_eq!(&row[at("payment_request_met_pct")], "10.00");
    assert_eq!(&row[at("payment_request_met_ci_low")], "3.46");
    assert_eq!(&row[at("payment_request_met_ci_high")], "25.62");
    assert_eq!(&row[at("payment_request_met")], "3");
    assert_eq!(&row[at("payment_request_answered")], "30");
    assert_eq!(&row[at("predicate")], "undecided");
    // The manager's dashboard: the forms, the predicate, the method note.
    let board = manager.get("/admin/dashboard/kab-klungkung").await;
    let board = board.text().await.unwrap();
    assert!(board.contains("<table id=\"prevalence\""), "{board}");
    assert!(board.contains("id=\"method-note\"") && board.contains("id=\"predicate\""));
    assert!(board.contains("Penilaian Maladministrasi Ombudsman RI 2025, versi 1"));
    assert!(board.contains("10,00 %") && board.contains("3,46–25,62 %"));
    // Another provider's dashboard is out of reach.
    let other = manager.get("/admin/dashboard/kota-balikpapan").await;
    assert_eq!(other.status(), 404);
    // An assessor sees both providers.
    let token = token_for(&app, "penilai@demo.persepsi.id").await;
    let all = fetch(&app, &token, "/api/v1/exports/scores.csv?level=unit").await;
    let all = all.text().await.unwrap();
    assert!(all.contains("kota-balikpapan") && all.contains("kab-klungkung"));
});
