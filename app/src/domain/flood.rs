//! Judging the stream of responses from one network: what a counter can
//! serve, what a crowd answers alike by chance, and how fast a person can
//! read a form. Pure rules; the server feeds them what it has stored.
//!
//! A scripted flood can fake a fresh form, a new cookie and a human pause,
//! but not all three of these without slowing to a counter's pace: it
//! either sends far more than a counter serves ([`Rules::burst_capacity`]),
//! or sends the same answers over and over ([`Rules::is_repeat`]), or
//! sends faster than the form can be read ([`Rules::fast_below`]).

/// The thresholds, as configured.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rules {
    /// The window a burst is counted in, in seconds.
    pub burst_window_secs: i64,
    /// Responses from one network to one unit in a window that are never
    /// a burst, however quiet the unit's history.
    pub burst_floor: u64,
    /// How far above its usual pace a unit may be served from one network.
    pub burst_peak_factor: f64,
    /// Identical answer sets from one network that are never a repeat.
    pub repeat_floor: u64,
    /// The fewest seconds to read and answer any form.
    pub min_fill_secs: i64,
    /// The fewest seconds to read and answer one question.
    pub fill_secs_per_item: f64,
    /// A response faster than this share of the survey's median fill time
    /// is fast.
    pub fill_median_share: f64,
    /// Fill times the survey needs before its median is used.
    pub fill_median_min_n: usize,
    /// A kiosk response given within this many seconds of another of the
    /// same tablet is one of a pace no queue of people keeps.
    pub kiosk_pace_secs: i64,
    /// Seconds a kiosk's form may sit untouched before it starts over.
    pub kiosk_idle_secs: u32,
}

impl Default for Rules {
    fn default() -> Self {
        Rules {
            burst_window_secs: 600,
            burst_floor: 15,
            burst_peak_factor: 3.0,
            repeat_floor: 3,
            min_fill_secs: 4,
            fill_secs_per_item: 1.0,
            fill_median_share: 0.2,
            fill_median_min_n: 30,
            kiosk_pace_secs: 20,
            kiosk_idle_secs: 90,
        }
    }
}

/// What the rules learn from a unit's and its survey's history (kept by
/// the server for a while).
#[derive(Clone, Debug, PartialEq)]
pub struct Norms {
    /// Responses from one network to the unit in a window that are not a
    /// burst.
    pub burst_capacity: u64,
    /// Fill times of the survey's newest trusted responses, in seconds.
    pub fill_times: std::sync::Arc<Vec<i64>>,
}

/// Days of history a unit's pace and a survey's answers are learned from.
pub const HISTORY_DAYS: i64 = 28;

/// Service hours in a day a unit's pace is spread over.
const SERVICE_HOURS_PER_DAY: f64 = 8.0;

impl Rules {
    /// The most responses from one network to one unit in one window that
    /// are not a burst: the unit's usual pace over [`HISTORY_DAYS`] (its
    /// responses not suspect, spread over service hours) times the peak
    /// factor, and never below the floor.
    pub fn burst_capacity(&self, unit_responses_in_history: u64) -> u64 {
        let windows =
            HISTORY_DAYS as f64 * SERVICE_HOURS_PER_DAY * 3600.0 / self.burst_window_secs as f64;
        let usual = unit_responses_in_history as f64 / windows;
        let learned = (usual * self.burst_peak_factor).ceil() as u64;
        learned.max(self.burst_floor)
    }

    /// Whether `same` identical answer sets among `from_network` responses
    /// of one network are more than chance: a `share` of the survey's
    /// trusted responses give these answers, so about `share ×
    /// from_network` are expected; more than that by three standard
    /// deviations and the floor is a repeat.
    pub fn is_repeat(&self, same: u64, from_network: u64, share: f64) -> bool {
        let expected = share.clamp(0.0, 1.0) * from_network as f64;
        let spread = (expected * (1.0 - share.clamp(0.0, 1.0))).sqrt();
        same > self.repeat_floor && same as f64 > expected + 3.0 * spread + self.repeat_floor as f64
    }

    /// Seconds under which a response to a form of `items` questions is
    /// fast: the floor, the time to read the questions, and a share of the
    /// survey's own median (when it has enough fill times), whichever is
    /// longest.
    pub fn fast_below(&self, items: usize, fill_times: &[i64]) -> i64 {
        let reading = (self.fill_secs_per_item * items as f64).floor() as i64;
        let usual = (fill_times.len() >= self.fill_median_min_n)
            .then(|| median(fill_times))
            .map(|m| (m as f64 * self.fill_median_share).floor() as i64)
            .unwrap_or(0);
        self.min_fill_secs.max(reading).max(usual)
    }
}

fn median(values: &[i64]) -> i64 {
    let mut v = values.to_vec();
    v.sort_unstable();
    v[v.len() / 2]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quiet_unit_gets_the_floor_and_a_busy_one_its_own_pace() {
        let r = Rules::default();
        assert_eq!(r.burst_capacity(0), 15);
        assert_eq!(r.burst_capacity(100), 15);
        // 20,000 responses in four weeks: about 15 per ten minutes, times 3.
        assert_eq!(r.burst_capacity(20_000), 45);
    }

    #[test]
    fn a_common_answer_set_is_not_a_repeat_but_a_rare_one_is() {
        let r = Rules::default();
        // Half of all citizens are fully satisfied: 30 of 50 is chance.
        assert!(!r.is_repeat(30, 50, 0.5));
        // Never seen among trusted answers: the fourth is a repeat.
        assert!(!r.is_repeat(3, 3, 0.0));
        assert!(r.is_repeat(4, 4, 0.0));
        // A rare set (1 in 100), 12 times in 60 from one network.
        assert!(r.is_repeat(12, 60, 0.01));
        assert!(!r.is_repeat(3, 60, 0.01));
    }

    #[test]
    fn fast_is_judged_by_the_form_and_the_survey() {
        let r = Rules::default();
        assert_eq!(r.fast_below(2, &[]), 4, "the floor");
        assert_eq!(r.fast_below(13, &[]), 13, "a second per question");
        let usual = vec![120; 40];
        assert_eq!(r.fast_below(9, &usual), 24, "a fifth of the median");
        assert_eq!(r.fast_below(9, &usual[..10]), 9, "too few to judge by");
    }
}
