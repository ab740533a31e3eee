//! SIGTERM under load, as systemd stops a service for an upgrade: the
//! server stops taking connections, finishes every request under way
//! (one of them still sending its body when the signal comes) and exits;
//! every acknowledged response is stored, whole and counted.

use super::{Load, Process, every_response_whole, free_port, load_demo, stored_ids, stored_in};
use crate::support::{Db, demo_answers_json, empty_database};
use persepsi_server::store::entities::{answer, response};
use serde_json::{Value, json};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

async fn sigterm_under_load(db: Db) {
    let (url, _db) = empty_database(db).await;
    load_demo(&url).await;
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let server = Process::start(&url, port).await;
    let load = Load::start(&base, 8);
    load.wait_for(100).await;

    // A citizen on a slow line: the headers and half the body are in when
    // the signal comes, the rest after it.
    let def: Value = reqwest::get(format!("{base}/api/v1/surveys/demo"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let body = json!({ "token": def["token"], "unit": "dukcapil", "answers": demo_answers_json() })
        .to_string();
    let mut slow = tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .unwrap();
    let head = format!(
        "POST /api/v1/surveys/demo/responses HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let (first, rest) = body.split_at(body.len() / 2);
    slow.write_all(head.as_bytes()).await.unwrap();
    slow.write_all(first.as_bytes()).await.unwrap();
    tokio::time::sleep(Duration::from_millis(200)).await;

    let acked_before = load.acked().len();
    server.sigterm().await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    // Stopped taking connections, still finishing the one under way.
    assert!(
        tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .is_err(),
        "a new connection is refused once SIGTERM is in"
    );
    slow.write_all(rest.as_bytes()).await.unwrap();
    let mut reply = String::new();
    slow.read_to_string(&mut reply).await.unwrap();
    assert!(
        reply.starts_with("HTTP/1.1 201"),
        "the request under way is answered in full: {reply}"
    );
    let slow_id: Value = serde_json::from_str(reply.split("\r\n\r\n").nth(1).unwrap()).unwrap();
    let slow_id = slow_id["id"].as_str().unwrap().to_string();

    let status = server.terminate_sent().await;
    let attempts = load.attempts();
    let mut acked = load.finish().await;
    acked.insert(slow_id.clone());
    assert!(status.success(), "the server exits cleanly: {status}");

    let ids = stored_ids(&url).await;
    let present = ids.intersection(&acked).count();
    let stored = stored_in::<response::Entity>(&url).await;
    let answers = stored_in::<answer::Entity>(&url).await;
    eprintln!(
        "SIGTERM under load ({db:?}): {attempts} submissions tried, {} acknowledged ({acked_before} before the signal), {present} of them stored; the request still sending its body was answered 201 and stored; exit {status}",
        acked.len()
    );
    assert!(
        ids.contains(&slow_id),
        "the slow citizen's response is stored"
    );
    assert_eq!(present, acked.len(), "an acknowledged response was lost");
    every_response_whole(stored, answers);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_under_load_sqlite() {
    sigterm_under_load(Db::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_under_load_postgres() {
    if !Db::postgres_configured() {
        eprintln!("TEST_DATABASE_URL is not set: PostgreSQL half skipped");
        return;
    }
    sigterm_under_load(Db::Postgres).await;
}
