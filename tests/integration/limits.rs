//! Rate limits: one replaying client is stopped, a crowd behind one
//! address is not.

use crate::db_test;
use crate::support::{TestApp, demo_answers};
use serde_json::{Value, json};

db_test!(fifty_citizens_behind_one_address_all_get_through, |db| {
    let app = TestApp::start(db).await;
    let mut tokens = Vec::new();
    for _ in 0..50 {
        tokens.push(app.form_token("demo").await);
    }
    let app = &app;
    let sends = tokens.iter().map(|t| {
        let mut pairs = demo_answers("puskesmas-klungkung-1");
        pairs.push(("token", t));
        async move { app.post_form("/s/demo", &pairs).await.status() }
    });
    let statuses = futures::future::join_all(sends).await;
    assert!(statuses.iter().all(|s| *s == 303), "{statuses:?}");
    assert_eq!(app.count("SELECT COUNT(*) FROM response").await, 50);
    // Concurrent submitters all reached the score's running tally.
    assert_eq!(app.score("demo").await["n"], 50);
});

db_test!(
    a_client_replaying_one_form_is_stopped_with_retry_after,
    |db| {
        let app = TestApp::start(db).await;
        let token = app.form_token("demo").await;
        let mut pairs = demo_answers("dukcapil");
        pairs.push(("token", &token));
        let mut statuses = Vec::new();
        for _ in 0..8 {
            let res = app.post_form("/s/demo", &pairs).await;
            let status = res.status().as_u16();
            if status == 429 {
                let retry: u64 = res.headers()["retry-after"]
                    .to_str()
                    .unwrap()
                    .parse()
                    .unwrap();
                assert!((1..=60).contains(&retry));
                assert!(res.text().await.unwrap().contains("Terlalu banyak kiriman"));
            }
            statuses.push(status);
        }
        assert_eq!(statuses, [303, 303, 303, 303, 303, 429, 429, 429]);
        assert_eq!(app.count("SELECT COUNT(*) FROM response").await, 1);
    }
);

db_test!(
    limits_are_configurable_and_the_api_answers_429_in_json,
    |db| {
        let app =
            TestApp::start_with(db, |c| c.limit_submit_network = "3/3600".parse().unwrap()).await;
        let mut statuses = Vec::new();
        for _ in 0..4 {
            let token = app.api_token("demo").await;
            let res = app
            .post_json(
                "/api/v1/surveys/demo/responses",
                &json!({ "token": token, "unit": "dukcapil", "answers": crate::support::demo_answers_json() }),
            )
            .await;
            let status = res.status().as_u16();
            statuses.push(status);
            if status == 429 {
                assert!(res.headers().contains_key("retry-after"));
                let body: Value = res.json().await.unwrap();
                assert!(
                    body["error"]
                        .as_str()
                        .unwrap()
                        .contains("Terlalu banyak permintaan")
                );
            }
        }
        assert_eq!(statuses, [201, 201, 201, 429]);
    }
);
