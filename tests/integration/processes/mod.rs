//! The real `persepsi` binary as separate processes: killed with SIGKILL
//! under load and restarted (nothing acknowledged is lost), and two servers
//! on one PostgreSQL (one token, one response); stopped with SIGTERM under
//! load (`shutdown`); backed up and restored under load (`backup`). `make
//! test` runs these with their figures printed.

mod backup;
mod cluster;
mod shutdown;

use crate::support::{Db, count_stored, demo_answers_json, empty_database};
use persepsi_server::store::entities::{answer, response};
use serde_json::{Value, json};
use std::collections::HashSet;
use std::process::Stdio;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::process::{Child, Command};

const BIN: &str = env!("CARGO_BIN_EXE_persepsi");

/// Settings for a server under test: limits out of the way (these tests
/// are about durability, not rate limits), quiet logs.
fn command(url: &str) -> Command {
    let mut c = Command::new(BIN);
    c.env("DATABASE_URL", url)
        .env("PERSEPSI_MIN_FILL_SECONDS", "0")
        .env("PERSEPSI_FILL_SECONDS_PER_QUESTION", "0")
        // One address, thousands of answers a minute: a flood by design.
        .env("PERSEPSI_BURST_FLOOR", "100000000")
        .env("PERSEPSI_REPEAT_FLOOR", "100000000")
        .env("PERSEPSI_LIMIT_SUBMIT_NETWORK", "1000000/60")
        .env("PERSEPSI_LIMIT_SUBMIT_SURVEY", "1000000/60")
        .env("PERSEPSI_LIMIT_FORM_NETWORK", "1000000/60")
        .env("PERSEPSI_DB_CONNECTIONS", "8")
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .kill_on_drop(true);
    c
}

/// A free local port.
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A running server process.
struct Process {
    child: Child,
}

impl Process {
    /// Starts `persepsi serve` on `port` and waits until it answers.
    async fn start(url: &str, port: u16) -> Self {
        Self::start_with(url, port, &[]).await
    }

    /// Same, with the settings in `env` too.
    async fn start_with(url: &str, port: u16, env: &[(&str, &str)]) -> Self {
        let child = command(url)
            .envs(env.iter().copied())
            .args(["serve", "--addr", &format!("127.0.0.1:{port}")])
            .spawn()
            .expect("the persepsi binary starts");
        let client = reqwest::Client::new();
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            if let Ok(r) = client
                .get(format!("http://127.0.0.1:{port}/readyz"))
                .send()
                .await
                && r.status() == 200
            {
                return Process { child };
            }
            assert!(Instant::now() < deadline, "the server did not come up");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// SIGTERM, as systemd sends to stop a service; the exit status once
    /// the process has ended (within 30 s).
    async fn terminate(self) -> std::process::ExitStatus {
        self.sigterm().await;
        self.terminate_sent().await
    }

    /// The exit status once the process, already sent SIGTERM, has ended
    /// (within 30 s).
    async fn terminate_sent(mut self) -> std::process::ExitStatus {
        tokio::time::timeout(Duration::from_secs(30), self.child.wait())
            .await
            .expect("the server ends within 30 s of SIGTERM")
            .unwrap()
    }

    /// Sends SIGTERM without waiting.
    async fn sigterm(&self) {
        let pid = self.child.id().expect("still running").to_string();
        let sent = Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .await
            .unwrap();
        assert!(sent.success());
    }

    /// SIGKILL: no shutdown, no flushing, as a power cut or the OOM killer.
    async fn kill9(mut self) {
        self.child.start_kill().unwrap();
        self.child.wait().await.unwrap();
    }
}

/// Loads the demo surveys with the CLI.
async fn load_demo(url: &str) {
    let status = command(url)
        .args(["demo", "--responses", "0"])
        .status()
        .await
        .unwrap();
    assert!(status.success(), "persepsi demo failed");
}

/// One submission through the API: the id when acknowledged.
async fn submit_once(client: &reqwest::Client, base: &str) -> Option<(String, Value)> {
    let def: Value = client
        .get(format!("{base}/api/v1/surveys/demo"))
        .send()
        .await
        .ok()?
        .json()
        .await
        .ok()?;
    let token = def["token"].as_str()?.to_string();
    let res = client
        .post(format!("{base}/api/v1/surveys/demo/responses"))
        .json(&json!({ "token": token, "unit": "dukcapil", "answers": demo_answers_json() }))
        .send()
        .await
        .ok()?;
    if !res.status().is_success() {
        return None;
    }
    let body: Value = res.json().await.ok()?;
    Some((token, body["id"].clone()))
}

/// Every stored response id, read back through the entity (ids are
/// stored as UUIDs on PostgreSQL and as bytes on SQLite).
async fn stored_ids(url: &str) -> HashSet<String> {
    use sea_orm::{Database, EntityTrait, QuerySelect};
    let db = Database::connect(url).await.unwrap();
    let ids: Vec<uuid::Uuid> = response::Entity::find()
        .select_only()
        .column(response::Column::Id)
        .into_tuple()
        .all(&db)
        .await
        .unwrap();
    db.close().await.ok();
    ids.into_iter().map(|i| i.to_string()).collect()
}

/// How many `E` are stored in the database at `url`.
async fn stored_in<E>(url: &str) -> u64
where
    E: sea_orm::EntityTrait,
    E::Model: Sync,
{
    let db = sea_orm::Database::connect(url).await.unwrap();
    let n = count_stored::<E>(&db, sea_orm::Condition::all()).await;
    db.close().await.ok();
    n
}

/// No half-written response: each of `stored` has all its `answers`.
fn every_response_whole(stored: u64, answers: u64) {
    let per_response = demo_answers_json().as_object().unwrap().len() as u64;
    assert_eq!(answers, stored * per_response, "no half-written response");
}

/// Submitters sending through the API as fast as they are answered,
/// keeping the id of every acknowledged response.
struct Load {
    acked: Arc<Mutex<HashSet<String>>>,
    attempts: Arc<AtomicUsize>,
    stop: Arc<AtomicBool>,
    workers: Vec<tokio::task::JoinHandle<()>>,
}

impl Load {
    /// `n` submitters against `base`.
    fn start(base: &str, n: usize) -> Self {
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(5))
            .build()
            .unwrap();
        Self::start_using(base, n, client)
    }

    /// Same, sending with `client`.
    fn start_using(base: &str, n: usize, client: reqwest::Client) -> Self {
        let acked = Arc::new(Mutex::new(HashSet::<String>::new()));
        let attempts = Arc::new(AtomicUsize::new(0));
        let stop = Arc::new(AtomicBool::new(false));
        let mut workers = Vec::new();
        for _ in 0..n {
            let (acked, attempts, stop, base, client) = (
                acked.clone(),
                attempts.clone(),
                stop.clone(),
                base.to_string(),
                client.clone(),
            );
            workers.push(tokio::spawn(async move {
                while !stop.load(Ordering::Relaxed) {
                    attempts.fetch_add(1, Ordering::Relaxed);
                    match submit_once(&client, &base).await {
                        Some((_, id)) => {
                            acked
                                .lock()
                                .unwrap()
                                .insert(id.as_str().unwrap().to_string());
                        }
                        None => tokio::time::sleep(Duration::from_millis(20)).await,
                    }
                }
            }));
        }
        Load {
            acked,
            attempts,
            stop,
            workers,
        }
    }

    /// Waits until `n` responses in all have been acknowledged.
    async fn wait_for(&self, n: usize) {
        let deadline = Instant::now() + Duration::from_secs(60);
        while self.acked.lock().unwrap().len() < n {
            assert!(
                Instant::now() < deadline,
                "too few acknowledged: {}",
                self.acked.lock().unwrap().len()
            );
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }

    /// The ids acknowledged so far.
    fn acked(&self) -> HashSet<String> {
        self.acked.lock().unwrap().clone()
    }

    /// Submissions tried so far.
    fn attempts(&self) -> usize {
        self.attempts.load(Ordering::Relaxed)
    }

    /// Stops the submitters; every id acknowledged.
    async fn finish(self) -> HashSet<String> {
        self.stop.store(true, Ordering::Relaxed);
        for w in self.workers {
            w.await.unwrap();
        }
        self.acked.lock().unwrap().clone()
    }
}

/// Submitters hammer a server; it is killed with SIGKILL mid-load and
/// restarted on the same port while they carry on. Every acknowledged
/// response must be there afterwards, complete, and counted in its score.
async fn crash(db: Db) {
    let (url, _db) = empty_database(db).await;
    load_demo(&url).await;
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let server = Process::start(&url, port).await;

    let load = Load::start(&base, 8);
    // Let a good number be acknowledged, then pull the plug.
    load.wait_for(150).await;
    server.kill9().await;
    let acked_at_kill = load.acked().len();
    tokio::time::sleep(Duration::from_millis(300)).await;
    let server = Process::start(&url, port).await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    let attempts = load.attempts();
    let acked = load.finish().await;

    let stored = stored_in::<response::Entity>(&url).await;
    let present = stored_ids(&url).await.intersection(&acked).count();
    let answers = stored_in::<answer::Entity>(&url).await;
    let score: Value = reqwest::get(format!("{base}/api/v1/surveys/demo/score"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    server.kill9().await;
    eprintln!(
        "crash test ({db:?}): {} submissions tried, {} acknowledged ({acked_at_kill} before the kill -9, {} after it), {present} of them present after the restart; {stored} stored in all ({} committed but unacknowledged when the process died)",
        attempts,
        acked.len(),
        acked.len() - acked_at_kill,
        stored.saturating_sub(present as u64),
    );
    assert_eq!(present, acked.len(), "an acknowledged response was lost");
    assert!(
        acked.len() > acked_at_kill,
        "submissions resumed after the restart"
    );
    every_response_whole(stored, answers);
    assert_eq!(
        score["n"].as_u64(),
        Some(stored),
        "the score counts every stored response"
    );
}

mod crash_then_restart {
    use super::*;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn sqlite() {
        crash(Db::Sqlite).await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn postgres() {
        if !Db::postgres_configured() {
            eprintln!("TEST_DATABASE_URL is not set: PostgreSQL half skipped");
            return;
        }
        crash(Db::Postgres).await;
    }
}

/// One token sent to two servers on one PostgreSQL at the same instant:
/// one response, both servers answer with its id.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_servers_one_postgres_one_token_one_response() {
    if !Db::postgres_configured() {
        eprintln!("TEST_DATABASE_URL is not set: skipped");
        return;
    }
    let (url, _db) = empty_database(Db::Postgres).await;
    load_demo(&url).await;
    let (pa, pb) = (free_port(), free_port());
    let (a, b) = tokio::join!(Process::start(&url, pa), Process::start(&url, pb));
    let client = reqwest::Client::new();
    let rounds = 25;
    let mut created = 0;
    for _ in 0..rounds {
        let def: Value = client
            .get(format!("http://127.0.0.1:{pa}/api/v1/surveys/demo"))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let body =
            json!({ "token": def["token"], "unit": "dukcapil", "answers": demo_answers_json() });
        let send = |port: u16| {
            client
                .post(format!(
                    "http://127.0.0.1:{port}/api/v1/surveys/demo/responses"
                ))
                .json(&body)
                .send()
        };
        let (ra, rb) = tokio::join!(send(pa), send(pb));
        let (ra, rb) = (ra.unwrap(), rb.unwrap());
        let statuses = [ra.status().as_u16(), rb.status().as_u16()];
        created += statuses.iter().filter(|s| **s == 201).count();
        assert!(
            statuses.contains(&201) && statuses.contains(&200),
            "{statuses:?}"
        );
        let (ia, ib): (Value, Value) = (ra.json().await.unwrap(), rb.json().await.unwrap());
        assert_eq!(ia["id"], ib["id"], "both servers name the same response");
    }
    assert_eq!(created, rounds);
    assert_eq!(stored_in::<response::Entity>(&url).await, rounds as u64);
    eprintln!(
        "two servers on one PostgreSQL: {rounds} tokens each sent to both at once, {rounds} responses stored"
    );
    a.kill9().await;
    b.kill9().await;
}
