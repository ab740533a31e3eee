//! The database goes away mid-run: citizens get a 503 with `Retry-After`
//! and a readable page, nothing is half-written, and the same form goes
//! through once the database is back, without restarting the server.
//!
//! PostgreSQL is cut off for real: the server reaches it through a TCP
//! relay that the test stops (every connection dropped, new ones refused)
//! and starts again. SQLite has no network; its outage is another process
//! holding the write lock (a backup tool, a stuck script) past the busy
//! timeout.

use crate::db_test;
use crate::support::{Db, TestApp, demo_answers, demo_answers_json};
use sea_orm::{ConnectionTrait, Database, TransactionTrait};
use serde_json::json;
use std::net::SocketAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};
use tokio::task::JoinHandle;

/// A TCP relay to PostgreSQL that can be cut and restored.
struct Relay {
    port: u16,
    target: SocketAddr,
    task: Mutex<Option<JoinHandle<()>>>,
}

impl Relay {
    async fn start(target: SocketAddr) -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let relay = Relay {
            port: listener.local_addr().unwrap().port(),
            target,
            task: Mutex::new(None),
        };
        relay.serve(listener);
        relay
    }

    fn serve(&self, listener: tokio::net::TcpListener) {
        let target = self.target;
        let task = tokio::spawn(async move {
            // Dropped with this task: every relayed connection ends with it.
            let mut connections = tokio::task::JoinSet::new();
            loop {
                let Ok((mut inbound, _)) = listener.accept().await else {
                    continue;
                };
                connections.spawn(async move {
                    if let Ok(mut outbound) = tokio::net::TcpStream::connect(target).await {
                        let _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound).await;
                    }
                });
            }
        });
        *self.task.lock().unwrap() = Some(task);
    }

    /// The database "stops": open connections drop, new ones are refused.
    async fn cut(&self) {
        let task = self.task.lock().unwrap().take().unwrap();
        task.abort();
        let _ = task.await;
    }

    /// The database is back, on the same address.
    async fn restore(&self) {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", self.port))
            .await
            .unwrap();
        self.serve(listener);
    }
}

/// `url` with its host and port replaced by the relay's.
fn through(url: &str, port: u16) -> String {
    let at = url
        .rfind('@')
        .map(|i| i + 1)
        .unwrap_or(url.find("://").unwrap() + 3);
    let slash = at + url[at..].find('/').unwrap();
    format!("{}127.0.0.1:{port}{}", &url[..at], &url[slash..])
}

/// Where `url` points.
fn target_of(url: &str) -> SocketAddr {
    let at = url
        .rfind('@')
        .map(|i| i + 1)
        .unwrap_or(url.find("://").unwrap() + 3);
    let slash = at + url[at..].find('/').unwrap();
    let host_port = &url[at..slash];
    let host_port = if host_port.contains(':') {
        host_port.to_string()
    } else {
        format!("{host_port}:5432")
    };
    use std::net::ToSocketAddrs;
    host_port.to_socket_addrs().unwrap().next().unwrap()
}

/// Posts the form until it is accepted (303), for at most `within`.
async fn until_accepted(app: &TestApp, pairs: &[(&str, &str)], within: Duration) -> u32 {
    let deadline = Instant::now() + within;
    let mut tries = 0;
    loop {
        tries += 1;
        let status = app.post_form("/s/demo", pairs).await.status();
        if status == 303 {
            return tries;
        }
        assert_eq!(status, 503, "only 503 while the database recovers");
        assert!(Instant::now() < deadline, "no recovery in {within:?}");
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
}

async fn assert_unavailable(res: reqwest::Response) {
    assert_eq!(res.status(), 503);
    let retry: u64 = res.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(retry >= 1);
    assert!(res.text().await.unwrap().contains("Layanan sedang sibuk"));
}

db_test!(
    a_database_outage_answers_503_and_recovers_without_restart,
    |db| {
        let relay = match db {
            Db::Postgres => {
                let url = std::env::var("TEST_DATABASE_URL").unwrap();
                Some(Relay::start(target_of(&url)).await)
            }
            Db::Sqlite => None,
        };
        let relay_port = relay.as_ref().map(|r| r.port);
        let mut url = String::new();
        let app = TestApp::start_with(db, |c| {
            if let Some(port) = relay_port {
                c.database.database_url = through(&c.database.database_url, port);
            }
            url = c.database.database_url.clone();
        })
        .await;
        let ok = app.form_token("demo").await;
        let mut pairs = demo_answers("dukcapil");
        pairs.push(("token", &ok));
        assert_eq!(app.post_form("/s/demo", &pairs).await.status(), 303);

        let token = app.form_token("demo").await;
        let api_token = app.api_token("demo").await;
        let mut pairs = demo_answers("dukcapil");
        pairs.push(("token", &token));

        let started = Instant::now();
        match &relay {
            Some(relay) => {
                relay.cut().await;
                assert_unavailable(app.post_form("/s/demo", &pairs).await).await;
                assert_eq!(app.get("/readyz").await.status(), 503);
                let res = app
                .post_json(
                    "/api/v1/surveys/demo/responses",
                    &json!({ "token": api_token, "unit": "dukcapil", "answers": demo_answers_json() }),
                )
                .await;
                assert_eq!(res.status(), 503);
                assert!(res.headers().contains_key("retry-after"));
                relay.restore().await;
            }
            None => {
                let locker = Database::connect(&url).await.unwrap();
                let txn = locker.begin().await.unwrap();
                // Raw SQL: another program's write, holding the lock.
                txn.execute_unprepared("UPDATE setting SET value = value")
                    .await
                    .unwrap();
                assert_unavailable(app.post_form("/s/demo", &pairs).await).await;
                txn.rollback().await.unwrap();
                locker.close().await.unwrap();
            }
        }
        let tries = until_accepted(&app, &pairs, Duration::from_secs(30)).await;
        eprintln!(
            "outage ({db:?}): 503 while down, accepted again after {tries} tries, {:.1} s after the outage began",
            started.elapsed().as_secs_f64()
        );
        // Exactly the two responses, each whole, both in the score.
        assert_eq!(app.responses().await, 2);
        assert_eq!(app.answers().await, 2 * 11);
        assert_eq!(app.score("demo").await["n"], 2);
        assert_eq!(app.get("/readyz").await.status(), 200);
    }
);
