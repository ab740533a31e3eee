//! Group commit. Submissions that arrive together are stored together: a
//! worker takes whatever is queued when it is free (up to [`MAX_BATCH`]),
//! stores it in one transaction with [`responses::store_many`] and answers
//! each submitter only after that transaction has committed. Nothing waits
//! to fill a batch: alone, a response is stored at once; under load, many
//! share one commit (one disk flush), one statement for their responses,
//! one for their answers and one tally update per unit and month.
//!
//! SQLite has one writer at a time anyway, so it gets one worker (no lock
//! contention, no busy waits); PostgreSQL gets a few, which commit in
//! parallel.

use crate::error::is_outage;
use crate::metrics::Metrics;
use crate::store::responses::{self, NewResponse, StoreError, Stored};
use app::domain::instrument::Instrument;
use sea_orm::{DatabaseConnection, DbErr, RuntimeErr};
use std::sync::Arc;
use tokio::sync::{Mutex, mpsc, oneshot};

/// Most responses one transaction takes.
pub const MAX_BATCH: usize = 256;

/// Submissions waiting beyond this make their senders wait too.
const QUEUE: usize = 4_096;

struct Job {
    instrument: Arc<Instrument>,
    new: NewResponse,
    reply: oneshot::Sender<Result<Stored, StoreError>>,
}

/// The way into the workers.
pub struct Writer {
    jobs: mpsc::Sender<Job>,
}

/// What a worker needs besides its queue.
#[derive(Clone)]
struct Worker {
    db: DatabaseConnection,
    metrics: Arc<Metrics>,
}

impl Writer {
    /// Starts `workers` workers on the current Tokio runtime; they stop
    /// when the writer is dropped.
    /// Each transaction's size and each outcome are counted in `metrics`.
    pub fn start(db: DatabaseConnection, workers: usize, metrics: Arc<Metrics>) -> Writer {
        let (jobs, queue) = mpsc::channel(QUEUE);
        let queue = Arc::new(Mutex::new(queue));
        let worker = Worker { db, metrics };
        for _ in 0..workers.max(1) {
            tokio::spawn(work(worker.clone(), queue.clone()));
        }
        Writer { jobs }
    }

    /// Responses waiting for a worker.
    pub fn queued(&self) -> usize {
        self.jobs.max_capacity() - self.jobs.capacity()
    }

    /// The workers a database gets: one for SQLite, four for PostgreSQL.
    pub fn workers_for(db: &DatabaseConnection) -> usize {
        match db.get_database_backend() {
            sea_orm::DatabaseBackend::Sqlite => 1,
            _ => 4,
        }
    }

    /// Stores `new` as [`responses::store`] would, sharing the transaction
    /// with whatever else is being stored; returns after the commit.
    pub async fn store(
        &self,
        instrument: Arc<Instrument>,
        new: NewResponse,
    ) -> Result<Stored, StoreError> {
        self.store_all(instrument, vec![new])
            .await
            .pop()
            .expect("one outcome per response")
    }

    /// Stores several responses of one instrument; one outcome each, in
    /// order, each after the commit of the transaction it went into.
    pub async fn store_all(
        &self,
        instrument: Arc<Instrument>,
        all: Vec<NewResponse>,
    ) -> Vec<Result<Stored, StoreError>> {
        let stopped = || StoreError::Database(DbErr::Custom("the response writer stopped".into()));
        let mut waiting = Vec::with_capacity(all.len());
        for new in all {
            let (reply, outcome) = oneshot::channel();
            let job = Job {
                instrument: instrument.clone(),
                new,
                reply,
            };
            waiting.push(self.jobs.send(job).await.ok().map(|()| outcome));
        }
        let mut out = Vec::with_capacity(waiting.len());
        for w in waiting {
            out.push(match w {
                Some(outcome) => outcome.await.unwrap_or_else(|_| Err(stopped())),
                None => Err(stopped()),
            });
        }
        out
    }
}

async fn work(worker: Worker, queue: Arc<Mutex<mpsc::Receiver<Job>>>) {
    loop {
        let mut jobs = Vec::new();
        {
            let mut queue = queue.lock().await;
            let Some(first) = queue.recv().await else {
                return;
            };
            jobs.push(first);
            while jobs.len() < MAX_BATCH {
                match queue.try_recv() {
                    Ok(job) => jobs.push(job),
                    Err(_) => break,
                }
            }
        }
        worker.metrics.batch(jobs.len());
        let suspect: Vec<bool> = jobs.iter().map(|j| j.new.flags.suspect()).collect();
        let (batch, replies): (Vec<_>, Vec<_>) = jobs
            .into_iter()
            .map(|j| ((j.instrument, j.new), j.reply))
            .unzip();
        let outcomes = store_batch(&worker.db, batch).await;
        for ((reply, outcome), suspect) in replies.into_iter().zip(outcomes).zip(suspect) {
            if let Ok(stored) = &outcome {
                worker.metrics.stored(stored.created, suspect);
            }
            // A submitter that went away still has its response stored;
            // its retry gets the same id.
            let _ = reply.send(outcome);
        }
    }
}

/// Stores a batch in one transaction; should the database refuse it for
/// one response, stores them one by one so that response fails alone (a
/// database that is away fails them all at once instead, not with one
/// timeout each). One outcome per response, in order.
pub async fn store_batch(
    db: &DatabaseConnection,
    batch: Vec<(Arc<Instrument>, NewResponse)>,
) -> Vec<Result<Stored, StoreError>> {
    let n = batch.len();
    let spare = (n > 1).then(|| batch.clone());
    let e = match responses::store_many(db, batch).await {
        Ok(outcomes) => return outcomes,
        Err(e) => e,
    };
    match spare {
        Some(spare) if !is_outage(&e) => {
            tracing::warn!(error = %e, responses = n, "a batch failed; storing its responses one by one");
            let mut one_by_one = Vec::with_capacity(n);
            for item in spare {
                one_by_one.push(match responses::store_many(db, vec![item]).await {
                    Ok(mut o) => o.pop().expect("one outcome"),
                    Err(e) => Err(StoreError::Database(e)),
                });
            }
            one_by_one
        }
        _ => {
            tracing::warn!(error = %e, responses = n, "storing a batch failed; nothing of it was stored");
            // Every submitter gets its own copy of the error, still telling
            // an outage (worth retrying) from a defect.
            let outage = is_outage(&e);
            let text = e.to_string();
            (0..n)
                .map(|_| {
                    Err(StoreError::Database(if outage {
                        DbErr::Conn(RuntimeErr::Internal(text.clone()))
                    } else {
                        DbErr::Custom(text.clone())
                    }))
                })
                .collect()
        }
    }
}
