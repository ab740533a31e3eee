//! Backups as an operator takes them: `persepsi backup` of a live SQLite
//! database under load, `persepsi restore` refused while a server has it
//! open and done once it has stopped; PostgreSQL's `pg_dump` and
//! `pg_restore`, once.

use super::{
    Load, Process, command, every_response_whole, free_port, load_demo, stored_ids, stored_in,
    submit_once,
};
use crate::support::{Db, empty_database};
use persepsi_server::store::entities::{answer, response};
use serde_json::Value;

/// Runs `persepsi ARGS` on `url`: success, and what it printed.
async fn persepsi(url: &str, args: &[&str]) -> (bool, String) {
    let out = command(url)
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .output()
        .await
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}

async fn score(base: &str) -> Value {
    reqwest::get(format!("{base}/api/v1/surveys/demo/score"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_backup_under_load_then_restore() {
    let (url, _db) = empty_database(Db::Sqlite).await;
    let live = persepsi_server::store::db::sqlite_path(&url).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("persepsi-backup.db");
    let copy_arg = copy.to_str().unwrap();
    load_demo(&url).await;
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let server = Process::start(&url, port).await;
    let load = Load::start(&base, 8);
    load.wait_for(150).await;

    let before = load.acked();
    let (ok, said) = persepsi(&url, &["backup", copy_arg]).await;
    assert!(ok, "backup under load: {said}");
    assert!(said.contains("written and checked"), "{said}");
    load.wait_for(before.len() + 50).await;
    // Never over an existing file.
    let (ok, said) = persepsi(&url, &["backup", copy_arg]).await;
    assert!(!ok && said.contains("exists already"), "{said}");
    // Not while a server has the database open: it would go on writing
    // into the file the restore replaced.
    let (ok, said) = persepsi(&url, &["restore", copy_arg]).await;
    assert!(!ok && said.contains("in use"), "{said}");
    assert!(submit_once(&reqwest::Client::new(), &base).await.is_some());

    let attempts = load.attempts();
    let after = load.finish().await;
    assert!(server.terminate().await.success());
    let (ok, said) = persepsi(&url, &["restore", copy_arg]).await;
    assert!(ok, "restore: {said}");
    assert!(said.contains("kept as"), "{said}");
    let kept = std::fs::read_dir(live.parent().unwrap())
        .unwrap()
        .filter_map(|e| e.ok())
        .any(|e| e.file_name().to_string_lossy().contains(".before-restore-"));
    assert!(kept, "the replaced database is kept beside it");

    let restored = stored_ids(&url).await;
    let kept_before = restored.intersection(&before).count();
    let stored = stored_in::<response::Entity>(&url).await;
    let answers = stored_in::<answer::Entity>(&url).await;
    eprintln!(
        "SQLite backup under load: {attempts} submissions tried; {} acknowledged before the backup began, {kept_before} of them in the restored copy; {} acknowledged in all, {stored} in the copy",
        before.len(),
        after.len()
    );
    assert_eq!(
        kept_before,
        before.len(),
        "a response acknowledged before the backup is missing"
    );
    assert!(
        stored < after.len() as u64,
        "the copy is the moment of the backup, not later"
    );
    every_response_whole(stored, answers);
    // The restored database serves, and its score counts what it holds.
    let server = Process::start(&url, port).await;
    assert_eq!(score(&base).await["n"].as_u64(), Some(stored));
    server.kill9().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_damaged_or_foreign_file_is_not_restored() {
    let (url, _db) = empty_database(Db::Sqlite).await;
    load_demo(&url).await;
    let dir = tempfile::tempdir().unwrap();
    let junk = dir.path().join("not-a-database.db");
    std::fs::write(&junk, b"these are not the responses you are looking for").unwrap();
    let (ok, said) = persepsi(&url, &["restore", junk.to_str().unwrap()]).await;
    assert!(!ok && said.contains("not a usable backup"), "{said}");
    let (ok, said) = persepsi(&url, &["restore", "/no/such/backup.db"]).await;
    assert!(!ok && said.contains("no such file"), "{said}");
    // The live database is untouched.
    assert!(persepsi(&url, &["migrate"]).await.0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_pg_dump_and_pg_restore_keep_every_response() {
    if !Db::postgres_configured() {
        eprintln!("TEST_DATABASE_URL is not set: skipped");
        return;
    }
    let (url, _db) = empty_database(Db::Postgres).await;
    load_demo(&url).await;
    let (ok, said) = persepsi(&url, &["backup", "/tmp/never.db"]).await;
    assert!(!ok && said.contains("pg_dump"), "{said}");
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let server = Process::start(&url, port).await;
    let load = Load::start(&base, 4);
    load.wait_for(60).await;
    let acked = load.finish().await;
    let original = score(&base).await;
    server.terminate().await;

    let dir = tempfile::tempdir().unwrap();
    let dump = dir.path().join("persepsi.dump");
    let ran = std::process::Command::new("pg_dump")
        .args(["-Fc", "--no-owner", "-f", dump.to_str().unwrap(), &url])
        .status()
        .unwrap();
    assert!(ran.success(), "pg_dump");
    let (target, _target_db) = empty_database(Db::Postgres).await;
    let ran = std::process::Command::new("pg_restore")
        .args([
            "--no-owner",
            "--exit-on-error",
            "-d",
            &target,
            dump.to_str().unwrap(),
        ])
        .status()
        .unwrap();
    assert!(ran.success(), "pg_restore");
    let restored = stored_ids(&target).await;
    assert!(
        acked.is_subset(&restored),
        "every acknowledged response is restored"
    );
    let server = Process::start(&target, port).await;
    let again = score(&base).await;
    server.kill9().await;
    eprintln!(
        "PostgreSQL pg_dump/pg_restore: {} acknowledged, {} restored, score {} over n = {} before and {} over n = {} after",
        acked.len(),
        restored.len(),
        original["score"],
        original["n"],
        again["score"],
        again["n"]
    );
    assert_eq!(again["n"], original["n"]);
    assert_eq!(again["score"], original["score"]);
}
