//! The rate limits' shared part, as a server spends it: each address's,
//! device's or account's budget is kept in the database
//! ([`crate::store::rate_budget`]) so that several servers spend one
//! budget. A server takes a sixteenth of a budget at once (a lease, at
//! least one request) and spends it from memory for up to a second: a busy
//! address costs one statement per lease, and a flood still gets the
//! budget of one server, less what other servers hold in leases they have
//! not spent (a sixteenth each, at most a second). Requests for one key
//! that arrive together wait for one lease rather than each taking one
//! (which would spend the budget on leases nobody uses).

use crate::config::{LimitedAction, Rate};
use crate::store::rate_budget::{self, Gcra, Grant};
use sea_orm::DatabaseConnection;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How long a lease may be spent.
const LEASE_FOR: Duration = Duration::from_secs(1);

/// Requests left of a lease, until when.
#[derive(Default)]
struct Lease {
    left: i64,
    until: Option<Instant>,
}

/// One key's lease, behind a lock its requests queue on.
type Held = Arc<tokio::sync::Mutex<Lease>>;

/// The budgets in the database, and this server's leases of them.
pub struct SharedBudget {
    db: DatabaseConnection,
    leases: Mutex<HashMap<String, Held>>,
}

impl SharedBudget {
    /// Budgets kept in `db`.
    pub fn new(db: DatabaseConnection) -> Self {
        SharedBudget {
            db,
            leases: Mutex::new(HashMap::new()),
        }
    }

    /// Spends one request of `action`'s budget for `key` at `rate`: how
    /// long to wait when it is spent. A database that cannot be asked
    /// spends nothing (the server's own limit still stands, and the
    /// request meets the outage where it needs the database).
    pub async fn take(&self, action: LimitedAction, key: u64, rate: Rate) -> Result<(), Duration> {
        let name = format!("{action:?}:{key:016x}");
        let held: Held = self
            .leases
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .entry(name.clone())
            .or_default()
            .clone();
        let mut lease = held.lock().await;
        if lease.left > 0 && lease.until.is_some_and(|u| u > Instant::now()) {
            lease.left -= 1;
            return Ok(());
        }
        let period = i64::from(rate.seconds) * 1_000_000;
        let rule = Gcra {
            increment: (period / i64::from(rate.count)).max(1),
            tolerance: period,
        };
        let whole = i64::from(rate.count).min(rule.tolerance / rule.increment);
        match rate_budget::take(&self.db, &name, now_micros(), rule, (whole / 16).max(1)).await {
            Ok(Grant::Granted(n)) => {
                *lease = Lease {
                    left: n - 1,
                    until: Some(Instant::now() + LEASE_FOR),
                };
                Ok(())
            }
            Ok(Grant::Wait(micros)) => Err(Duration::from_micros(micros as u64)),
            Err(e) => {
                tracing::warn!(error = %e, "the shared rate budget could not be read");
                Ok(())
            }
        }
    }

    /// Drops spent and expired leases, and budgets whole again.
    pub async fn forget(&self) {
        let now = Instant::now();
        // A lease being taken now is held by its request: kept.
        self.leases
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .retain(|_, held| match held.try_lock() {
                Ok(l) => l.left > 0 && l.until.is_some_and(|u| u > now),
                Err(_) => true,
            });
        if let Err(e) = rate_budget::forget_full(&self.db, now_micros()).await {
            tracing::warn!(error = %e, "could not forget whole rate budgets");
        }
    }
}

fn now_micros() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_micros() as i64)
}
