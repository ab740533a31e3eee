//! Fuzzing the submission path through the real router: form bodies, JSON
//! bodies and raw bytes built to be wrong in every way (wrong types, wrong
//! encodings, huge fields, valid tokens with nonsense answers). None may
//! panic or answer 5xx. Runs for a bounded time: `FUZZ_SECONDS` (default
//! 20) or `FUZZ_CASES` (default 100,000) cases, whichever ends first.

use crate::support::{Db, MAL_ITEMS, empty_database};
use axum::body::Body;
use http::Request;
use persepsi_server::config::Config;
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config as RunnerConfig, TestRunner};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};
use tower::ServiceExt;

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(MAL_ITEMS.to_vec()).prop_map(str::to_string),
        2 => prop::sample::select(vec![
            "token", "unit", "code", "website", "lang", "used_service", "comment", "answers",
        ])
        .prop_map(str::to_string),
        1 => "\\PC{0,80}",
    ]
}

fn value(tokens: Vec<String>) -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[0-5]|na|ya|tidak|-1|4.0|99999999999999999999",
        2 => "\\PC{0,60}",
        1 => prop::sample::select(tokens),
        1 => prop::sample::select(vec!["dukcapil", "puskesmas-klungkung-1", "nowhere"]).prop_map(str::to_string),
        1 => (0usize..6000).prop_map(|n| "é".repeat(n)),
        1 => prop::collection::vec(any::<char>(), 0..40).prop_map(|c| c.into_iter().collect()),
    ]
}

fn json_value() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<f64>().prop_map(|f| serde_json::json!(f)),
        "\\PC{0,40}".prop_map(serde_json::Value::from),
    ];
    leaf.prop_recursive(3, 24, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::from),
            prop::collection::btree_map(key(), inner, 0..6)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

/// A request body and its content type.
fn body(tokens: Vec<String>) -> impl Strategy<Value = (&'static str, Vec<u8>)> {
    let pairs = || prop::collection::vec((key(), value(tokens.clone())), 0..24);
    prop_oneof![
        // Form bodies, well encoded.
        3 => pairs().prop_map(|p| (
            "application/x-www-form-urlencoded",
            serde_urlencoded::to_string(p).unwrap().into_bytes(),
        )),
        // Form bodies with raw bytes spliced in (bad escapes, bad UTF-8).
        1 => (pairs(), prop::collection::vec(any::<u8>(), 0..64), any::<prop::sample::Index>())
            .prop_map(|(p, junk, at)| {
                let mut b = serde_urlencoded::to_string(p).unwrap().into_bytes();
                let i = at.index(b.len() + 1);
                b.splice(i..i, junk);
                ("application/x-www-form-urlencoded", b)
            }),
        // JSON shaped like a submission, with values of any type.
        3 => (prop::sample::select(tokens.clone()), json_value(), json_value(), prop::collection::btree_map(key(), json_value(), 0..14))
            .prop_map(|(t, unit, code, answers)| {
                let v = serde_json::json!({ "token": t, "unit": unit, "code": code, "answers": answers });
                ("application/json", serde_json::to_vec(&v).unwrap())
            }),
        // Any JSON at all.
        1 => json_value().prop_map(|v| ("application/json", serde_json::to_vec(&v).unwrap())),
        // A kiosk's or an interviewer's batch, with values of any type.
        2 => (json_value(), prop::collection::vec((json_value(), json_value(), prop::collection::btree_map(key(), value(tokens.clone()), 0..14)), 0..4))
            .prop_map(|(survey, items)| {
                let items: Vec<_> = items
                    .into_iter()
                    .map(|(id, at, answers)| serde_json::json!({ "id": id, "answered_at": at, "answers": answers }))
                    .collect();
                let v = serde_json::json!({ "survey": survey, "items": items });
                ("application/json", serde_json::to_vec(&v).unwrap())
            }),
        // A valid form with a few fields changed: reaches the store.
        3 => (prop::sample::select(tokens.clone()), prop::collection::vec((key(), value(tokens.clone()), any::<bool>()), 0..3))
            .prop_map(|(t, changes)| {
                let mut form: std::collections::BTreeMap<String, String> = crate::support::demo_answers("dukcapil")
                    .into_iter()
                    .map(|(k, v)| (k.to_string(), v.to_string()))
                    .collect();
                form.insert("token".into(), t);
                for (k, v, remove) in changes {
                    if remove { form.remove(&k); } else { form.insert(k, v); }
                }
                ("application/x-www-form-urlencoded", serde_urlencoded::to_string(form).unwrap().into_bytes())
            }),
        // Any bytes at all.
        1 => prop::collection::vec(any::<u8>(), 0..512).prop_map(|b| ("application/json", b)),
    ]
}

#[test]
fn submission_parser_and_validator_never_panic_or_fail_with_5xx() {
    let seconds: u64 = std::env::var("FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20);
    let cases: u32 = std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(100_000);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let (router, tokens, kiosk_key, _dir) = rt.block_on(async {
        let (url, dir) = empty_database(Db::Sqlite).await;
        let mut config = Config::for_database(url);
        config.responses.min_fill_secs = 0;
        for limit in [
            &mut config.limits.submit_client,
            &mut config.limits.submit_device,
            &mut config.limits.submit_network,
            &mut config.limits.submit_survey,
            &mut config.limits.kiosk_send,
        ] {
            *limit = "1000000/1".parse().unwrap();
        }
        let server = persepsi_server::build(&config).await.unwrap();
        persepsi_server::services::demo::load(&server.state.db, 0)
            .await
            .unwrap();
        let demo = server.state.survey("demo").await.unwrap();
        let now = chrono::Utc::now().timestamp();
        let mut tokens: Vec<String> = (0..50)
            .map(|_| server.state.tokens.issue(demo.survey.id, None, now, None))
            .collect();
        tokens.push("garbage".into());
        tokens.push(String::new());
        // A paired kiosk tablet, whose key the kiosk paths are sent with.
        let unit = demo.unit("dukcapil").unwrap().id;
        let (_, code) = persepsi_server::services::kiosk::register(
            &server.state,
            demo.survey.id,
            unit,
            "Fuzz",
            false,
            uuid::Uuid::nil(),
        )
        .await
        .unwrap();
        let (_, key) = persepsi_server::services::kiosk::pair(&server.state, &code)
            .await
            .unwrap()
            .unwrap();
        (server.router, tokens, key, dir)
    });
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let ran = AtomicUsize::new(0);
    let statuses = std::sync::Mutex::new(std::collections::BTreeMap::<u16, usize>::new());
    // Cases are drawn until the time or the count runs out; a failing one
    // is printed whole (no shrinking: the budget is time).
    let mut runner = TestRunner::new(RunnerConfig::default());
    let paths = prop::sample::select(vec![
        "/s/demo",
        "/s/demo",
        "/api/v1/surveys/demo/responses",
        "/s/demo-skm",
        "/api/v1/surveys/nope/responses",
        "/api/v1/agencies/kab-klungkung/units/dukcapil/codes",
        "/kiosk/responses",
        "/kiosk",
        "/kiosk/pair",
        "/k/nope",
    ]);
    let strategy = (paths, body(tokens));
    let mut failure = None;
    while Instant::now() < deadline && ran.load(Ordering::Relaxed) < cases as usize {
        let (path, (content_type, bytes)) = strategy.new_tree(&mut runner).unwrap().current();
        ran.fetch_add(1, Ordering::Relaxed);
        let req = Request::post(path)
            .header("content-type", content_type)
            .header("authorization", "Bearer psp_x")
            .header("cookie", format!("persepsi_kiosk={kiosk_key}"))
            .body(Body::from(bytes.clone()))
            .unwrap();
        let status = rt
            .block_on(router.clone().oneshot(req))
            .unwrap()
            .status()
            .as_u16();
        *statuses.lock().unwrap().entry(status).or_default() += 1;
        if status >= 500 {
            failure = Some(format!(
                "{path} answered {status} to {content_type} {:?}",
                String::from_utf8_lossy(&bytes)
            ));
            break;
        }
    }
    eprintln!(
        "fuzz: {} requests in {seconds} s at most; statuses {:?}",
        ran.load(Ordering::Relaxed),
        statuses.lock().unwrap()
    );
    if let Some(f) = failure {
        panic!("{f}");
    }
    assert!(
        ran.load(Ordering::Relaxed) > 100,
        "the fuzzer ran too few cases"
    );
}
