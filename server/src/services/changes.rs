//! Several servers on one PostgreSQL behave as one: a change made through
//! one (a survey closed, a unit renamed, a response set aside) is announced
//! on the channel [`CHANNEL`] with `NOTIFY`, and every server that
//! `LISTEN`s forgets what it kept of it at once, instead of after its
//! caches' few seconds. SQLite has one server: nothing to announce.

use sea_orm::sqlx::postgres::PgListener;
use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, Statement};
use std::time::Duration;
use tokio::sync::mpsc;

/// The channel every server listens on.
pub const CHANNEL: &str = "persepsi_changes";

/// What changed, as announced.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// An agency, unit, survey or its questions: the citizen's pages.
    Surveys,
    /// Which responses count: scores and rankings.
    Scores,
}

impl Change {
    fn payload(self) -> &'static str {
        match self {
            Change::Surveys => "surveys",
            Change::Scores => "scores",
        }
    }

    fn parse(payload: &str) -> Option<Change> {
        match payload {
            "surveys" => Some(Change::Surveys),
            "scores" => Some(Change::Scores),
            _ => None,
        }
    }
}

/// Sends this server's changes to the others, in order, without making
/// the request that made them wait.
pub struct Announcer {
    tx: Option<mpsc::UnboundedSender<Change>>,
}

impl Announcer {
    /// On PostgreSQL, a task that sends each change with `pg_notify`; on
    /// SQLite, nothing.
    pub fn start(db: &DatabaseConnection) -> Self {
        if db.get_database_backend() != DbBackend::Postgres {
            return Announcer { tx: None };
        }
        let (tx, mut rx) = mpsc::unbounded_channel::<Change>();
        let db = db.clone();
        tokio::spawn(async move {
            while let Some(change) = rx.recv().await {
                let sent = db
                    .execute_raw(Statement::from_sql_and_values(
                        DbBackend::Postgres,
                        "SELECT pg_notify($1, $2)",
                        [CHANNEL.into(), change.payload().into()],
                    ))
                    .await;
                if let Err(e) = sent {
                    tracing::warn!(error = %e, "could not tell the other servers of a change");
                }
            }
        });
        Announcer { tx: Some(tx) }
    }

    /// Tells the other servers.
    pub fn announce(&self, change: Change) {
        if let Some(tx) = &self.tx {
            let _ = tx.send(change);
        }
    }
}

/// On PostgreSQL, listens for the other servers' changes on a connection
/// of its own (to `url`) for as long as the process runs, and hands each
/// to `forget`; after a lost connection it hands it every kind of change,
/// since it may have missed some.
pub fn listen(url: &str, forget: impl Fn(Change) + Send + Sync + 'static) {
    if !url.starts_with("postgres") {
        return;
    }
    let url = url.to_string();
    tokio::spawn(async move {
        let mut wait = Duration::from_secs(1);
        loop {
            match PgListener::connect(&url).await {
                Ok(mut listener) => match listener.listen(CHANNEL).await {
                    Ok(()) => {
                        wait = Duration::from_secs(1);
                        forget(Change::Surveys);
                        forget(Change::Scores);
                        receive(&forget, &mut listener).await;
                    }
                    Err(e) => {
                        tracing::warn!(error = %e, "could not listen for other servers' changes")
                    }
                },
                Err(e) if gone(&e) => {
                    tracing::info!("the database is gone: no longer listening for changes");
                    return;
                }
                Err(e) => tracing::warn!(error = %e, "could not listen for other servers' changes"),
            }
            tokio::time::sleep(wait).await;
            wait = (wait * 2).min(Duration::from_secs(60));
        }
    });
}

/// Applies notifications until the connection fails for good.
async fn receive(forget: &impl Fn(Change), listener: &mut PgListener) {
    loop {
        match listener.try_recv().await {
            Ok(Some(note)) => {
                if let Some(change) = Change::parse(note.payload()) {
                    forget(change);
                }
            }
            // The connection was lost and is being made again: whatever
            // was announced meanwhile is unknown.
            Ok(None) => {
                forget(Change::Surveys);
                forget(Change::Scores);
            }
            Err(e) => {
                tracing::warn!(error = %e, "lost the connection that hears other servers' changes");
                return;
            }
        }
    }
}

/// Whether the database itself no longer exists (SQLSTATE 3D000).
fn gone(e: &sea_orm::sqlx::Error) -> bool {
    e.as_database_error()
        .and_then(|d| d.code())
        .is_some_and(|c| c == "3D000")
}
