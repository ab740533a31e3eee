//! What an operator relies on: `/healthz` and `/readyz`, and `/metrics`
//! (counted as a user would notice, readable only from where the operator
//! says).

use crate::db_test;
use crate::support::{TestApp, demo_answers};

/// The value of the sample `name` (with its labels, exactly) in a scrape.
fn sample(text: &str, name: &str) -> Option<f64> {
    text.lines()
        .find_map(|l| l.strip_prefix(name)?.strip_prefix(' ')?.parse().ok())
}

db_test!(metrics_count_what_citizens_did_by_route_pattern, |db| {
    let app = TestApp::start(db).await;
    for _ in 0..2 {
        let token = app.form_token("demo").await;
        let mut pairs = demo_answers("dukcapil");
        pairs.push(("token", &token));
        assert_eq!(app.post_form("/s/demo", &pairs).await.status(), 303);
        // Back, then Send again: the same token counts once.
        assert_eq!(app.post_form("/s/demo", &pairs).await.status(), 303);
    }
    assert_eq!(app.get("/s/no-such-survey").await.status(), 404);
    assert_eq!(app.get("/no/such/page").await.status(), 404);

    let res = app.get("/metrics").await;
    assert_eq!(res.status(), 200);
    assert!(
        res.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/plain; version=0.0.4")
    );
    let text = res.text().await.unwrap();
    let posts = r#"persepsi_http_requests_total{route="/s/{slug}",method="POST",status="303"}"#;
    assert_eq!(sample(&text, posts), Some(4.0), "{text}");
    assert_eq!(
        sample(
            &text,
            r#"persepsi_http_requests_total{route="/s/{slug}",method="GET",status="404"}"#
        ),
        Some(1.0)
    );
    assert_eq!(
        sample(
            &text,
            r#"persepsi_http_requests_total{route="unmatched",method="GET",status="404"}"#
        ),
        Some(1.0)
    );
    // Addresses asked for never become series: one per route pattern.
    assert!(!text.contains("no-such-survey") && !text.contains("/no/such"));
    assert_eq!(
        sample(
            &text,
            r#"persepsi_http_request_duration_seconds_count{route="/s/{slug}",method="POST",status="303"}"#
        ),
        Some(4.0)
    );
    assert_eq!(sample(&text, "persepsi_responses_stored_total"), Some(2.0));
    assert_eq!(
        sample(&text, "persepsi_responses_repeated_total"),
        Some(2.0)
    );
    assert_eq!(sample(&text, "persepsi_responses_flagged_total"), Some(0.0));
    assert_eq!(sample(&text, "persepsi_writer_batch_size_count"), Some(4.0));
    assert_eq!(sample(&text, "persepsi_writer_queue_depth"), Some(0.0));
    let open = sample(&text, r#"persepsi_db_connections_open{pool="readers"}"#);
    assert!(open.is_some_and(|n| n >= 1.0), "{open:?}");
});

db_test!(
    metrics_are_refused_to_addresses_the_operator_did_not_name,
    |db| {
        let app = TestApp::start_with(db, |c| {
            c.operations.metrics_from = vec!["10.0.0.0/8".parse().unwrap()];
            c.site.trust_proxy = true;
        })
        .await;
        // The proxy is on this machine, but the client it serves is not.
        assert_eq!(app.get("/metrics").await.status(), 404);
        let from = |addr: &'static str| {
            app.client
                .get(format!("{}/metrics", app.base))
                .header("x-forwarded-for", addr)
                .send()
        };
        assert_eq!(from("192.0.2.7").await.unwrap().status(), 404);
        // A client's own X-Forwarded-For is overwritten by the proxy; what
        // counts is the last address, the one the proxy saw.
        assert_eq!(from("10.1.2.3, 192.0.2.7").await.unwrap().status(), 404);
        assert_eq!(from("10.1.2.3").await.unwrap().status(), 200);
    }
);

db_test!(metrics_ignore_forwarded_addresses_without_a_proxy, |db| {
    let app = TestApp::start_with(db, |c| {
        c.operations.metrics_from = vec!["10.0.0.0/8".parse().unwrap()];
    })
    .await;
    let forged = app
        .client
        .get(format!("{}/metrics", app.base))
        .header("x-forwarded-for", "10.1.2.3")
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), 404);
});

db_test!(alive_and_ready_answer_apart, |db| {
    let app = TestApp::start(db).await;
    assert_eq!(app.get("/healthz").await.text().await.unwrap(), "ok\n");
    assert_eq!(app.get("/readyz").await.text().await.unwrap(), "ready\n");
    // A migration this build knows but the database lacks: not ready.
    app.exec(
        "DELETE FROM seaql_migrations WHERE version = (SELECT MAX(version) FROM seaql_migrations)",
    )
    .await;
    let res = app.get("/readyz").await;
    assert_eq!(res.status(), 503);
    assert_eq!(res.text().await.unwrap(), "migrations pending\n");
    assert_eq!(app.get("/healthz").await.status(), 200);
});

db_test!(a_shared_budget_is_leased_and_never_overspent, |db| {
    use persepsi_server::store::rate_budget::{Gcra, Grant, take};
    let app = TestApp::start(db).await;
    // Ten requests in ten minutes: a request costs a minute.
    let rule = Gcra {
        increment: 60_000_000,
        tolerance: 600_000_000,
    };
    let now = 1_000_000_000_000;
    let db = app.db();
    assert_eq!(
        take(db, "k", now, rule, 4).await.unwrap(),
        Grant::Granted(4)
    );
    assert_eq!(
        take(db, "k", now, rule, 4).await.unwrap(),
        Grant::Granted(4)
    );
    assert_eq!(
        take(db, "k", now, rule, 4).await.unwrap(),
        Grant::Granted(2),
        "only what is left"
    );
    assert_eq!(
        take(db, "k", now, rule, 1).await.unwrap(),
        Grant::Wait(60_000_000),
        "the next request in a minute"
    );
    // A minute on, one more.
    let later = now + 60_000_000;
    assert_eq!(
        take(db, "k", later, rule, 4).await.unwrap(),
        Grant::Granted(1)
    );
    // Another key has its own budget.
    assert_eq!(
        take(db, "other", now, rule, 1).await.unwrap(),
        Grant::Granted(1)
    );
});
