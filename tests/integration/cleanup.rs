//! Test databases do not pile up on PostgreSQL: each test's database is
//! dropped when the test ends, passed or panicked, and leftovers of runs
//! killed mid-way are swept an hour later, without touching any other
//! database.

use crate::support::{
    Db, TestApp, TestDatabase, admin_connection, admin_url, drop_postgres_database,
    sweep_leftover_databases, test_database_born,
};
use sea_orm::{ConnectionTrait, Database, DatabaseBackend, Statement};
use std::time::{SystemTime, UNIX_EPOCH};

/// Whether to skip: PostgreSQL is not configured.
fn skip() -> bool {
    if Db::postgres_configured() {
        return false;
    }
    eprintln!("TEST_DATABASE_URL is not set: skipped");
    true
}

/// A number from PostgreSQL about the database `name`.
async fn count_for(sql: &str, name: &str) -> i64 {
    let admin = admin_connection(&admin_url()).await.unwrap();
    let row = admin
        .query_one_raw(Statement::from_sql_and_values(
            DatabaseBackend::Postgres,
            sql,
            [name.into()],
        ))
        .await
        .unwrap()
        .unwrap();
    admin.close().await.ok();
    row.try_get_by_index::<i64>(0).unwrap()
}

/// Whether a database named `name` exists.
async fn exists(name: &str) -> bool {
    count_for("SELECT COUNT(*) FROM pg_database WHERE datname = $1", name).await == 1
}

/// How many sessions are connected to `name`.
async fn sessions(name: &str) -> i64 {
    count_for(
        "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = $1",
        name,
    )
    .await
}

#[test]
fn only_names_of_the_exact_test_form_are_taken_for_test_databases() {
    let hex = "0123456789abcdef0123456789abcdef";
    assert_eq!(
        test_database_born(&format!("persepsi_t_1700000000_{hex}")),
        Some(1_700_000_000)
    );
    for name in [
        "persepsi",
        "test",
        "postgres",
        "persepsi_t_".to_string().as_str(),
        &format!("persepsi_t__{hex}"),
        &format!("persepsi_t_17x0_{hex}"),
        &format!("persepsi_t_1700000000_{hex}0"),
        &format!("persepsi_t_1700000000_{}", &hex[1..]),
        &format!("persepsi_t_1700000000_{}", hex.to_uppercase()),
        &format!("persepsi_t_1700000000_{hex}_keep"),
        &format!("persepsi_tx1700000000_{hex}"),
        &format!("persepsi_keep_{hex}"),
        &format!("xpersepsi_t_1700000000_{hex}"),
    ] {
        assert_eq!(test_database_born(name), None, "{name}");
    }
}

/// A test that ends drops its database, though the server still holds
/// connections to it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_finished_test_drops_its_postgres_database() {
    if skip() {
        return;
    }
    let app = TestApp::start(Db::Postgres).await;
    let name = app.database().postgres_name().unwrap().to_string();
    // One more connection of the test's own, left open.
    let extra = Database::connect(app.database().url()).await.unwrap();
    assert!(exists(&name).await);
    assert!(sessions(&name).await > 0, "the server is connected");
    drop(app);
    assert!(!exists(&name).await, "{name} is left behind");
    drop(extra);
}

/// A test body that panics still drops its database.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_panicking_test_drops_its_postgres_database() {
    if skip() {
        return;
    }
    let (tx, rx) = tokio::sync::oneshot::channel();
    let body = tokio::spawn(async move {
        let app = TestApp::start(Db::Postgres).await;
        tx.send(app.database().postgres_name().unwrap().to_string())
            .unwrap();
        assert!(
            app.stored::<persepsi_server::store::entities::survey::Entity>()
                .await
                > 0
        );
        panic!("a failing test body (on purpose)");
    });
    let err = body.await.expect_err("the body panicked");
    assert!(err.is_panic());
    let name = rx.await.unwrap();
    assert!(!exists(&name).await, "{name} is left behind");
}

/// The same when the guard is held by a task still running when its
/// runtime shuts down, on a thread that is unwinding from a panic.
#[test]
fn a_database_held_by_a_task_of_a_runtime_shutting_down_is_dropped() {
    if skip() {
        return;
    }
    let (tx, rx) = std::sync::mpsc::channel();
    let thread = std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async {
            let database = TestDatabase::create(Db::Postgres).await;
            let conn = Database::connect(database.url()).await.unwrap();
            tx.send(database.postgres_name().unwrap().to_string())
                .unwrap();
            tokio::spawn(async move {
                let (_database, _conn) = (database, conn);
                std::future::pending::<()>().await;
            });
            tokio::task::yield_now().await;
        });
        panic!("a failing test (on purpose), its runtime still holding the database");
    });
    assert!(thread.join().is_err(), "the thread panicked");
    let name = rx.recv().unwrap();
    let rt = tokio::runtime::Runtime::new().unwrap();
    assert!(!rt.block_on(exists(&name)), "{name} is left behind");
}

/// Databases this test made, dropped at its end whatever happens.
struct Made(Vec<String>);

impl Drop for Made {
    fn drop(&mut self) {
        for name in &self.0 {
            if let Err(e) = drop_postgres_database(&admin_url(), name) {
                eprintln!("{e}");
            }
        }
    }
}

/// A run killed mid-way leaves its database (no `Drop` runs); a later run
/// sweeps it once its name is more than an hour old, and leaves alone
/// younger test databases (maybe a run in progress) and every other one.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn leftovers_of_interrupted_runs_are_swept_and_nothing_else() {
    if skip() {
        return;
    }
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let id = || uuid::Uuid::new_v4().simple().to_string();
    let old = format!("persepsi_t_{}_{}", now - 7200, id());
    let young = format!("persepsi_t_{now}_{}", id());
    let unrelated = format!("persepsi_keep_{}", id());
    let lookalike = format!("persepsi_t_{}_{}_keep", now - 7200, id());
    let made = Made(vec![
        old.clone(),
        young.clone(),
        unrelated.clone(),
        lookalike.clone(),
    ]);
    let admin = admin_connection(&admin_url()).await.unwrap();
    for name in &made.0 {
        admin
            .execute_unprepared(&format!("CREATE DATABASE \"{name}\""))
            .await
            .unwrap();
    }
    // Other tests sweep too, as they start: whichever sweep comes first
    // drops it.
    let swept = sweep_leftover_databases(&admin).await;
    admin.close().await.ok();
    assert!(!exists(&old).await, "the old leftover is swept");
    assert!(exists(&young).await, "a young test database is left");
    assert!(exists(&unrelated).await, "another database is left");
    assert!(exists(&lookalike).await, "a look-alike name is left");
    for name in &swept {
        assert!(test_database_born(name).is_some(), "{name} was swept");
    }
    drop(made);
    for name in [old, young, unrelated, lookalike] {
        assert!(!exists(&name).await, "{name} is cleaned up");
    }
}
