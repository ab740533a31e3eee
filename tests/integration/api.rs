//! The JSON API.

use crate::db_test;
use crate::support::{TestApp, demo_answers_json};
use serde_json::{Value, json};

db_test!(definition_lists_items_options_and_a_token, |db| {
    let app = TestApp::start(db).await;
    let res = app.get("/api/v1/surveys/demo").await;
    assert_eq!(res.status(), 200);
    let def: Value = res.json().await.unwrap();
    assert_eq!(def["slug"], "demo");
    assert_eq!(def["instrument"], "maladministration-perception@2");
    assert!(def["token"].as_str().unwrap().len() > 40);
    let items = def["items"].as_array().unwrap();
    assert_eq!(items.len(), 13);
    let delay = items.iter().find(|i| i["key"] == "undue_delay").unwrap();
    assert_eq!(delay["kind"], "scale");
    assert_eq!(delay["required"], true);
    let values: Vec<_> = delay["options"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["value"].clone())
        .collect();
    assert_eq!(
        values,
        [json!("1"), json!("2"), json!("3"), json!("4"), json!("na")]
    );
    assert_eq!(delay["options"][0]["label"], "Ya, jelas");
    assert_eq!(def["units"].as_array().unwrap().len(), 4);
    assert_eq!(app.get("/api/v1/surveys/nope").await.status(), 404);
});

db_test!(a_response_is_created_once_per_token, |db| {
    let app = TestApp::start(db).await;
    let token = app.api_token("demo").await;
    let body = json!({ "token": token, "unit": "dukcapil", "answers": demo_answers_json() });
    let first = app.post_json("/api/v1/surveys/demo/responses", &body).await;
    assert_eq!(first.status(), 201);
    let first: Value = first.json().await.unwrap();
    let retry = app.post_json("/api/v1/surveys/demo/responses", &body).await;
    assert_eq!(retry.status(), 200);
    let retry: Value = retry.json().await.unwrap();
    assert_eq!(first["id"], retry["id"]);
    assert_eq!(app.responses().await, 1);
});

db_test!(
    ten_concurrent_submissions_of_one_token_make_one_response,
    |db| {
        // The per-client limit would refuse some of the ten; lift it so that
        // the database's uniqueness is what is tested here.
        let app =
            TestApp::start_with(db, |c| c.limits.submit_client = "100/60".parse().unwrap()).await;
        let token = app.api_token("demo").await;
        let body = json!({ "token": token, "unit": "dukcapil", "answers": demo_answers_json() });
        let sends = (0..10).map(|_| app.post_json("/api/v1/surveys/demo/responses", &body));
        let results = futures::future::join_all(sends).await;
        let mut ids = Vec::new();
        for r in results {
            assert!(r.status() == 201 || r.status() == 200, "{}", r.status());
            let v: Value = r.json().await.unwrap();
            ids.push(v["id"].as_str().unwrap().to_string());
        }
        ids.dedup();
        assert_eq!(ids.len(), 1, "every submitter got the same id");
        assert_eq!(app.responses().await, 1);
        assert_eq!(app.answers().await, 11);
    }
);

db_test!(invalid_submissions_get_field_messages, |db| {
    let app = TestApp::start(db).await;
    let token = app.api_token("demo").await;
    let url = "/api/v1/surveys/demo/responses";
    let mut answers = demo_answers_json();
    answers["undue_delay"] = json!(7);
    answers["procedure"] = json!([1]);
    answers.as_object_mut().unwrap().remove("partiality");
    let res = app
        .post_json(
            url,
            &json!({ "token": token, "unit": "dukcapil", "answers": answers }),
        )
        .await;
    assert_eq!(res.status(), 422);
    let errors: Value = res.json().await.unwrap();
    assert!(
        errors["errors"]["procedure"][0]
            .as_str()
            .unwrap()
            .contains("Jenis nilai salah")
    );
    // Wrong types are reported before the instrument is consulted.
    answers["procedure"] = json!(3);
    let res = app
        .post_json(
            url,
            &json!({ "token": token, "unit": "dukcapil", "answers": answers }),
        )
        .await;
    let errors: Value = res.json().await.unwrap();
    assert_eq!(
        errors["errors"]["undue_delay"][0],
        "Pilih salah satu jawaban yang tersedia."
    );
    assert_eq!(
        errors["errors"]["partiality"][0],
        "Pertanyaan nomor 10 belum dijawab."
    );
    // Unknown fields, malformed JSON, an unknown unit, a wrong token.
    let res = app
        .post_json(url, &json!({ "token": token, "answers": {}, "extra": 1 }))
        .await;
    assert_eq!(res.status(), 422);
    let e: Value = res.json().await.unwrap();
    assert!(
        e["errors"]["body"][0]
            .as_str()
            .unwrap()
            .contains("unknown field")
    );
    let res = app
        .client
        .post(format!("{}{url}", app.base))
        .header("content-type", "application/json")
        .body("{\"token\": ")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let res = app
        .post_json(
            url,
            &json!({ "token": token, "unit": "nowhere", "answers": demo_answers_json() }),
        )
        .await;
    let e: Value = res.json().await.unwrap();
    assert!(e["errors"]["unit"].is_array());
    // A forged token. (A genuine token of another survey is stored,
    // flagged: see integrity.rs.)
    let forged = format!("{}A", &token[..token.len() - 1]);
    let forged = if forged == token {
        format!("{}B", &token[..token.len() - 1])
    } else {
        forged
    };
    let res = app
        .post_json(
            url,
            &json!({ "token": forged, "unit": "dukcapil", "answers": demo_answers_json() }),
        )
        .await;
    assert_eq!(res.status(), 422);
    let e: Value = res.json().await.unwrap();
    assert_eq!(e["errors"]["token"][0], "Token tidak sah untuk survei ini.");
    assert_eq!(app.responses().await, 0);
});

db_test!(messages_follow_accept_language, |db| {
    let app = TestApp::start(db).await;
    let token = app.api_token("demo").await;
    let res = app
        .client
        .post(format!("{}/api/v1/surveys/demo/responses", app.base))
        .header("accept-language", "en")
        .json(&json!({ "token": token, "unit": "dukcapil", "answers": {} }))
        .send()
        .await
        .unwrap();
    let e: Value = res.json().await.unwrap();
    assert_eq!(
        e["errors"]["undue_delay"][0],
        "Question 2 has no answer yet."
    );
});

db_test!(the_openapi_document_describes_every_endpoint, |db| {
    let app = TestApp::start(db).await;
    let doc: Value = app.get("/api/openapi.json").await.json().await.unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    for path in [
        "/api/v1/surveys/{slug}",
        "/api/v1/surveys/{slug}/responses",
        "/api/v1/surveys/{slug}/score",
        "/api/v1/scores",
        "/api/v1/ranking",
        "/api/v1/exports/responses.{format}",
        "/api/v1/exports/scores.{format}",
        "/api/v1/exports/codebook.json",
        "/api/v1/agencies/{agency}/units/{unit}/codes",
        "/healthz",
        "/readyz",
    ] {
        assert!(doc["paths"][path].is_object(), "{path} is documented");
    }
    let schemas = &doc["components"]["schemas"];
    for s in ["ScoreDto", "SurveyDto", "ApiSubmission", "LevelScoresDto"] {
        assert!(schemas[s].is_object(), "{s}");
    }
    // Generated from the types: the score's fields are there.
    assert!(schemas["ScoreDto"]["properties"]["ci"].is_object());
    assert!(schemas["ScoreDto"]["properties"]["verified"].is_object());
    let ranking_params: Vec<&str> = doc["paths"]["/api/v1/ranking"]["get"]["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    for p in [
        "region",
        "kind",
        "sector",
        "period",
        "instrument",
        "verified",
        "level",
        "sort",
        "page",
        "per_page",
    ] {
        assert!(ranking_params.contains(&p), "{p}");
    }
    assert_eq!(
        doc["components"]["securitySchemes"]["bearer"]["scheme"],
        "bearer"
    );
    // Exact enough for a client to build valid requests: every period is
    // written the one way the server reads it (empty: every period), and
    // a submission to an unknown survey is a documented 404.
    let period = doc["paths"]["/api/v1/scores"]["get"]["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "period")
        .unwrap();
    assert_eq!(
        period["schema"]["pattern"],
        app::domain::period::FILTER_PATTERN
    );
    assert_eq!(app.get("/api/v1/scores?period=").await.status(), 200);
    assert_eq!(app.get("/api/v1/scores?period=2026-Q5").await.status(), 422);
    let submit = &doc["paths"]["/api/v1/surveys/{slug}/responses"]["post"]["responses"];
    assert!(submit["404"].is_object());
    assert!(
        doc["paths"]["/api/v1/ranking"]["get"]["security"][0]["bearer"].is_array(),
        "token operations name the scheme"
    );
});

db_test!(a_batch_of_codes_reads_numbers_as_the_document_does, |db| {
    let app = TestApp::start(db).await;
    let token = app.agency_token("kab-klungkung").await;
    let post = |body: Value| {
        let req = app
            .client
            .post(format!(
                "{}/api/v1/agencies/kab-klungkung/units/dukcapil/codes",
                app.base
            ))
            .bearer_auth(&token)
            .json(&body);
        async move { req.send().await.unwrap() }
    };
    // JSON Schema's integer: 3.0 is the whole number 3.
    let made = post(json!({"count": 3.0, "expires_in_days": 30.0})).await;
    assert_eq!(made.status(), 201);
    let made: Value = made.json().await.unwrap();
    assert_eq!(made["codes"].as_array().unwrap().len(), 3);
    assert_eq!(post(json!({"count": 2.5})).await.status(), 422);
    // An expiry beyond any calendar is refused, not a failure of the server.
    let far = post(json!({"count": 1, "expires_in_days": 4_000_000_000u32})).await;
    assert_eq!(far.status(), 422);
    let e: Value = far.json().await.unwrap();
    assert!(e["errors"]["expires_in_days"].is_array(), "{e}");
});
