//! Rate limits: one replaying client is stopped, a crowd behind one
//! address is not.

use crate::db_test;
use crate::support::{TestApp, demo_answers};
use serde_json::{Value, json};

db_test!(fifty_citizens_behind_one_address_all_get_through, |db| {
    let app = TestApp::start(db).await;
    // Fifty phones on one counter Wi-Fi, each with its own browser.
    let mut forms = Vec::new();
    for _ in 0..50 {
        forms.push(app.form_on_device("/s/demo", None).await);
    }
    let app = &app;
    let sends = forms.iter().map(|(t, cookie)| {
        let mut pairs = demo_answers("puskesmas-klungkung-1");
        pairs.push(("token", t));
        async move {
            app.post_form_cookie("/s/demo", &pairs, cookie)
                .await
                .status()
        }
    });
    let statuses = futures::future::join_all(sends).await;
    eprintln!(
        "NAT ({db:?}): 50 citizens behind one address in one burst: {} accepted",
        statuses.iter().filter(|s| **s == 303).count()
    );
    assert!(statuses.iter().all(|s| *s == 303), "{statuses:?}");
    assert_eq!(app.responses().await, 50);
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
                let page = res.text().await.unwrap();
                assert!(page.contains("Terlalu banyak kiriman"));
                assert!(
                    page.contains(&format!("Coba lagi dalam {retry} detik.")),
                    "the page says how long to wait, as Retry-After does"
                );
            }
            statuses.push(status);
        }
        assert_eq!(statuses, [303, 303, 303, 303, 303, 429, 429, 429]);
        assert_eq!(app.responses().await, 1);
    }
);

db_test!(
    limits_are_configurable_and_the_api_answers_429_in_json,
    |db| {
        let app =
            TestApp::start_with(db, |c| c.limits.submit_network = "3/3600".parse().unwrap()).await;
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

db_test!(
    one_browser_flooding_fresh_forms_gets_its_budget_and_no_more,
    |db| {
        // Default limits: the device cookie's budget (60 in 10 minutes)
        // stops it long before the address's (120), so the citizens who
        // share its address are not locked out.
        let app = TestApp::start(db).await;
        let (_, cookie) = app.form_on_device("/s/demo", None).await;
        let mut accepted = 0;
        let mut refused = 0;
        for _ in 0..100 {
            let (token, _) = app.form_on_device("/s/demo", Some(&cookie)).await;
            let mut pairs = demo_answers("dukcapil");
            pairs.push(("token", &token));
            match app
                .post_form_cookie("/s/demo", &pairs, &cookie)
                .await
                .status()
                .as_u16()
            {
                303 => accepted += 1,
                429 => refused += 1,
                other => panic!("unexpected {other}"),
            }
        }
        eprintln!(
            "flood ({db:?}): one browser, 100 fresh forms: {accepted} accepted, {refused} refused (429)"
        );
        assert_eq!((accepted, refused), (60, 40));
        // A neighbour on the same address, with a browser of their own.
        let (token, other) = app.form_on_device("/s/demo", None).await;
        let mut pairs = demo_answers("dukcapil");
        pairs.push(("token", &token));
        assert_eq!(
            app.post_form_cookie("/s/demo", &pairs, &other)
                .await
                .status(),
            303
        );
        assert_eq!(app.responses().await, 61);
    }
);
