//! What the tests share: [`TestApp`], a server on a fresh database
//! listening on a random port; the [`db_test!`](crate::db_test) macro that
//! runs a test once per database; the test database guard and the sweep of
//! leftovers; the signed-in [`Browser`]; and the answer sets and HTML
//! readers the tests post and check with.

mod answers;
mod app;
mod browser;
mod database;
mod html;
pub mod photos;
mod uploads;

pub use answers::*;
pub use app::*;
pub use browser::*;
pub use database::*;
pub use html::*;
pub use uploads::*;

/// Runs a test body once per database.
#[macro_export]
macro_rules! db_test {
    ($name:ident, |$db:ident| $body:block) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                let $db = $crate::support::Db::Sqlite;
                $body
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                if !$crate::support::Db::postgres_configured() {
                    eprintln!("TEST_DATABASE_URL is not set: PostgreSQL half skipped");
                    return;
                }
                let $db = $crate::support::Db::Postgres;
                $body
            }
        }
    };
}
