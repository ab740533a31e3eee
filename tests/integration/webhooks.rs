//! Webhooks against a real receiver on the loopback that checks every
//! signature, fails, recovers, and hangs: deliveries arrive signed, are
//! retried until they get through, are logged and can be sent again from
//! the admin page; a hanging receiver never holds up a citizen; other
//! agencies and assessors cannot see or touch them; internal addresses are
//! refused unless the operator allows them.

use crate::admin_access::{PASSWORD, accounts};
use crate::db_test;
use crate::support::{Browser, TestApp, demo_answers};
use axum::body::Bytes;
use axum::http::{HeaderMap, StatusCode};
use hmac::{Hmac, Mac};
use persepsi_server::store::entities::webhook_delivery;
use sea_orm::EntityTrait;
use serde_json::Value;
use sha2::Sha256;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// What the receiver accepted.
#[derive(Clone, Debug)]
struct Got {
    event: String,
    delivery: String,
    body: Value,
}

/// A receiver as an agency's system would run it: it refuses a wrong
/// signature or a stale timestamp, and can be told to fail or to hang.
#[derive(Clone, Default)]
struct Receiver {
    secret: Arc<Mutex<String>>,
    got: Arc<Mutex<Vec<Got>>>,
    refused_signatures: Arc<AtomicUsize>,
    fail_next: Arc<AtomicUsize>,
    failed: Arc<AtomicUsize>,
    hang: Arc<AtomicBool>,
    hanging: Arc<AtomicUsize>,
}

impl Receiver {
    async fn start() -> (Receiver, String) {
        let r = Receiver::default();
        let shared = r.clone();
        let app = axum::Router::new().route(
            "/hook",
            axum::routing::post(move |headers: HeaderMap, body: Bytes| {
                let r = shared.clone();
                async move { r.take(headers, body).await }
            }),
        );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/hook", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, app).await });
        (r, url)
    }

    async fn take(&self, headers: HeaderMap, body: Bytes) -> StatusCode {
        let header = |n: &str| {
            headers
                .get(n)
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default()
                .to_string()
        };
        let timestamp = header("x-persepsi-timestamp");
        let mut mac =
            Hmac::<Sha256>::new_from_slice(self.secret.lock().unwrap().as_bytes()).unwrap();
        mac.update(timestamp.as_bytes());
        mac.update(b".");
        mac.update(&body);
        let expected: String = mac
            .finalize()
            .into_bytes()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        let fresh = timestamp
            .parse::<i64>()
            .is_ok_and(|t| (chrono::Utc::now().timestamp() - t).abs() < 300);
        if header("x-persepsi-signature") != format!("sha256={expected}") || !fresh {
            self.refused_signatures.fetch_add(1, Ordering::SeqCst);
            return StatusCode::UNAUTHORIZED;
        }
        if self.hang.load(Ordering::SeqCst) {
            self.hanging.fetch_add(1, Ordering::SeqCst);
            tokio::time::sleep(Duration::from_secs(30)).await;
            return StatusCode::NO_CONTENT;
        }
        if self
            .fail_next
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
            .is_ok()
        {
            self.failed.fetch_add(1, Ordering::SeqCst);
            return StatusCode::SERVICE_UNAVAILABLE;
        }
        self.got.lock().unwrap().push(Got {
            event: header("x-persepsi-event"),
            delivery: header("x-persepsi-delivery"),
            body: serde_json::from_slice(&body).unwrap(),
        });
        StatusCode::NO_CONTENT
    }

    fn got(&self) -> Vec<Got> {
        self.got.lock().unwrap().clone()
    }

    /// Waits (up to 30 s) until `done` holds of what arrived.
    async fn until(&self, what: &str, done: impl Fn(&[Got]) -> bool) -> Vec<Got> {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let got = self.got();
            if done(&got) {
                return got;
            }
            assert!(Instant::now() < deadline, "{what} never arrived: {got:?}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}

/// A server whose webhooks may reach the loopback, batching every second
/// and retrying after a second.
async fn start(db: crate::support::Db) -> TestApp {
    TestApp::start_with(db, |c| {
        c.operations.webhook_allow_private = true;
        c.operations.webhook_batch_seconds = 1;
        c.operations.webhook_retry_seconds = 1;
    })
    .await
}

/// Registers a webhook as Klungkung's manager: the secret shown once.
async fn register(manager: &Browser, url: &str, events: &[&str]) -> String {
    let csrf = manager.csrf().await;
    let mut pairs = vec![("csrf", csrf.as_str()), ("url", url)];
    pairs.extend(events.iter().map(|e| ("events", *e)));
    let res = manager
        .post("/admin/a/kab-klungkung/webhooks", &pairs)
        .await;
    assert_eq!(res.status(), 200);
    let html = res.text().await.unwrap();
    let start = html
        .find("id=\"webhook-secret\">")
        .expect("the secret is shown once")
        + 20;
    html[start..start + 64].to_string()
}

async fn send(app: &TestApp, n: usize) {
    for _ in 0..n {
        let token = app.form_token("demo").await;
        let mut pairs = demo_answers("dukcapil");
        pairs.push(("token", &token));
        assert_eq!(app.post_form("/s/demo", &pairs).await.status(), 303);
    }
}

fn stored_count(got: &[Got]) -> i64 {
    got.iter()
        .filter(|g| g.event == "responses.stored")
        .map(|g| g.body["data"]["count"].as_i64().unwrap())
        .sum()
}

db_test!(deliveries_are_signed_retried_logged_and_sent_again, |db| {
    let app = start(db).await;
    let (receiver, url) = Receiver::start().await;
    let manager = app.klungkung_manager().await;
    let secret = register(&manager, &url, &["responses.stored", "period.closed"]).await;
    *receiver.secret.lock().unwrap() = secret.clone();
    // The secret is not shown again.
    let page = manager
        .get("/admin/a/kab-klungkung/webhooks")
        .await
        .text()
        .await
        .unwrap();
    assert!(!page.contains(&secret) && page.contains(&url));

    // The receiver is down for its first two deliveries.
    receiver.fail_next.store(2, Ordering::SeqCst);
    send(&app, 3).await;
    let got = receiver
        .until("three stored responses", |g| stored_count(g) == 3)
        .await;
    assert_eq!(receiver.failed.load(Ordering::SeqCst), 2);
    assert_eq!(receiver.refused_signatures.load(Ordering::SeqCst), 0);
    // The three may arrive in one batch or, on a slow machine, in more;
    // each delivery counts its own responses and names its agency.
    for g in got.iter().filter(|g| g.event == "responses.stored") {
        assert_eq!(g.body["agency"], "kab-klungkung");
        assert_eq!(
            g.body["data"]["surveys"]["demo"], g.body["data"]["count"],
            "{g:?}"
        );
        assert_eq!(g.body["id"].as_str().unwrap(), g.delivery);
    }
    let first = &got[0];

    // The log (written once the receiver has answered): every delivery
    // delivered, the two refusals among their attempts.
    let deadline = Instant::now() + Duration::from_secs(30);
    let logged = loop {
        let logged = webhook_delivery::Entity::find()
            .all(app.db())
            .await
            .unwrap();
        let delivered = |d: &&webhook_delivery::Model| {
            d.event != "responses.stored"
                || (d.state.as_str(), d.last_code) == ("delivered", Some(204))
        };
        if logged.iter().all(|d| delivered(&d)) {
            break logged;
        }
        assert!(Instant::now() < deadline, "never logged: {logged:?}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    let stored: Vec<_> = logged
        .iter()
        .filter(|d| d.event == "responses.stored")
        .collect();
    assert_eq!(
        stored.iter().map(|d| d.attempts).sum::<i32>(),
        stored.len() as i32 + 2
    );
    let d = logged
        .iter()
        .find(|d| d.id.to_string() == first.delivery)
        .unwrap();
    let page = manager
        .get("/admin/a/kab-klungkung/webhooks")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("Terkirim") && page.contains("HTTP 204"),
        "{page}"
    );

    // Sent again from the admin page: the same delivery, once more.
    let path = format!(
        "/admin/a/kab-klungkung/webhooks/{}/deliveries/{}/retry",
        d.webhook_id, d.id
    );
    assert_eq!(manager.send(&path, &[]).await, 303);
    receiver
        .until("the delivery sent again", |g| {
            g.iter().filter(|x| x.delivery == first.delivery).count() == 2
        })
        .await;

    // A period closed early by the manager.
    assert_eq!(manager.set_status("demo", "closed").await, 303);
    let got = receiver
        .until("the closed period", |g| {
            g.iter().any(|x| x.event == "period.closed")
        })
        .await;
    let closed = got.iter().find(|x| x.event == "period.closed").unwrap();
    assert_eq!(closed.body["data"]["survey"], "demo");

    // Another agency's manager and an assessor see none of it.
    accounts(&app).await;
    let other = Browser::new(&app);
    assert_eq!(other.login("balikpapan@uji.id", PASSWORD).await, 303);
    assert_eq!(
        other.get("/admin/a/kab-klungkung/webhooks").await.status(),
        404
    );
    assert_eq!(other.send(&path, &[]).await, 404);
    let crossed = format!(
        "/admin/a/kota-balikpapan/webhooks/{}/deliveries/{}/retry",
        d.webhook_id, d.id
    );
    assert_eq!(
        other.send(&crossed, &[]).await,
        404,
        "a delivery of another agency"
    );
    let assessor = Browser::new(&app);
    assert_eq!(assessor.login("penilai@uji.id", PASSWORD).await, 303);
    assert_eq!(
        assessor
            .get("/admin/a/kab-klungkung/webhooks")
            .await
            .status(),
        403
    );

    // Removing asks first, then removes the webhook and its log.
    let remove = format!("/admin/a/kab-klungkung/webhooks/{}/remove", d.webhook_id);
    assert_eq!(manager.send(&remove, &[]).await, 422);
    assert_eq!(manager.send(&remove, &[("confirm", "yes")]).await, 303);
    assert!(
        webhook_delivery::Entity::find()
            .all(app.db())
            .await
            .unwrap()
            .is_empty()
    );
});

db_test!(a_hanging_receiver_never_holds_up_a_citizen, |db| {
    let app = start(db).await;
    let (receiver, url) = Receiver::start().await;
    let manager = app.klungkung_manager().await;
    *receiver.secret.lock().unwrap() = register(&manager, &url, &["responses.stored"]).await;
    receiver.hang.store(true, Ordering::SeqCst);
    send(&app, 1).await;
    let deadline = Instant::now() + Duration::from_secs(30);
    while receiver.hanging.load(Ordering::SeqCst) == 0 {
        assert!(Instant::now() < deadline, "no delivery was attempted");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // While the receiver holds its delivery open, citizens keep sending.
    send(&app, 5).await;
    assert_eq!(app.responses().await, 6);
    assert!(receiver.hanging.load(Ordering::SeqCst) >= 1);
});

db_test!(internal_addresses_are_refused_beside_the_field, |db| {
    let app = TestApp::start(db).await;
    let manager = app.klungkung_manager().await;
    for url in [
        "https://127.0.0.1:9/hook",
        "https://169.254.169.254/latest/meta-data/",
        "https://10.0.0.5/hook",
        "https://[::1]/hook",
    ] {
        let csrf = manager.csrf().await;
        let res = manager
            .post(
                "/admin/a/kab-klungkung/webhooks",
                &[
                    ("csrf", csrf.as_str()),
                    ("url", url),
                    ("events", "responses.stored"),
                ],
            )
            .await;
        assert_eq!(res.status(), 422, "{url}");
        let html = res.text().await.unwrap();
        assert!(html.contains("jaringan internal"), "{url}: {html}");
    }
    let csrf = manager.csrf().await;
    let res = manager
        .post(
            "/admin/a/kab-klungkung/webhooks",
            &[("csrf", csrf.as_str()), ("url", "http://example.org/hook")],
        )
        .await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains("https://") && html.contains("paling sedikit satu kejadian"));
    assert_eq!(
        app.stored::<persepsi_server::store::entities::webhook::Entity>()
            .await,
        0
    );
});

db_test!(a_unit_reaching_its_band_is_announced_once, |db| {
    let app = start(db).await;
    let (receiver, url) = Receiver::start().await;
    let manager = app.klungkung_manager().await;
    *receiver.secret.lock().unwrap() = register(&manager, &url, &["band.changed"]).await;
    // Thirty responses: the band table's least for a band.
    for _ in 0..30 {
        let token = app.api_token("demo").await;
        let body = serde_json::json!({
            "token": token,
            "unit": "dukcapil",
            "answers": crate::support::demo_answers_json(),
        });
        let res = app.post_json("/api/v1/surveys/demo/responses", &body).await;
        assert_eq!(res.status(), 201);
    }
    let got = receiver
        .until("the band", |g| g.iter().any(|x| x.event == "band.changed"))
        .await;
    let band = &got.iter().find(|x| x.event == "band.changed").unwrap().body["data"];
    assert_eq!(band["unit"], "dukcapil");
    assert!(band["from"].is_null(), "{band}");
    assert!(band["to"].as_str().is_some_and(|b| !b.is_empty()), "{band}");
    // Unchanged since: not announced again.
    tokio::time::sleep(Duration::from_millis(2500)).await;
    let bands = receiver
        .got()
        .iter()
        .filter(|x| x.event == "band.changed")
        .count();
    assert_eq!(bands, 1);
});

db_test!(an_agency_cannot_pile_up_webhooks, |db| {
    let app = start(db).await;
    let manager = app.klungkung_manager().await;
    for i in 0..10 {
        register(
            &manager,
            &format!("http://127.0.0.1:9/hook/{i}"),
            &["proof.pending"],
        )
        .await;
    }
    let csrf = manager.csrf().await;
    let res = manager
        .post(
            "/admin/a/kab-klungkung/webhooks",
            &[
                ("csrf", csrf.as_str()),
                ("url", "http://127.0.0.1:9/hook/11"),
                ("events", "proof.pending"),
            ],
        )
        .await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("sudah punya 10 webhook"));
    assert_eq!(
        app.stored::<persepsi_server::store::entities::webhook::Entity>()
            .await,
        10
    );
});
