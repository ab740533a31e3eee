//! Test databases: which kind a test runs on, the guard that removes a
//! test's own database when dropped, and the sweep of PostgreSQL test
//! databases left behind by interrupted runs.

use sea_orm::{ConnectOptions, ConnectionTrait, Database, DatabaseConnection, Statement};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Which database a test runs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Db {
    Sqlite,
    Postgres,
}

impl Db {
    /// Whether PostgreSQL tests should run.
    pub fn postgres_configured() -> bool {
        std::env::var("TEST_DATABASE_URL").is_ok_and(|u| !u.is_empty())
    }
}

/// A new, empty database of kind `db`: its URL, and the guard that
/// removes it when dropped. Keep the guard in a named binding (`_db`, not
/// `_`) until the test is done with the database.
pub async fn empty_database(db: Db) -> (String, TestDatabase) {
    let database = TestDatabase::create(db).await;
    (database.url().to_string(), database)
}

/// A test's own database, removed when this is dropped, whether the test
/// passed or panicked: the SQLite file's folder is deleted; the PostgreSQL
/// database is dropped with its connections closed first
/// (`DROP DATABASE … WITH (FORCE)`). A run killed before that leaves the
/// database behind; [`sweep_leftover_databases`] removes it an hour later.
pub struct TestDatabase {
    url: String,
    _dir: Option<tempfile::TempDir>,
    postgres: Option<PostgresName>,
}

/// Where a PostgreSQL test database lives, to drop it.
struct PostgresName {
    admin_url: String,
    name: String,
}

impl TestDatabase {
    /// A new, empty database of kind `db`.
    pub async fn create(db: Db) -> Self {
        match db {
            Db::Sqlite => {
                let dir = tempfile::tempdir().expect("temp dir");
                let url = format!("sqlite://{}/persepsi.db", dir.path().display());
                TestDatabase {
                    url,
                    _dir: Some(dir),
                    postgres: None,
                }
            }
            Db::Postgres => fresh_postgres().await,
        }
    }

    /// The URL to connect to.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The database's name on PostgreSQL (`persepsi_t_<secs>_<hex>`).
    pub fn postgres_name(&self) -> Option<&str> {
        self.postgres.as_ref().map(|p| p.name.as_str())
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        let Some(pg) = self.postgres.take() else {
            return;
        };
        if let Err(e) = drop_postgres_database(&pg.admin_url, &pg.name) {
            // A second panic while unwinding would abort the whole run.
            if std::thread::panicking() {
                eprintln!("{e}");
            } else {
                panic!("{e}");
            }
        }
    }
}

/// The URL of the PostgreSQL admin database the tests create theirs from.
pub fn admin_url() -> String {
    std::env::var("TEST_DATABASE_URL").expect("TEST_DATABASE_URL is set")
}

/// Drops the PostgreSQL database `name` (if it exists), closing its
/// connections first. Blocking: it runs on a thread of its own with its own
/// runtime, so that it works from `Drop`, inside a runtime or not, even one
/// that is shutting down.
pub fn drop_postgres_database(admin_url: &str, name: &str) -> Result<(), String> {
    let (admin_url, owned) = (admin_url.to_string(), name.to_string());
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| e.to_string())?;
        rt.block_on(async {
            let admin = admin_connection(&admin_url).await?;
            let sql = format!("DROP DATABASE IF EXISTS \"{owned}\" WITH (FORCE)");
            // A connection racing the drop can make one attempt fail.
            let mut result = Ok(());
            for attempt in 0..5 {
                if attempt > 0 {
                    tokio::time::sleep(Duration::from_millis(200)).await;
                }
                result = admin
                    .execute_unprepared(&sql)
                    .await
                    .map(|_| ())
                    .map_err(|e| e.to_string());
                if result.is_ok() {
                    break;
                }
            }
            admin.close().await.ok();
            result
        })
    })
    .join()
    .unwrap_or_else(|_| Err("the thread dropping it panicked".to_string()))
    .map_err(|e| format!("could not drop the test database {name}: {e}"))
}

/// One connection to the PostgreSQL admin database.
pub async fn admin_connection(admin_url: &str) -> Result<DatabaseConnection, String> {
    let mut opts = ConnectOptions::new(admin_url.to_string());
    opts.max_connections(1)
        .min_connections(0)
        .connect_timeout(Duration::from_secs(10))
        .acquire_timeout(Duration::from_secs(10))
        .sqlx_logging(false);
    Database::connect(opts).await.map_err(|e| {
        format!("TEST_DATABASE_URL is set but PostgreSQL cannot be reached ({admin_url}): {e}")
    })
}

/// How long a test database may live before a later run takes it for the
/// leftover of an interrupted run.
pub const LEFTOVER_AGE: Duration = Duration::from_secs(3600);

/// The time in a test database's name, `persepsi_t_<secs>_<32 hex>`;
/// `None` for any other name.
pub fn test_database_born(name: &str) -> Option<u64> {
    let (secs, hex) = name.strip_prefix("persepsi_t_")?.split_once('_')?;
    let is_hex = hex.len() == 32 && hex.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
    if secs.is_empty() || !secs.bytes().all(|b| b.is_ascii_digit()) || !is_hex {
        return None;
    }
    secs.parse().ok()
}

/// Seconds since 1970.
fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

/// Drops the test databases left by interrupted runs: those named exactly
/// `persepsi_t_<secs>_<32 hex>` whose time is more than [`LEFTOVER_AGE`]
/// ago. Younger ones may belong to a run in progress; other databases are
/// never touched. Returns the names dropped.
pub async fn sweep_leftover_databases(admin: &DatabaseConnection) -> Vec<String> {
    let now = unix_now();
    let rows = admin
        .query_all_raw(Statement::from_string(
            admin.get_database_backend(),
            r"SELECT datname FROM pg_database WHERE datname LIKE 'persepsi\_t\_%'".to_string(),
        ))
        .await
        .expect("list the databases");
    let mut dropped = Vec::new();
    for row in rows {
        let name: String = row.try_get_by_index(0).unwrap();
        let Some(born) = test_database_born(&name) else {
            continue;
        };
        if born.saturating_add(LEFTOVER_AGE.as_secs()) < now
            && admin
                .execute_unprepared(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
                .await
                .is_ok()
        {
            dropped.push(name);
        }
    }
    dropped
}

/// A new, empty PostgreSQL database for one test. Databases left by runs
/// more than an hour old are dropped on the way.
async fn fresh_postgres() -> TestDatabase {
    let admin_url = admin_url();
    let admin = admin_connection(&admin_url)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    sweep_leftover_databases(&admin).await;
    let name = format!(
        "persepsi_t_{}_{}",
        unix_now(),
        uuid::Uuid::new_v4().simple()
    );
    admin
        .execute_unprepared(&format!("CREATE DATABASE \"{name}\""))
        .await
        .expect("create a test database");
    admin.close().await.ok();
    let (prefix, _) = admin_url
        .rsplit_once('/')
        .expect("a database URL ends in /NAME");
    TestDatabase {
        url: format!("{prefix}/{name}"),
        _dir: None,
        postgres: Some(PostgresName { admin_url, name }),
    }
}
