//! The time as the server sees it: the system's, shifted by an offset that
//! only a simulation sets (a test that plays an hour of traffic in seconds
//! moves the clock instead of waiting). Everything that judges time on the
//! way in (form tokens, fill times, bursts, whether a survey is open) reads
//! this clock.

use chrono::{DateTime, Utc};
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

/// Shared, cheap to clone; all clones move together.
#[derive(Clone, Debug, Default)]
pub struct Clock {
    offset_ms: Arc<AtomicI64>,
}

impl Clock {
    /// Now.
    pub fn now(&self) -> DateTime<Utc> {
        Utc::now() + chrono::Duration::milliseconds(self.offset_ms.load(Ordering::Relaxed))
    }

    /// Makes it `at` now (and runs on from there).
    pub fn set(&self, at: DateTime<Utc>) {
        let offset = (at - Utc::now()).num_milliseconds();
        self.offset_ms.store(offset, Ordering::Relaxed);
    }
}

/// The calendar day of `t` in Western Indonesian Time (UTC+7),
/// "YYYY-MM-DD": the day people in the agencies read.
pub fn wib_day(t: DateTime<Utc>) -> String {
    (t + chrono::Duration::hours(7))
        .format("%Y-%m-%d")
        .to_string()
}

/// The time of `t` in Western Indonesian Time, "YYYY-MM-DD HH:MM".
pub fn wib_time(t: DateTime<Utc>) -> String {
    (t + chrono::Duration::hours(7))
        .format("%Y-%m-%d %H:%M")
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_set_clock_runs_on_from_where_it_was_set() {
        let clock = Clock::default();
        let later = Utc::now() + chrono::Duration::days(3);
        clock.clone().set(later);
        let seen = clock.now();
        assert!((seen - later).num_seconds().abs() < 2, "{seen} vs {later}");
    }
}
